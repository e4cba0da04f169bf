/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.diagram.description.ConditionalEdgeStyle;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.EdgeStyle;
import org.segmenta.diagram.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.EdgeMappingImpl#isReversedInLayout <em>Reversed In Layout</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeMappingImpl extends MappingImpl implements EdgeMapping {
	/**
	 * The cached value of the '{@link #getSourceMappings() <em>Source Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> sourceMappings;

	/**
	 * The cached value of the '{@link #getTargetMappings() <em>Target Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> targetMappings;

	/**
	 * The default value of the '{@link #getTargetExpression() <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetExpression() <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetExpression()
	 * @generated
	 * @ordered
	 */
	protected String targetExpression = TARGET_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalEdgeStyle> conditionalStyles;

	/**
	 * The default value of the '{@link #isReversedInLayout() <em>Reversed In Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReversedInLayout()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REVERSED_IN_LAYOUT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReversedInLayout() <em>Reversed In Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReversedInLayout()
	 * @generated
	 * @ordered
	 */
	protected boolean reversedInLayout = REVERSED_IN_LAYOUT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSourceMappings() {
		if (sourceMappings == null) {
			sourceMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS);
		}
		return sourceMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getTargetMappings() {
		if (targetMappings == null) {
			targetMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS);
		}
		return targetMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetExpression() {
		return targetExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetExpression(String newTargetExpression) {
		String oldTargetExpression = targetExpression;
		targetExpression = newTargetExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION, oldTargetExpression, targetExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression() {
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression) {
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(EdgeStyle newStyle, NotificationChain msgs) {
		EdgeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(EdgeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalEdgeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalEdgeStyle>(ConditionalEdgeStyle.class, this, DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReversedInLayout() {
		return reversedInLayout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReversedInLayout(boolean newReversedInLayout) {
		boolean oldReversedInLayout = reversedInLayout;
		reversedInLayout = newReversedInLayout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__REVERSED_IN_LAYOUT, oldReversedInLayout, reversedInLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return getSourceMappings();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return getTargetMappings();
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				return getTargetExpression();
			case DescriptionPackage.EDGE_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
			case DescriptionPackage.EDGE_MAPPING__REVERSED_IN_LAYOUT:
				return isReversedInLayout();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				getSourceMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				getTargetMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				setTargetExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalEdgeStyle>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__REVERSED_IN_LAYOUT:
				setReversedInLayout((Boolean)newValue);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				setTargetExpression(TARGET_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)null);
				return;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__REVERSED_IN_LAYOUT:
				setReversedInLayout(REVERSED_IN_LAYOUT_EDEFAULT);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return sourceMappings != null && !sourceMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return targetMappings != null && !targetMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				return TARGET_EXPRESSION_EDEFAULT == null ? targetExpression != null : !TARGET_EXPRESSION_EDEFAULT.equals(targetExpression);
			case DescriptionPackage.EDGE_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.EDGE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__REVERSED_IN_LAYOUT:
				return reversedInLayout != REVERSED_IN_LAYOUT_EDEFAULT;
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
		result.append(" (targetExpression: ");
		result.append(targetExpression);
		result.append(", labelExpression: ");
		result.append(labelExpression);
		result.append(", reversedInLayout: ");
		result.append(reversedInLayout);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
