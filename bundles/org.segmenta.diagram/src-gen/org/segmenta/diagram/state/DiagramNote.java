/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A note or a free text box on a diagram (as in Sirius): text of the user's, drawn as a node with the id note:ID, optionally linked by dashed lines to nodes of the diagram. Kept in the diagram file only; the model knows nothing of it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.DiagramNote#getId <em>Id</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramNote#getText <em>Text</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramNote#isFramed <em>Framed</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramNote#getAttachedTo <em>Attached To</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramNote()
 * @model
 * @generated
 */
public interface DiagramNote extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The note's id, unique in its representation; the diagram node is note:ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramNote_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramNote#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text, any number of lines; any letters, Nordic ones included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramNote_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramNote#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Framed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the note is drawn as a note (a pale yellow fill and a folded corner); otherwise it is a free text box, with no fill and no border.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Framed</em>' attribute.
	 * @see #setFramed(boolean)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramNote_Framed()
	 * @model
	 * @generated
	 */
	boolean isFramed();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramNote#isFramed <em>Framed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Framed</em>' attribute.
	 * @see #isFramed()
	 * @generated
	 */
	void setFramed(boolean value);

	/**
	 * Returns the value of the '<em><b>Attached To</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the diagram nodes the note is linked to by a dashed line; a link to a node the diagram does not show is kept and not drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attached To</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramNote_AttachedTo()
	 * @model
	 * @generated
	 */
	EList<String> getAttachedTo();

} // DiagramNote
