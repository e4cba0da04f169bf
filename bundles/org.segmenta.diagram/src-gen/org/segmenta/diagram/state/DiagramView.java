/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram View</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The state of one diagram kind on the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#isCustomised <em>Customised</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView()
 * @model
 * @generated
 */
public interface DiagramView extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the diagram description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Kind()
	 * @model id="true"
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramView#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the layers shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Active Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the filters applied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Filters</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_ActiveFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActiveFilters();

	/**
	 * Returns the value of the '<em><b>Customised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the user chose layers and filters; otherwise the description's defaults apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customised</em>' attribute.
	 * @see #setCustomised(boolean)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Customised()
	 * @model
	 * @generated
	 */
	boolean isCustomised();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramView#isCustomised <em>Customised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customised</em>' attribute.
	 * @see #isCustomised()
	 * @generated
	 */
	void setCustomised(boolean value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.state.NodeLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the nodes are.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeLayout> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.state.EdgeLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the edges are routed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeLayout> getEdges();

} // DiagramView
