/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The saved state of diagrams: layout, layers and filters (Segmenta's counterpart of a Sirius .aird).
 * <!-- end-model-doc -->
 * @see org.segmenta.diagram.state.DiagramStateFactory
 * @model kind="package"
 * @generated
 */
public interface DiagramStatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "state";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.segmenta.org/diagram/state/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "diagramstate";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagramStatePackage eINSTANCE = org.segmenta.diagram.state.impl.DiagramStatePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.state.impl.DiagramFileImpl <em>Diagram File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.state.impl.DiagramFileImpl
	 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramFile()
	 * @generated
	 */
	int DIAGRAM_FILE = 0;

	/**
	 * The feature id for the '<em><b>Model Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILE__MODEL_LOCATION = 0;

	/**
	 * The feature id for the '<em><b>Views</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILE__VIEWS = 1;

	/**
	 * The number of structural features of the '<em>Diagram File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Diagram File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.state.impl.DiagramViewImpl <em>Diagram View</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.state.impl.DiagramViewImpl
	 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramView()
	 * @generated
	 */
	int DIAGRAM_VIEW = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__KIND = 1;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__ROOT = 2;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__ACTIVE_LAYERS = 3;

	/**
	 * The feature id for the '<em><b>Active Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__ACTIVE_FILTERS = 4;

	/**
	 * The feature id for the '<em><b>Customised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__CUSTOMISED = 5;

	/**
	 * The feature id for the '<em><b>Hidden Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__HIDDEN_ELEMENTS = 6;

	/**
	 * The feature id for the '<em><b>Hidden Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__HIDDEN_LABELS = 7;

	/**
	 * The feature id for the '<em><b>Pinned Nodes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__PINNED_NODES = 8;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__NODES = 9;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__EDGES = 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW__NOTES = 11;

	/**
	 * The number of structural features of the '<em>Diagram View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Diagram View</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_VIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.state.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.state.impl.NodeLayoutImpl
	 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getNodeLayout()
	 * @generated
	 */
	int NODE_LAYOUT = 2;

	/**
	 * The feature id for the '<em><b>Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__NODE = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT__HEIGHT = 4;

	/**
	 * The number of structural features of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Node Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_LAYOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.diagram.state.impl.EdgeLayoutImpl <em>Edge Layout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.state.impl.EdgeLayoutImpl
	 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getEdgeLayout()
	 * @generated
	 */
	int EDGE_LAYOUT = 3;

	/**
	 * The feature id for the '<em><b>Edge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_LAYOUT__EDGE = 0;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_LAYOUT__POINTS = 1;

	/**
	 * The number of structural features of the '<em>Edge Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_LAYOUT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Edge Layout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_LAYOUT_OPERATION_COUNT = 0;


	/**
	 * The meta object id for the '{@link org.segmenta.diagram.state.impl.DiagramNoteImpl <em>Diagram Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.diagram.state.impl.DiagramNoteImpl
	 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramNote()
	 * @generated
	 */
	int DIAGRAM_NOTE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Framed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE__FRAMED = 2;

	/**
	 * The feature id for the '<em><b>Attached To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE__ATTACHED_TO = 3;

	/**
	 * The number of structural features of the '<em>Diagram Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Diagram Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_NOTE_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.state.DiagramFile <em>Diagram File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram File</em>'.
	 * @see org.segmenta.diagram.state.DiagramFile
	 * @generated
	 */
	EClass getDiagramFile();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramFile#getModelLocation <em>Model Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Location</em>'.
	 * @see org.segmenta.diagram.state.DiagramFile#getModelLocation()
	 * @see #getDiagramFile()
	 * @generated
	 */
	EAttribute getDiagramFile_ModelLocation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.state.DiagramFile#getViews <em>Views</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Views</em>'.
	 * @see org.segmenta.diagram.state.DiagramFile#getViews()
	 * @see #getDiagramFile()
	 * @generated
	 */
	EReference getDiagramFile_Views();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.state.DiagramView <em>Diagram View</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram View</em>'.
	 * @see org.segmenta.diagram.state.DiagramView
	 * @generated
	 */
	EClass getDiagramView();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramView#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getName()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramView#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getKind()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramView#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getRoot()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_Root();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramView#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getActiveLayers()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_ActiveLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramView#getActiveFilters <em>Active Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Filters</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getActiveFilters()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_ActiveFilters();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramView#isCustomised <em>Customised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Customised</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#isCustomised()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_Customised();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramView#getHiddenElements <em>Hidden Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Elements</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getHiddenElements()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_HiddenElements();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramView#getHiddenLabels <em>Hidden Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hidden Labels</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getHiddenLabels()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_HiddenLabels();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramView#getPinnedNodes <em>Pinned Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pinned Nodes</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getPinnedNodes()
	 * @see #getDiagramView()
	 * @generated
	 */
	EAttribute getDiagramView_PinnedNodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.state.DiagramView#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getNodes()
	 * @see #getDiagramView()
	 * @generated
	 */
	EReference getDiagramView_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.state.DiagramView#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getEdges()
	 * @see #getDiagramView()
	 * @generated
	 */
	EReference getDiagramView_Edges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.diagram.state.DiagramView#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.segmenta.diagram.state.DiagramView#getNotes()
	 * @see #getDiagramView()
	 * @generated
	 */
	EReference getDiagramView_Notes();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.state.NodeLayout <em>Node Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Layout</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout
	 * @generated
	 */
	EClass getNodeLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.NodeLayout#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout#getNode()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Node();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.NodeLayout#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout#getX()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_X();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.NodeLayout#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout#getY()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.NodeLayout#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout#getWidth()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.NodeLayout#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.segmenta.diagram.state.NodeLayout#getHeight()
	 * @see #getNodeLayout()
	 * @generated
	 */
	EAttribute getNodeLayout_Height();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.state.EdgeLayout <em>Edge Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Layout</em>'.
	 * @see org.segmenta.diagram.state.EdgeLayout
	 * @generated
	 */
	EClass getEdgeLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.EdgeLayout#getEdge <em>Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edge</em>'.
	 * @see org.segmenta.diagram.state.EdgeLayout#getEdge()
	 * @see #getEdgeLayout()
	 * @generated
	 */
	EAttribute getEdgeLayout_Edge();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.EdgeLayout#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Points</em>'.
	 * @see org.segmenta.diagram.state.EdgeLayout#getPoints()
	 * @see #getEdgeLayout()
	 * @generated
	 */
	EAttribute getEdgeLayout_Points();

	/**
	 * Returns the meta object for class '{@link org.segmenta.diagram.state.DiagramNote <em>Diagram Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Note</em>'.
	 * @see org.segmenta.diagram.state.DiagramNote
	 * @generated
	 */
	EClass getDiagramNote();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramNote#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.diagram.state.DiagramNote#getId()
	 * @see #getDiagramNote()
	 * @generated
	 */
	EAttribute getDiagramNote_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramNote#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.segmenta.diagram.state.DiagramNote#getText()
	 * @see #getDiagramNote()
	 * @generated
	 */
	EAttribute getDiagramNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.diagram.state.DiagramNote#isFramed <em>Framed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Framed</em>'.
	 * @see org.segmenta.diagram.state.DiagramNote#isFramed()
	 * @see #getDiagramNote()
	 * @generated
	 */
	EAttribute getDiagramNote_Framed();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.diagram.state.DiagramNote#getAttachedTo <em>Attached To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attached To</em>'.
	 * @see org.segmenta.diagram.state.DiagramNote#getAttachedTo()
	 * @see #getDiagramNote()
	 * @generated
	 */
	EAttribute getDiagramNote_AttachedTo();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagramStateFactory getDiagramStateFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.state.impl.DiagramFileImpl <em>Diagram File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.state.impl.DiagramFileImpl
		 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramFile()
		 * @generated
		 */
		EClass DIAGRAM_FILE = eINSTANCE.getDiagramFile();

		/**
		 * The meta object literal for the '<em><b>Model Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_FILE__MODEL_LOCATION = eINSTANCE.getDiagramFile_ModelLocation();

		/**
		 * The meta object literal for the '<em><b>Views</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_FILE__VIEWS = eINSTANCE.getDiagramFile_Views();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.state.impl.DiagramViewImpl <em>Diagram View</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.state.impl.DiagramViewImpl
		 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramView()
		 * @generated
		 */
		EClass DIAGRAM_VIEW = eINSTANCE.getDiagramView();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__NAME = eINSTANCE.getDiagramView_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__KIND = eINSTANCE.getDiagramView_Kind();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__ROOT = eINSTANCE.getDiagramView_Root();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__ACTIVE_LAYERS = eINSTANCE.getDiagramView_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Active Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__ACTIVE_FILTERS = eINSTANCE.getDiagramView_ActiveFilters();

		/**
		 * The meta object literal for the '<em><b>Customised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__CUSTOMISED = eINSTANCE.getDiagramView_Customised();

		/**
		 * The meta object literal for the '<em><b>Hidden Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__HIDDEN_ELEMENTS = eINSTANCE.getDiagramView_HiddenElements();

		/**
		 * The meta object literal for the '<em><b>Hidden Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__HIDDEN_LABELS = eINSTANCE.getDiagramView_HiddenLabels();

		/**
		 * The meta object literal for the '<em><b>Pinned Nodes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_VIEW__PINNED_NODES = eINSTANCE.getDiagramView_PinnedNodes();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_VIEW__NODES = eINSTANCE.getDiagramView_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_VIEW__EDGES = eINSTANCE.getDiagramView_Edges();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_VIEW__NOTES = eINSTANCE.getDiagramView_Notes();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.state.impl.NodeLayoutImpl <em>Node Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.state.impl.NodeLayoutImpl
		 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getNodeLayout()
		 * @generated
		 */
		EClass NODE_LAYOUT = eINSTANCE.getNodeLayout();

		/**
		 * The meta object literal for the '<em><b>Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__NODE = eINSTANCE.getNodeLayout_Node();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__X = eINSTANCE.getNodeLayout_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__Y = eINSTANCE.getNodeLayout_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__WIDTH = eINSTANCE.getNodeLayout_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_LAYOUT__HEIGHT = eINSTANCE.getNodeLayout_Height();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.state.impl.EdgeLayoutImpl <em>Edge Layout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.state.impl.EdgeLayoutImpl
		 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getEdgeLayout()
		 * @generated
		 */
		EClass EDGE_LAYOUT = eINSTANCE.getEdgeLayout();

		/**
		 * The meta object literal for the '<em><b>Edge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_LAYOUT__EDGE = eINSTANCE.getEdgeLayout_Edge();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_LAYOUT__POINTS = eINSTANCE.getEdgeLayout_Points();

		/**
		 * The meta object literal for the '{@link org.segmenta.diagram.state.impl.DiagramNoteImpl <em>Diagram Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.diagram.state.impl.DiagramNoteImpl
		 * @see org.segmenta.diagram.state.impl.DiagramStatePackageImpl#getDiagramNote()
		 * @generated
		 */
		EClass DIAGRAM_NOTE = eINSTANCE.getDiagramNote();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NOTE__ID = eINSTANCE.getDiagramNote_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NOTE__TEXT = eINSTANCE.getDiagramNote_Text();

		/**
		 * The meta object literal for the '<em><b>Framed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NOTE__FRAMED = eINSTANCE.getDiagramNote_Framed();

		/**
		 * The meta object literal for the '<em><b>Attached To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_NOTE__ATTACHED_TO = eINSTANCE.getDiagramNote_AttachedTo();

	}

} //DiagramStatePackage
