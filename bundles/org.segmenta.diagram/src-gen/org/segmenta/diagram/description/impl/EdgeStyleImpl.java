/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.diagram.description.ArrowStyle;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.EdgeStyle;
import org.segmenta.diagram.description.LineStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeStyleImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeStyleImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeStyleImpl#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeStyleImpl#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeStyleImpl#getTargetArrow <em>Target Arrow</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeStyleImpl extends MinimalEObjectImpl.Container implements EdgeStyle {
	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected double width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle LINE_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle lineStyle = LINE_STYLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowStyle SOURCE_ARROW_EDEFAULT = ArrowStyle.NONE;

	/**
	 * The cached value of the '{@link #getSourceArrow() <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowStyle sourceArrow = SOURCE_ARROW_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected static final ArrowStyle TARGET_ARROW_EDEFAULT = ArrowStyle.NONE;

	/**
	 * The cached value of the '{@link #getTargetArrow() <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetArrow()
	 * @generated
	 * @ordered
	 */
	protected ArrowStyle targetArrow = TARGET_ARROW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(double newWidth) {
		double oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getLineStyle() {
		return lineStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStyle(LineStyle newLineStyle) {
		LineStyle oldLineStyle = lineStyle;
		lineStyle = newLineStyle == null ? LINE_STYLE_EDEFAULT : newLineStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__LINE_STYLE, oldLineStyle, lineStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowStyle getSourceArrow() {
		return sourceArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceArrow(ArrowStyle newSourceArrow) {
		ArrowStyle oldSourceArrow = sourceArrow;
		sourceArrow = newSourceArrow == null ? SOURCE_ARROW_EDEFAULT : newSourceArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__SOURCE_ARROW, oldSourceArrow, sourceArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrowStyle getTargetArrow() {
		return targetArrow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetArrow(ArrowStyle newTargetArrow) {
		ArrowStyle oldTargetArrow = targetArrow;
		targetArrow = newTargetArrow == null ? TARGET_ARROW_EDEFAULT : newTargetArrow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_STYLE__TARGET_ARROW, oldTargetArrow, targetArrow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOUR:
				return getColour();
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				return getWidth();
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				return getLineStyle();
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				return getSourceArrow();
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				return getTargetArrow();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOUR:
				setColour((String)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				setWidth((Double)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle((LineStyle)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				setSourceArrow((ArrowStyle)newValue);
				return;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				setTargetArrow((ArrowStyle)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				setLineStyle(LINE_STYLE_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				setSourceArrow(SOURCE_ARROW_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				setTargetArrow(TARGET_ARROW_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.EDGE_STYLE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case DescriptionPackage.EDGE_STYLE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__LINE_STYLE:
				return lineStyle != LINE_STYLE_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__SOURCE_ARROW:
				return sourceArrow != SOURCE_ARROW_EDEFAULT;
			case DescriptionPackage.EDGE_STYLE__TARGET_ARROW:
				return targetArrow != TARGET_ARROW_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (colour: ");
		result.append(colour);
		result.append(", width: ");
		result.append(width);
		result.append(", lineStyle: ");
		result.append(lineStyle);
		result.append(", sourceArrow: ");
		result.append(sourceArrow);
		result.append(", targetArrow: ");
		result.append(targetArrow);
		result.append(')');
		return result.toString();
	}

} //EdgeStyleImpl
