/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The diagrams of one model, saved beside it as MODEL.segmentationdiagram: its representations (any number of each diagram kind, each with a name and an optional root element), with their layouts and the user's choices of layers and filters. The model itself holds no diagram information.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.DiagramFile#getModelLocation <em>Model Location</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramFile#getViews <em>Views</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramFile()
 * @model
 * @generated
 */
public interface DiagramFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Model Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model file this diagram file belongs to, relative to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Location</em>' attribute.
	 * @see #setModelLocation(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramFile_ModelLocation()
	 * @model
	 * @generated
	 */
	String getModelLocation();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramFile#getModelLocation <em>Model Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Location</em>' attribute.
	 * @see #getModelLocation()
	 * @generated
	 */
	void setModelLocation(String value);

	/**
	 * Returns the value of the '<em><b>Views</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.state.DiagramView}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The representations of the model, in the order they were created. Files written before representations had names hold at most one view per kind and no names; they are given the kind's label as their name when read.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Views</em>' containment reference list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramFile_Views()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramView> getViews();

} // DiagramFile
