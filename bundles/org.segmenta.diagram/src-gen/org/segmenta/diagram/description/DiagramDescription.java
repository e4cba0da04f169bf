/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of diagram, described as data in the manner of a Sirius viewpoint: which model elements become nodes and edges, how they look, which tools edit them, and which layers and filters the user can switch. Expressions: a path of feature names separated by dots navigates from the context element (e.g. "segmentations.segments"); a trailing * on a step follows that feature transitively and includes its start (e.g. "segments.subSegments*"); "self" is the element itself, "eContainer" its container; "service:NAME" calls a Java service contributed through the descriptions extension point. Label expressions are text with {path} or {path|format} placeholders (formats: percent, decimal, integer, list, upper, lower, title). Conditions compare a path (or arithmetic on paths and numbers with + - * /) with a literal (= != &lt; &lt;= &gt; &gt;=), joined with "and", "or" and "not" and grouped with parentheses, e.g. "not (audienceShare &gt;= 0.15 or size * 2 &gt; 1500)"; the right side is a literal when it is one word, number or quoted text, otherwise arithmetic whose words are paths; a path alone holds when it yields a value other than false; a malformed condition is refused naming the column; "@severity" is the element's worst validation severity (none, info, warning, error).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getId <em>Id</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getLabel <em>Label</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getRootClass <em>Root Class</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getTools <em>Tools</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.DiagramDescription#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identifier of the diagram kind, e.g. "segment-tree"; also the GLSP diagram type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name users see, e.g. "Segment tree".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the diagram shows and what it is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #setDocumentation(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Documentation()
	 * @model
	 * @generated
	 */
	String getDocumentation();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #getDocumentation()
	 * @generated
	 */
	void setDocumentation(String value);

	/**
	 * Returns the value of the '<em><b>Root Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the EClass of the element a diagram is opened on, normally "Project".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Class</em>' attribute.
	 * @see #setRootClass(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_RootClass()
	 * @model
	 * @generated
	 */
	String getRootClass();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getRootClass <em>Root Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Class</em>' attribute.
	 * @see #getRootClass()
	 * @generated
	 */
	void setRootClass(String value);

	/**
	 * Returns the value of the '<em><b>Layout Algorithm</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.LayoutAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ELK algorithm that lays the diagram out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout Algorithm</em>' attribute.
	 * @see org.segmenta.diagram.description.LayoutAlgorithm
	 * @see #setLayoutAlgorithm(LayoutAlgorithm)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_LayoutAlgorithm()
	 * @model
	 * @generated
	 */
	LayoutAlgorithm getLayoutAlgorithm();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getLayoutAlgorithm <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout Algorithm</em>' attribute.
	 * @see org.segmenta.diagram.description.LayoutAlgorithm
	 * @see #getLayoutAlgorithm()
	 * @generated
	 */
	void setLayoutAlgorithm(LayoutAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The direction in which edges flow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.segmenta.diagram.description.LayoutDirection
	 * @see #setDirection(LayoutDirection)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Direction()
	 * @model
	 * @generated
	 */
	LayoutDirection getDirection();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.segmenta.diagram.description.LayoutDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The default value is <code>"40"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The space between nodes, in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see #setSpacing(double)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Spacing()
	 * @model default="40"
	 * @generated
	 */
	double getSpacing();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(double value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of columns of a GRID layout; 0 lets the layout choose (about the square root of the node count).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Columns</em>' attribute.
	 * @see #setColumns(int)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Columns()
	 * @model
	 * @generated
	 */
	int getColumns();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.DiagramDescription#getColumns <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns</em>' attribute.
	 * @see #getColumns()
	 * @generated
	 */
	void setColumns(int value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level node mappings, evaluated on the diagram's root element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The palette: tools that create, connect, edit and delete.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional layers the user switches on and off; mappings without a layer are always shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Filters that hide nodes matching a condition when active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

} // DiagramDescription
