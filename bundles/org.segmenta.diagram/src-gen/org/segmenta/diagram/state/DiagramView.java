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
 * One representation (a saved diagram) of the model: a diagram kind shown from a root element, under a name, with its own layout, layers and filters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getRoot <em>Root</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#isCustomised <em>Customised</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getHiddenLabels <em>Hidden Labels</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getPinnedNodes <em>Pinned Nodes</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.DiagramView#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView()
 * @model
 * @generated
 */
public interface DiagramView extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name the user gave the representation, unique in its diagram file (compared ignoring case); any letters, Nordic ones included. Empty only in files written before representations had names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramView#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the diagram description. Several representations may share a kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Kind()
	 * @model
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
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the model element the representation shows with what lies under it (e.g. one value community and its sub-communities, or one segmentation with the personas of its segments); unset for the whole model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Root()
	 * @model
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.state.DiagramView#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

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
	 * Returns the value of the '<em><b>Hidden Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the diagram nodes and edges this representation does not show (Hide, and Remove from diagram), in the order they were hidden; their elements stay in the model. A hidden node takes the nodes inside it and its edges with it. Show hidden elements brings them back; a hidden node keeps its saved bounds, a removed one has none and is placed anew.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Elements</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_HiddenElements()
	 * @model
	 * @generated
	 */
	EList<String> getHiddenElements();

	/**
	 * Returns the value of the '<em><b>Hidden Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the edges whose label this representation does not show.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Labels</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_HiddenLabels()
	 * @model
	 * @generated
	 */
	EList<String> getHiddenLabels();

	/**
	 * Returns the value of the '<em><b>Pinned Nodes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ids of the nodes that keep their saved bounds when Arrange all lays the diagram out anew.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned Nodes</em>' attribute list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_PinnedNodes()
	 * @model
	 * @generated
	 */
	EList<String> getPinnedNodes();

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

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.state.DiagramNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The notes and text boxes the user wrote on this representation, in the order they were created; they belong to the diagram only, not to the model. Each is placed by the node layout of the node note:ID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.segmenta.diagram.state.DiagramStatePackage#getDiagramView_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramNote> getNotes();

} // DiagramView
