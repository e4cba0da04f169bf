/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.segmenta.model.DataSource;
import org.segmenta.model.DataSourceKind;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getCollected <em>Collected</em>}</li>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getRespondents <em>Respondents</em>}</li>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getWeightVariable <em>Weight Variable</em>}</li>
 *   <li>{@link org.segmenta.model.impl.DataSourceImpl#getIdVariable <em>Id Variable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedElementImpl implements DataSource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DataSourceKind KIND_EDEFAULT = DataSourceKind.SURVEY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DataSourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollected() <em>Collected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollected()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COLLECTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollected() <em>Collected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollected()
	 * @generated
	 * @ordered
	 */
	protected LocalDate collected = COLLECTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondents() <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONDENTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRespondents() <em>Respondents</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondents()
	 * @generated
	 * @ordered
	 */
	protected int respondents = RESPONDENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightVariable() <em>Weight Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHT_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightVariable() <em>Weight Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightVariable()
	 * @generated
	 * @ordered
	 */
	protected String weightVariable = WEIGHT_VARIABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdVariable() <em>Id Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdVariable() <em>Id Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdVariable()
	 * @generated
	 * @ordered
	 */
	protected String idVariable = ID_VARIABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DataSourceKind newKind) {
		DataSourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCollected() {
		return collected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollected(LocalDate newCollected) {
		LocalDate oldCollected = collected;
		collected = newCollected;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__COLLECTED, oldCollected, collected));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRespondents() {
		return respondents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondents(int newRespondents) {
		int oldRespondents = respondents;
		respondents = newRespondents;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__RESPONDENTS, oldRespondents, respondents));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightVariable() {
		return weightVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightVariable(String newWeightVariable) {
		String oldWeightVariable = weightVariable;
		weightVariable = newWeightVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__WEIGHT_VARIABLE, oldWeightVariable, weightVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdVariable() {
		return idVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdVariable(String newIdVariable) {
		String oldIdVariable = idVariable;
		idVariable = newIdVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.DATA_SOURCE__ID_VARIABLE, oldIdVariable, idVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.DATA_SOURCE__KIND:
				return getKind();
			case SegmentaPackage.DATA_SOURCE__LOCATION:
				return getLocation();
			case SegmentaPackage.DATA_SOURCE__COLLECTED:
				return getCollected();
			case SegmentaPackage.DATA_SOURCE__RESPONDENTS:
				return getRespondents();
			case SegmentaPackage.DATA_SOURCE__WEIGHT_VARIABLE:
				return getWeightVariable();
			case SegmentaPackage.DATA_SOURCE__ID_VARIABLE:
				return getIdVariable();
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
			case SegmentaPackage.DATA_SOURCE__KIND:
				setKind((DataSourceKind)newValue);
				return;
			case SegmentaPackage.DATA_SOURCE__LOCATION:
				setLocation((String)newValue);
				return;
			case SegmentaPackage.DATA_SOURCE__COLLECTED:
				setCollected((LocalDate)newValue);
				return;
			case SegmentaPackage.DATA_SOURCE__RESPONDENTS:
				setRespondents((Integer)newValue);
				return;
			case SegmentaPackage.DATA_SOURCE__WEIGHT_VARIABLE:
				setWeightVariable((String)newValue);
				return;
			case SegmentaPackage.DATA_SOURCE__ID_VARIABLE:
				setIdVariable((String)newValue);
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
			case SegmentaPackage.DATA_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SegmentaPackage.DATA_SOURCE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case SegmentaPackage.DATA_SOURCE__COLLECTED:
				setCollected(COLLECTED_EDEFAULT);
				return;
			case SegmentaPackage.DATA_SOURCE__RESPONDENTS:
				setRespondents(RESPONDENTS_EDEFAULT);
				return;
			case SegmentaPackage.DATA_SOURCE__WEIGHT_VARIABLE:
				setWeightVariable(WEIGHT_VARIABLE_EDEFAULT);
				return;
			case SegmentaPackage.DATA_SOURCE__ID_VARIABLE:
				setIdVariable(ID_VARIABLE_EDEFAULT);
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
			case SegmentaPackage.DATA_SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case SegmentaPackage.DATA_SOURCE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case SegmentaPackage.DATA_SOURCE__COLLECTED:
				return COLLECTED_EDEFAULT == null ? collected != null : !COLLECTED_EDEFAULT.equals(collected);
			case SegmentaPackage.DATA_SOURCE__RESPONDENTS:
				return respondents != RESPONDENTS_EDEFAULT;
			case SegmentaPackage.DATA_SOURCE__WEIGHT_VARIABLE:
				return WEIGHT_VARIABLE_EDEFAULT == null ? weightVariable != null : !WEIGHT_VARIABLE_EDEFAULT.equals(weightVariable);
			case SegmentaPackage.DATA_SOURCE__ID_VARIABLE:
				return ID_VARIABLE_EDEFAULT == null ? idVariable != null : !ID_VARIABLE_EDEFAULT.equals(idVariable);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", location: ");
		result.append(location);
		result.append(", collected: ");
		result.append(collected);
		result.append(", respondents: ");
		result.append(respondents);
		result.append(", weightVariable: ");
		result.append(weightVariable);
		result.append(", idVariable: ");
		result.append(idVariable);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
