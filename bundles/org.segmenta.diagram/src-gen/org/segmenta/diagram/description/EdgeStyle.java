/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The look of an edge. Unset attributes inherit from the style underneath.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.EdgeStyle#getColour <em>Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line colour as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeStyle#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line width in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Solid, dashed or dotted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.segmenta.diagram.description.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle_LineStyle()
	 * @model
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.segmenta.diagram.description.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.ArrowStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decoration at the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @see #setSourceArrow(ArrowStyle)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle_SourceArrow()
	 * @model
	 * @generated
	 */
	ArrowStyle getSourceArrow();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeStyle#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(ArrowStyle value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.diagram.description.ArrowStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decoration at the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @see #setTargetArrow(ArrowStyle)
	 * @see org.segmenta.diagram.description.DescriptionPackage#getEdgeStyle_TargetArrow()
	 * @model
	 * @generated
	 */
	ArrowStyle getTargetArrow();

	/**
	 * Sets the value of the '{@link org.segmenta.diagram.description.EdgeStyle#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see org.segmenta.diagram.description.ArrowStyle
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(ArrowStyle value);

} // EdgeStyle
