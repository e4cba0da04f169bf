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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.diagram.description.ChildrenPresentation;
import org.segmenta.diagram.description.ConditionalNodeStyle;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.NodeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getDetailExpressions <em>Detail Expressions</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getChildMappings <em>Child Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.NodeMappingImpl#getChildrenPresentation <em>Children Presentation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeMappingImpl extends MappingImpl implements NodeMapping {
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
	 * The cached value of the '{@link #getDetailExpressions() <em>Detail Expressions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailExpressions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> detailExpressions;

	/**
	 * The default value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String WIDTH_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWidthExpression() <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthExpression()
	 * @generated
	 * @ordered
	 */
	protected String widthExpression = WIDTH_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * The cached value of the '{@link #getChildMappings() <em>Child Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> childMappings;

	/**
	 * The default value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected static final ChildrenPresentation CHILDREN_PRESENTATION_EDEFAULT = ChildrenPresentation.FREE;

	/**
	 * The cached value of the '{@link #getChildrenPresentation() <em>Children Presentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildrenPresentation()
	 * @generated
	 * @ordered
	 */
	protected ChildrenPresentation childrenPresentation = CHILDREN_PRESENTATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_MAPPING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDetailExpressions() {
		if (detailExpressions == null) {
			detailExpressions = new EDataTypeUniqueEList<String>(String.class, this, DescriptionPackage.NODE_MAPPING__DETAIL_EXPRESSIONS);
		}
		return detailExpressions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWidthExpression() {
		return widthExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthExpression(String newWidthExpression) {
		String oldWidthExpression = widthExpression;
		widthExpression = newWidthExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__WIDTH_EXPRESSION, oldWidthExpression, widthExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs) {
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(NodeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getChildMappings() {
		if (childMappings == null) {
			childMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS);
		}
		return childMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChildrenPresentation getChildrenPresentation() {
		return childrenPresentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChildrenPresentation(ChildrenPresentation newChildrenPresentation) {
		ChildrenPresentation oldChildrenPresentation = childrenPresentation;
		childrenPresentation = newChildrenPresentation == null ? CHILDREN_PRESENTATION_EDEFAULT : newChildrenPresentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_MAPPING__CHILDREN_PRESENTATION, oldChildrenPresentation, childrenPresentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS:
				return ((InternalEList<?>)getChildMappings()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.NODE_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case DescriptionPackage.NODE_MAPPING__DETAIL_EXPRESSIONS:
				return getDetailExpressions();
			case DescriptionPackage.NODE_MAPPING__WIDTH_EXPRESSION:
				return getWidthExpression();
			case DescriptionPackage.NODE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
			case DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS:
				return getChildMappings();
			case DescriptionPackage.NODE_MAPPING__CHILDREN_PRESENTATION:
				return getChildrenPresentation();
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
			case DescriptionPackage.NODE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__DETAIL_EXPRESSIONS:
				getDetailExpressions().clear();
				getDetailExpressions().addAll((Collection<? extends String>)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__WIDTH_EXPRESSION:
				setWidthExpression((String)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS:
				getChildMappings().clear();
				getChildMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.NODE_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation((ChildrenPresentation)newValue);
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
			case DescriptionPackage.NODE_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__DETAIL_EXPRESSIONS:
				getDetailExpressions().clear();
				return;
			case DescriptionPackage.NODE_MAPPING__WIDTH_EXPRESSION:
				setWidthExpression(WIDTH_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
			case DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS:
				getChildMappings().clear();
				return;
			case DescriptionPackage.NODE_MAPPING__CHILDREN_PRESENTATION:
				setChildrenPresentation(CHILDREN_PRESENTATION_EDEFAULT);
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
			case DescriptionPackage.NODE_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case DescriptionPackage.NODE_MAPPING__DETAIL_EXPRESSIONS:
				return detailExpressions != null && !detailExpressions.isEmpty();
			case DescriptionPackage.NODE_MAPPING__WIDTH_EXPRESSION:
				return WIDTH_EXPRESSION_EDEFAULT == null ? widthExpression != null : !WIDTH_EXPRESSION_EDEFAULT.equals(widthExpression);
			case DescriptionPackage.NODE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
			case DescriptionPackage.NODE_MAPPING__CHILD_MAPPINGS:
				return childMappings != null && !childMappings.isEmpty();
			case DescriptionPackage.NODE_MAPPING__CHILDREN_PRESENTATION:
				return childrenPresentation != CHILDREN_PRESENTATION_EDEFAULT;
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
		result.append(" (labelExpression: ");
		result.append(labelExpression);
		result.append(", detailExpressions: ");
		result.append(detailExpressions);
		result.append(", widthExpression: ");
		result.append(widthExpression);
		result.append(", childrenPresentation: ");
		result.append(childrenPresentation);
		result.append(')');
		return result.toString();
	}

} //NodeMappingImpl
