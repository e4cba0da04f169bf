/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The look of a node. Unset attributes (empty text, zero numbers) inherit from the style underneath.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getFillColour <em>Fill Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getFillExpression <em>Fill Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getBorderColour <em>Border Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getLabelColour <em>Label Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getFontSize <em>Font Size</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#isBold <em>Bold</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.NodeStyle#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.segmenta.diagram.description.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.segmenta.diagram.description.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Fill Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fill colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill Colour</em>' attribute.
	 * @see #setFillColour(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_FillColour()
	 * @model
	 * @generated
	 */
	String getFillColour();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getFillColour <em>Fill Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Colour</em>' attribute.
	 * @see #getFillColour()
	 * @generated
	 */
	void setFillColour(String value);

	/**
	 * Returns the value of the '<em><b>Fill Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An expression yielding a #RRGGBB colour that overrides fillColour when not empty, e.g. "colour".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fill Expression</em>' attribute.
	 * @see #setFillExpression(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_FillExpression()
	 * @model
	 * @generated
	 */
	String getFillExpression();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getFillExpression <em>Fill Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Expression</em>' attribute.
	 * @see #getFillExpression()
	 * @generated
	 */
	void setFillExpression(String value);

	/**
	 * Returns the value of the '<em><b>Border Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Colour</em>' attribute.
	 * @see #setBorderColour(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_BorderColour()
	 * @model
	 * @generated
	 */
	String getBorderColour();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getBorderColour <em>Border Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Colour</em>' attribute.
	 * @see #getBorderColour()
	 * @generated
	 */
	void setBorderColour(String value);

	/**
	 * Returns the value of the '<em><b>Label Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Colour</em>' attribute.
	 * @see #setLabelColour(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_LabelColour()
	 * @model
	 * @generated
	 */
	String getLabelColour();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getLabelColour <em>Label Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Colour</em>' attribute.
	 * @see #getLabelColour()
	 * @generated
	 */
	void setLabelColour(String value);

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The outline width in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #setBorderWidth(double)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_BorderWidth()
	 * @model
	 * @generated
	 */
	double getBorderWidth();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(double value);

	/**
	 * Returns the value of the '<em><b>Font Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The label's font size in pixels; detail lines are two pixels smaller.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Font Size</em>' attribute.
	 * @see #setFontSize(int)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_FontSize()
	 * @model
	 * @generated
	 */
	int getFontSize();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getFontSize <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Font Size</em>' attribute.
	 * @see #getFontSize()
	 * @generated
	 */
	void setFontSize(int value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the label is bold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(boolean)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_Bold()
	 * @model
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum width in pixels; the label widens the node as needed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum height in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getNodeStyle_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

} // NodeStyle
