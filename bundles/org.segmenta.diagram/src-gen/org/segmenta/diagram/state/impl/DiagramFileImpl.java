/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramFileImpl#getModelLocation <em>Model Location</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramFileImpl#getViews <em>Views</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramFileImpl extends MinimalEObjectImpl.Container implements DiagramFile {
	/**
	 * The default value of the '{@link #getModelLocation() <em>Model Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelLocation() <em>Model Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelLocation()
	 * @generated
	 * @ordered
	 */
	protected String modelLocation = MODEL_LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getViews() <em>Views</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViews()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramView> views;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramStatePackage.Literals.DIAGRAM_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelLocation() {
		return modelLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelLocation(String newModelLocation) {
		String oldModelLocation = modelLocation;
		modelLocation = newModelLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_FILE__MODEL_LOCATION, oldModelLocation, modelLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramView> getViews() {
		if (views == null) {
			views = new EObjectContainmentEList<DiagramView>(DiagramView.class, this, DiagramStatePackage.DIAGRAM_FILE__VIEWS);
		}
		return views;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_FILE__VIEWS:
				return ((InternalEList<?>)getViews()).basicRemove(otherEnd, msgs);
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
			case DiagramStatePackage.DIAGRAM_FILE__MODEL_LOCATION:
				return getModelLocation();
			case DiagramStatePackage.DIAGRAM_FILE__VIEWS:
				return getViews();
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
			case DiagramStatePackage.DIAGRAM_FILE__MODEL_LOCATION:
				setModelLocation((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_FILE__VIEWS:
				getViews().clear();
				getViews().addAll((Collection<? extends DiagramView>)newValue);
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
			case DiagramStatePackage.DIAGRAM_FILE__MODEL_LOCATION:
				setModelLocation(MODEL_LOCATION_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_FILE__VIEWS:
				getViews().clear();
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
			case DiagramStatePackage.DIAGRAM_FILE__MODEL_LOCATION:
				return MODEL_LOCATION_EDEFAULT == null ? modelLocation != null : !MODEL_LOCATION_EDEFAULT.equals(modelLocation);
			case DiagramStatePackage.DIAGRAM_FILE__VIEWS:
				return views != null && !views.isEmpty();
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
		result.append(" (modelLocation: ");
		result.append(modelLocation);
		result.append(')');
		return result.toString();
	}

} //DiagramFileImpl
