/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Shows each candidate element as a node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getDetailExpressions <em>Detail Expressions</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getChildMappings <em>Child Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeMapping#getChildrenPresentation <em>Children Presentation</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's label, e.g. "{name}".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Detail Expressions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further lines of text under the label; a line whose placeholders are all empty is left out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Detail Expressions</em>' attribute list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_DetailExpressions()
	 * @model
	 * @generated
	 */
	EList<String> getDetailExpressions();

	/**
	 * Returns the value of the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A number expression between 0 and 1 (e.g. "share") that widens the node from the style's width up to twice it; empty keeps the width fixed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width Expression</em>' attribute.
	 * @see #setWidthExpression(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_WidthExpression()
	 * @model
	 * @generated
	 */
	String getWidthExpression();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeMapping#getWidthExpression <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Expression</em>' attribute.
	 * @see #getWidthExpression()
	 * @generated
	 */
	void setWidthExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the nodes look.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles that override parts of the style when their condition holds; later ones win.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

	/**
	 * Returns the value of the '<em><b>Child Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.diagram.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings for nodes drawn inside this node, evaluated on its element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Child Mappings</em>' containment reference list.
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_ChildMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getChildMappings();

	/**
	 * Returns the value of the '<em><b>Children Presentation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.ChildrenPresentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a child mapping: whether its nodes are placed freely inside the parent node or listed in it as rows (see ChildrenPresentation); ignored on top-level mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children Presentation</em>' attribute.
	 * @see org.segmenta.diagram.description.ChildrenPresentation
	 * @see #setChildrenPresentation(ChildrenPresentation)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeMapping_ChildrenPresentation()
	 * @model
	 * @generated
	 */
	ChildrenPresentation getChildrenPresentation();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeMapping#getChildrenPresentation <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Children Presentation</em>' attribute.
	 * @see org.segmenta.diagram.description.ChildrenPresentation
	 * @see #getChildrenPresentation()
	 * @generated
	 */
	void setChildrenPresentation(ChildrenPresentation value);

} // NodeMapping
