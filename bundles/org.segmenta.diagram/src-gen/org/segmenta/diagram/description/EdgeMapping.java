/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Shows a reference between two shown elements as an edge. Relation-based when semanticCandidates is empty: targetExpression navigates from the source element to its targets (normally one reference). Element-based otherwise: semanticCandidates yields edge elements from the source element and targetExpression navigates from each to its target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeMapping#isReversedInLayout <em>Reversed In Layout</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node mappings whose nodes can be sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node mappings whose nodes can be targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The path to the target elements. The expression is a path of feature names separated by dots, evaluated on the context element (see DiagramDescription).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge's label; empty for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the edges look.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.ConditionalEdgeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles that override parts of the style when their condition (on the edge element, or the source element for relation-based edges) holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalEdgeStyle> getConditionalStyles();

	/**
	 * Returns the value of the '<em><b>Reversed In Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the layout places the targets of these edges before their sources, against the flow. When a node has two kinds of targets (a value community its values and its member segments), reversing one kind puts them on the other side, so the two kinds do not share a layer and their edges do not cross.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reversed In Layout</em>' attribute.
	 * @see #setReversedInLayout(boolean)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeMapping_ReversedInLayout()
	 * @model
	 * @generated
	 */
	boolean isReversedInLayout();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeMapping#isReversedInLayout <em>Reversed In Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reversed In Layout</em>' attribute.
	 * @see #isReversedInLayout()
	 * @generated
	 */
	void setReversedInLayout(boolean value);

} // EdgeMapping
