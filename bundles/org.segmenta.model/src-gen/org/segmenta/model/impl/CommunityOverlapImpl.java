/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Community Overlap</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.CommunityOverlapImpl#getOther <em>Other</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CommunityOverlapImpl#getSharedMembers <em>Shared Members</em>}</li>
 *   <li>{@link org.segmenta.model.impl.CommunityOverlapImpl#getJaccard <em>Jaccard</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommunityOverlapImpl extends MinimalEObjectImpl.Container implements CommunityOverlap {
	/**
	 * The cached value of the '{@link #getOther() <em>Other</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOther()
	 * @generated
	 * @ordered
	 */
	protected ValueCommunity other;

	/**
	 * The default value of the '{@link #getSharedMembers() <em>Shared Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedMembers()
	 * @generated
	 * @ordered
	 */
	protected static final int SHARED_MEMBERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSharedMembers() <em>Shared Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedMembers()
	 * @generated
	 * @ordered
	 */
	protected int sharedMembers = SHARED_MEMBERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJaccard() <em>Jaccard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJaccard()
	 * @generated
	 * @ordered
	 */
	protected static final double JACCARD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getJaccard() <em>Jaccard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJaccard()
	 * @generated
	 * @ordered
	 */
	protected double jaccard = JACCARD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommunityOverlapImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.COMMUNITY_OVERLAP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueCommunity getOther() {
		if (other != null && other.eIsProxy()) {
			InternalEObject oldOther = (InternalEObject)other;
			other = (ValueCommunity)eResolveProxy(oldOther);
			if (other != oldOther) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegmentaPackage.COMMUNITY_OVERLAP__OTHER, oldOther, other));
			}
		}
		return other;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueCommunity basicGetOther() {
		return other;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOther(ValueCommunity newOther) {
		ValueCommunity oldOther = other;
		other = newOther;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.COMMUNITY_OVERLAP__OTHER, oldOther, other));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSharedMembers() {
		return sharedMembers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedMembers(int newSharedMembers) {
		int oldSharedMembers = sharedMembers;
		sharedMembers = newSharedMembers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.COMMUNITY_OVERLAP__SHARED_MEMBERS, oldSharedMembers, sharedMembers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getJaccard() {
		return jaccard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJaccard(double newJaccard) {
		double oldJaccard = jaccard;
		jaccard = newJaccard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.COMMUNITY_OVERLAP__JACCARD, oldJaccard, jaccard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.COMMUNITY_OVERLAP__OTHER:
				if (resolve) return getOther();
				return basicGetOther();
			case SegmentaPackage.COMMUNITY_OVERLAP__SHARED_MEMBERS:
				return getSharedMembers();
			case SegmentaPackage.COMMUNITY_OVERLAP__JACCARD:
				return getJaccard();
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
			case SegmentaPackage.COMMUNITY_OVERLAP__OTHER:
				setOther((ValueCommunity)newValue);
				return;
			case SegmentaPackage.COMMUNITY_OVERLAP__SHARED_MEMBERS:
				setSharedMembers((Integer)newValue);
				return;
			case SegmentaPackage.COMMUNITY_OVERLAP__JACCARD:
				setJaccard((Double)newValue);
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
			case SegmentaPackage.COMMUNITY_OVERLAP__OTHER:
				setOther((ValueCommunity)null);
				return;
			case SegmentaPackage.COMMUNITY_OVERLAP__SHARED_MEMBERS:
				setSharedMembers(SHARED_MEMBERS_EDEFAULT);
				return;
			case SegmentaPackage.COMMUNITY_OVERLAP__JACCARD:
				setJaccard(JACCARD_EDEFAULT);
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
			case SegmentaPackage.COMMUNITY_OVERLAP__OTHER:
				return other != null;
			case SegmentaPackage.COMMUNITY_OVERLAP__SHARED_MEMBERS:
				return sharedMembers != SHARED_MEMBERS_EDEFAULT;
			case SegmentaPackage.COMMUNITY_OVERLAP__JACCARD:
				return jaccard != JACCARD_EDEFAULT;
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
		result.append(" (sharedMembers: ");
		result.append(sharedMembers);
		result.append(", jaccard: ");
		result.append(jaccard);
		result.append(')');
		return result.toString();
	}

} //CommunityOverlapImpl
