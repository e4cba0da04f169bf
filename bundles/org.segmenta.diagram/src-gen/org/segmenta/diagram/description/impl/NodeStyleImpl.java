/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.NodeShape;
import org.segmenta.diagram.description.NodeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getFillColour <em>Fill Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getFillExpression <em>Fill Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getBorderColour <em>Border Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getLabelColour <em>Label Colour</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getFontSize <em>Font Size</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#isBold <em>Bold</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeStyleImpl#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStyleImpl extends MinimalEObjectImpl.Container implements NodeStyle {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final NodeShape SHAPE_EDEFAULT = NodeShape.RECTANGLE;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected NodeShape shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillColour() <em>Fill Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColour()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFillColour() <em>Fill Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillColour()
	 * @generated
	 * @ordered
	 */
	protected String fillColour = FILL_COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getFillExpression() <em>Fill Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String FILL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFillExpression() <em>Fill Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFillExpression()
	 * @generated
	 * @ordered
	 */
	protected String fillExpression = FILL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderColour() <em>Border Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColour()
	 * @generated
	 * @ordered
	 */
	protected static final String BORDER_COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBorderColour() <em>Border Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColour()
	 * @generated
	 * @ordered
	 */
	protected String borderColour = BORDER_COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelColour() <em>Label Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColour()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelColour() <em>Label Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColour()
	 * @generated
	 * @ordered
	 */
	protected String labelColour = LABEL_COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double BORDER_WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected double borderWidth = BORDER_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFontSize() <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontSize()
	 * @generated
	 * @ordered
	 */
	protected static final int FONT_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFontSize() <em>Font Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFontSize()
	 * @generated
	 * @ordered
	 */
	protected int fontSize = FONT_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBold() <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBold() <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBold()
	 * @generated
	 * @ordered
	 */
	protected boolean bold = BOLD_EDEFAULT;

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
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected double height = HEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStyleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeShape getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(NodeShape newShape) {
		NodeShape oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFillColour() {
		return fillColour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillColour(String newFillColour) {
		String oldFillColour = fillColour;
		fillColour = newFillColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__FILL_COLOUR, oldFillColour, fillColour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFillExpression() {
		return fillExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFillExpression(String newFillExpression) {
		String oldFillExpression = fillExpression;
		fillExpression = newFillExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__FILL_EXPRESSION, oldFillExpression, fillExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderColour() {
		return borderColour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderColour(String newBorderColour) {
		String oldBorderColour = borderColour;
		borderColour = newBorderColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__BORDER_COLOUR, oldBorderColour, borderColour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelColour() {
		return labelColour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColour(String newLabelColour) {
		String oldLabelColour = labelColour;
		labelColour = newLabelColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__LABEL_COLOUR, oldLabelColour, labelColour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBorderWidth() {
		return borderWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderWidth(double newBorderWidth) {
		double oldBorderWidth = borderWidth;
		borderWidth = newBorderWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__BORDER_WIDTH, oldBorderWidth, borderWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFontSize() {
		return fontSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFontSize(int newFontSize) {
		int oldFontSize = fontSize;
		fontSize = newFontSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__FONT_SIZE, oldFontSize, fontSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBold() {
		return bold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBold(boolean newBold) {
		boolean oldBold = bold;
		bold = newBold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__BOLD, oldBold, bold));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(double newHeight) {
		double oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.NODE_STYLE__SHAPE:
				return getShape();
			case DescriptionPackage.NODE_STYLE__FILL_COLOUR:
				return getFillColour();
			case DescriptionPackage.NODE_STYLE__FILL_EXPRESSION:
				return getFillExpression();
			case DescriptionPackage.NODE_STYLE__BORDER_COLOUR:
				return getBorderColour();
			case DescriptionPackage.NODE_STYLE__LABEL_COLOUR:
				return getLabelColour();
			case DescriptionPackage.NODE_STYLE__BORDER_WIDTH:
				return getBorderWidth();
			case DescriptionPackage.NODE_STYLE__FONT_SIZE:
				return getFontSize();
			case DescriptionPackage.NODE_STYLE__BOLD:
				return isBold();
			case DescriptionPackage.NODE_STYLE__WIDTH:
				return getWidth();
			case DescriptionPackage.NODE_STYLE__HEIGHT:
				return getHeight();
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
			case DescriptionPackage.NODE_STYLE__SHAPE:
				setShape((NodeShape)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__FILL_COLOUR:
				setFillColour((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__FILL_EXPRESSION:
				setFillExpression((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__BORDER_COLOUR:
				setBorderColour((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__LABEL_COLOUR:
				setLabelColour((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__BORDER_WIDTH:
				setBorderWidth((Double)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__FONT_SIZE:
				setFontSize((Integer)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__BOLD:
				setBold((Boolean)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__WIDTH:
				setWidth((Double)newValue);
				return;
			case DescriptionPackage.NODE_STYLE__HEIGHT:
				setHeight((Double)newValue);
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
			case DescriptionPackage.NODE_STYLE__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__FILL_COLOUR:
				setFillColour(FILL_COLOUR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__FILL_EXPRESSION:
				setFillExpression(FILL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__BORDER_COLOUR:
				setBorderColour(BORDER_COLOUR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__LABEL_COLOUR:
				setLabelColour(LABEL_COLOUR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__BORDER_WIDTH:
				setBorderWidth(BORDER_WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__FONT_SIZE:
				setFontSize(FONT_SIZE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__BOLD:
				setBold(BOLD_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
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
			case DescriptionPackage.NODE_STYLE__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case DescriptionPackage.NODE_STYLE__FILL_COLOUR:
				return FILL_COLOUR_EDEFAULT == null ? fillColour != null : !FILL_COLOUR_EDEFAULT.equals(fillColour);
			case DescriptionPackage.NODE_STYLE__FILL_EXPRESSION:
				return FILL_EXPRESSION_EDEFAULT == null ? fillExpression != null : !FILL_EXPRESSION_EDEFAULT.equals(fillExpression);
			case DescriptionPackage.NODE_STYLE__BORDER_COLOUR:
				return BORDER_COLOUR_EDEFAULT == null ? borderColour != null : !BORDER_COLOUR_EDEFAULT.equals(borderColour);
			case DescriptionPackage.NODE_STYLE__LABEL_COLOUR:
				return LABEL_COLOUR_EDEFAULT == null ? labelColour != null : !LABEL_COLOUR_EDEFAULT.equals(labelColour);
			case DescriptionPackage.NODE_STYLE__BORDER_WIDTH:
				return borderWidth != BORDER_WIDTH_EDEFAULT;
			case DescriptionPackage.NODE_STYLE__FONT_SIZE:
				return fontSize != FONT_SIZE_EDEFAULT;
			case DescriptionPackage.NODE_STYLE__BOLD:
				return bold != BOLD_EDEFAULT;
			case DescriptionPackage.NODE_STYLE__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DescriptionPackage.NODE_STYLE__HEIGHT:
				return height != HEIGHT_EDEFAULT;
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
		result.append(" (shape: ");
		result.append(shape);
		result.append(", fillColour: ");
		result.append(fillColour);
		result.append(", fillExpression: ");
		result.append(fillExpression);
		result.append(", borderColour: ");
		result.append(borderColour);
		result.append(", labelColour: ");
		result.append(labelColour);
		result.append(", borderWidth: ");
		result.append(borderWidth);
		result.append(", fontSize: ");
		result.append(fontSize);
		result.append(", bold: ");
		result.append(bold);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //NodeStyleImpl
