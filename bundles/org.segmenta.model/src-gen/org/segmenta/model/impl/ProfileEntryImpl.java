/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.ProfileEntry;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ProfileEntryImpl#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProfileEntryImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProfileEntryImpl#getSegmentValue <em>Segment Value</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProfileEntryImpl#getTotalValue <em>Total Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfileEntryImpl extends MinimalEObjectImpl.Container implements ProfileEntry {
	/**
	 * The cached value of the '{@link #getVariable() <em>Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariable()
	 * @generated
	 * @ordered
	 */
	protected Variable variable;

	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected String level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentValue() <em>Segment Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentValue()
	 * @generated
	 * @ordered
	 */
	protected static final double SEGMENT_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSegmentValue() <em>Segment Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentValue()
	 * @generated
	 * @ordered
	 */
	protected double segmentValue = SEGMENT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalValue() <em>Total Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalValue()
	 * @generated
	 * @ordered
	 */
	protected static final double TOTAL_VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTotalValue() <em>Total Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalValue()
	 * @generated
	 * @ordered
	 */
	protected double totalValue = TOTAL_VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.PROFILE_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getVariable() {
		if (variable != null && variable.eIsProxy()) {
			InternalEObject oldVariable = (InternalEObject)variable;
			variable = (Variable)eResolveProxy(oldVariable);
			if (variable != oldVariable) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegmentaPackage.PROFILE_ENTRY__VARIABLE, oldVariable, variable));
			}
		}
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetVariable() {
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariable(Variable newVariable) {
		Variable oldVariable = variable;
		variable = newVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROFILE_ENTRY__VARIABLE, oldVariable, variable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(String newLevel) {
		String oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROFILE_ENTRY__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSegmentValue() {
		return segmentValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentValue(double newSegmentValue) {
		double oldSegmentValue = segmentValue;
		segmentValue = newSegmentValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROFILE_ENTRY__SEGMENT_VALUE, oldSegmentValue, segmentValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTotalValue() {
		return totalValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalValue(double newTotalValue) {
		double oldTotalValue = totalValue;
		totalValue = newTotalValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROFILE_ENTRY__TOTAL_VALUE, oldTotalValue, totalValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double index() {
		return totalValue == 0.0 ? Double.NaN : segmentValue / totalValue * 100.0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.PROFILE_ENTRY__VARIABLE:
				if (resolve) return getVariable();
				return basicGetVariable();
			case SegmentaPackage.PROFILE_ENTRY__LEVEL:
				return getLevel();
			case SegmentaPackage.PROFILE_ENTRY__SEGMENT_VALUE:
				return getSegmentValue();
			case SegmentaPackage.PROFILE_ENTRY__TOTAL_VALUE:
				return getTotalValue();
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
			case SegmentaPackage.PROFILE_ENTRY__VARIABLE:
				setVariable((Variable)newValue);
				return;
			case SegmentaPackage.PROFILE_ENTRY__LEVEL:
				setLevel((String)newValue);
				return;
			case SegmentaPackage.PROFILE_ENTRY__SEGMENT_VALUE:
				setSegmentValue((Double)newValue);
				return;
			case SegmentaPackage.PROFILE_ENTRY__TOTAL_VALUE:
				setTotalValue((Double)newValue);
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
			case SegmentaPackage.PROFILE_ENTRY__VARIABLE:
				setVariable((Variable)null);
				return;
			case SegmentaPackage.PROFILE_ENTRY__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case SegmentaPackage.PROFILE_ENTRY__SEGMENT_VALUE:
				setSegmentValue(SEGMENT_VALUE_EDEFAULT);
				return;
			case SegmentaPackage.PROFILE_ENTRY__TOTAL_VALUE:
				setTotalValue(TOTAL_VALUE_EDEFAULT);
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
			case SegmentaPackage.PROFILE_ENTRY__VARIABLE:
				return variable != null;
			case SegmentaPackage.PROFILE_ENTRY__LEVEL:
				return LEVEL_EDEFAULT == null ? level != null : !LEVEL_EDEFAULT.equals(level);
			case SegmentaPackage.PROFILE_ENTRY__SEGMENT_VALUE:
				return segmentValue != SEGMENT_VALUE_EDEFAULT;
			case SegmentaPackage.PROFILE_ENTRY__TOTAL_VALUE:
				return totalValue != TOTAL_VALUE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SegmentaPackage.PROFILE_ENTRY___INDEX:
				return index();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (level: ");
		result.append(level);
		result.append(", segmentValue: ");
		result.append(segmentValue);
		result.append(", totalValue: ");
		result.append(totalValue);
		result.append(')');
		return result.toString();
	}

} //ProfileEntryImpl
