/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Community</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getSubCommunities <em>Sub Communities</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getMemberCount <em>Member Count</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getShare <em>Share</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getWeightedBy <em>Weighted By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getWeightedTotal <em>Weighted Total</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getUnweightedBase <em>Unweighted Base</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#isWeighted <em>Weighted</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getOverlaps <em>Overlaps</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ValueCommunityImpl#getSupport <em>Support</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValueCommunityImpl extends NamedElementImpl implements ValueCommunity {
	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Value> values;

	/**
	 * The cached value of the '{@link #getSubCommunities() <em>Sub Communities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubCommunities()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueCommunity> subCommunities;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The default value of the '{@link #getMemberCount() <em>Member Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMBER_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMemberCount() <em>Member Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberCount()
	 * @generated
	 * @ordered
	 */
	protected int memberCount = MEMBER_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected static final double SHARE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getShare() <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShare()
	 * @generated
	 * @ordered
	 */
	protected double share = SHARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightedBy() <em>Weighted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightedBy() <em>Weighted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedBy()
	 * @generated
	 * @ordered
	 */
	protected String weightedBy = WEIGHTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightedTotal() <em>Weighted Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedTotal()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHTED_TOTAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightedTotal() <em>Weighted Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedTotal()
	 * @generated
	 * @ordered
	 */
	protected double weightedTotal = WEIGHTED_TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnweightedBase() <em>Unweighted Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnweightedBase()
	 * @generated
	 * @ordered
	 */
	protected static final int UNWEIGHTED_BASE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getUnweightedBase() <em>Unweighted Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnweightedBase()
	 * @generated
	 * @ordered
	 */
	protected int unweightedBase = UNWEIGHTED_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWeighted() <em>Weighted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWeighted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WEIGHTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #getOverlaps() <em>Overlaps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlaps()
	 * @generated
	 * @ordered
	 */
	protected EList<CommunityOverlap> overlaps;

	/**
	 * The cached value of the '{@link #getSupport() <em>Support</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupport()
	 * @generated
	 * @ordered
	 */
	protected EList<String> support;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueCommunityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.VALUE_COMMUNITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Value> getValues() {
		if (values == null) {
			values = new EObjectResolvingEList<Value>(Value.class, this, SegmentaPackage.VALUE_COMMUNITY__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueCommunity> getSubCommunities() {
		if (subCommunities == null) {
			subCommunities = new EObjectContainmentEList<ValueCommunity>(ValueCommunity.class, this, SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES);
		}
		return subCommunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, SegmentaPackage.VALUE_COMMUNITY__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectWithInverseEList.ManyInverse<Persona>(Persona.class, this, SegmentaPackage.VALUE_COMMUNITY__PERSONAS, SegmentaPackage.PERSONA__VALUE_COMMUNITIES);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemberCount() {
		return memberCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberCount(int newMemberCount) {
		int oldMemberCount = memberCount;
		memberCount = newMemberCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT, oldMemberCount, memberCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getShare() {
		return share;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShare(double newShare) {
		double oldShare = share;
		share = newShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__SHARE, oldShare, share));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightedBy() {
		return weightedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightedBy(String newWeightedBy) {
		String oldWeightedBy = weightedBy;
		weightedBy = newWeightedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY, oldWeightedBy, weightedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightedTotal() {
		return weightedTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightedTotal(double newWeightedTotal) {
		double oldWeightedTotal = weightedTotal;
		weightedTotal = newWeightedTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL, oldWeightedTotal, weightedTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnweightedBase() {
		return unweightedBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnweightedBase(int newUnweightedBase) {
		int oldUnweightedBase = unweightedBase;
		unweightedBase = newUnweightedBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE, oldUnweightedBase, unweightedBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWeighted() {
		return weightedBy != null && !weightedBy.isBlank() && weightedTotal > 0.0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommunityOverlap> getOverlaps() {
		if (overlaps == null) {
			overlaps = new EObjectContainmentEList<CommunityOverlap>(CommunityOverlap.class, this, SegmentaPackage.VALUE_COMMUNITY__OVERLAPS);
		}
		return overlaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSupport() {
		if (support == null) {
			support = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.VALUE_COMMUNITY__SUPPORT);
		}
		return support;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPersonas()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
				return ((InternalEList<?>)getSubCommunities()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
				return ((InternalEList<?>)getOverlaps()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.VALUE_COMMUNITY__STATEMENT:
				return getStatement();
			case SegmentaPackage.VALUE_COMMUNITY__VALUES:
				return getValues();
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
				return getSubCommunities();
			case SegmentaPackage.VALUE_COMMUNITY__SEGMENTS:
				return getSegments();
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				return getPersonas();
			case SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT:
				return getMemberCount();
			case SegmentaPackage.VALUE_COMMUNITY__SHARE:
				return getShare();
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY:
				return getWeightedBy();
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL:
				return getWeightedTotal();
			case SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE:
				return getUnweightedBase();
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED:
				return isWeighted();
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
				return getOverlaps();
			case SegmentaPackage.VALUE_COMMUNITY__SUPPORT:
				return getSupport();
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
			case SegmentaPackage.VALUE_COMMUNITY__STATEMENT:
				setStatement((String)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Value>)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
				getSubCommunities().clear();
				getSubCommunities().addAll((Collection<? extends ValueCommunity>)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT:
				setMemberCount((Integer)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SHARE:
				setShare((Double)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY:
				setWeightedBy((String)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL:
				setWeightedTotal((Double)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE:
				setUnweightedBase((Integer)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
				getOverlaps().clear();
				getOverlaps().addAll((Collection<? extends CommunityOverlap>)newValue);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SUPPORT:
				getSupport().clear();
				getSupport().addAll((Collection<? extends String>)newValue);
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
			case SegmentaPackage.VALUE_COMMUNITY__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__VALUES:
				getValues().clear();
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
				getSubCommunities().clear();
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SEGMENTS:
				getSegments().clear();
				return;
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				getPersonas().clear();
				return;
			case SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT:
				setMemberCount(MEMBER_COUNT_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY:
				setWeightedBy(WEIGHTED_BY_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL:
				setWeightedTotal(WEIGHTED_TOTAL_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE:
				setUnweightedBase(UNWEIGHTED_BASE_EDEFAULT);
				return;
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
				getOverlaps().clear();
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SUPPORT:
				getSupport().clear();
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
			case SegmentaPackage.VALUE_COMMUNITY__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case SegmentaPackage.VALUE_COMMUNITY__VALUES:
				return values != null && !values.isEmpty();
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
				return subCommunities != null && !subCommunities.isEmpty();
			case SegmentaPackage.VALUE_COMMUNITY__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SegmentaPackage.VALUE_COMMUNITY__PERSONAS:
				return personas != null && !personas.isEmpty();
			case SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT:
				return memberCount != MEMBER_COUNT_EDEFAULT;
			case SegmentaPackage.VALUE_COMMUNITY__SHARE:
				return share != SHARE_EDEFAULT;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY:
				return WEIGHTED_BY_EDEFAULT == null ? weightedBy != null : !WEIGHTED_BY_EDEFAULT.equals(weightedBy);
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL:
				return weightedTotal != WEIGHTED_TOTAL_EDEFAULT;
			case SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE:
				return unweightedBase != UNWEIGHTED_BASE_EDEFAULT;
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED:
				return isWeighted() != WEIGHTED_EDEFAULT;
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
				return overlaps != null && !overlaps.isEmpty();
			case SegmentaPackage.VALUE_COMMUNITY__SUPPORT:
				return support != null && !support.isEmpty();
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
		result.append(" (statement: ");
		result.append(statement);
		result.append(", memberCount: ");
		result.append(memberCount);
		result.append(", share: ");
		result.append(share);
		result.append(", weightedBy: ");
		result.append(weightedBy);
		result.append(", weightedTotal: ");
		result.append(weightedTotal);
		result.append(", unweightedBase: ");
		result.append(unweightedBase);
		result.append(", support: ");
		result.append(support);
		result.append(')');
		return result.toString();
	}

} //ValueCommunityImpl
