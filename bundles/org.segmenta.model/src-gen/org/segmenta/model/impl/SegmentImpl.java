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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.Job;
import org.segmenta.model.MembershipRule;
import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getSubSegments <em>Sub Segments</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getShare <em>Share</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getAudienceShare <em>Audience Share</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getSegmentation <em>Segmentation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getPotential <em>Potential</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentImpl#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentImpl extends NamedElementImpl implements Segment {
	/**
	 * The cached value of the '{@link #getSubSegments() <em>Sub Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> subSegments;

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
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

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
	 * The default value of the '{@link #getAudienceShare() <em>Audience Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceShare()
	 * @generated
	 * @ordered
	 */
	protected static final double AUDIENCE_SHARE_EDEFAULT = 0.0;

	/**
	 * The default value of the '{@link #getPotential() <em>Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPotential()
	 * @generated
	 * @ordered
	 */
	protected static final double POTENTIAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPotential() <em>Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPotential()
	 * @generated
	 * @ordered
	 */
	protected double potential = POTENTIAL_EDEFAULT;

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
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<MembershipRule> rules;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected EList<ProfileEntry> profile;

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
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSubSegments() {
		if (subSegments == null) {
			subSegments = new EObjectContainmentEList<Segment>(Segment.class, this, SegmentaPackage.SEGMENT__SUB_SEGMENTS);
		}
		return subSegments;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT__SIZE, oldSize, size));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT__SHARE, oldShare, share));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAudienceShare() {
		if (share > 0.0) {
			return share;
		}
		Segmentation segmentation = getSegmentation();
		if (segmentation == null || size <= 0) {
			return 0.0;
		}
		long total = 0;
		for (Segment topLevel : segmentation.getSegments()) {
			total += topLevel.getSize();
		}
		return total > 0 ? (double) size / total : 0.0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segmentation getSegmentation() {
		if (eContainer() instanceof Segment parent) {
			return parent.getSegmentation();
		}
		return eContainer() instanceof Segmentation segmentation ? segmentation : null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPotential() {
		return potential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPotential(double newPotential) {
		double oldPotential = potential;
		potential = newPotential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT__POTENTIAL, oldPotential, potential));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENT__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MembershipRule> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<MembershipRule>(MembershipRule.class, this, SegmentaPackage.SEGMENT__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProfileEntry> getProfile() {
		if (profile == null) {
			profile = new EObjectContainmentEList<ProfileEntry>(ProfileEntry.class, this, SegmentaPackage.SEGMENT__PROFILE);
		}
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Value> getValues() {
		if (values == null) {
			values = new EObjectResolvingEList<Value>(Value.class, this, SegmentaPackage.SEGMENT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectResolvingEList<Job>(Job.class, this, SegmentaPackage.SEGMENT__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectWithInverseEList.ManyInverse<Persona>(Persona.class, this, SegmentaPackage.SEGMENT__PERSONAS, SegmentaPackage.PERSONA__SEGMENTS);
		}
		return personas;
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
			case SegmentaPackage.SEGMENT__PERSONAS:
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
			case SegmentaPackage.SEGMENT__SUB_SEGMENTS:
				return ((InternalEList<?>)getSubSegments()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.SEGMENT__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.SEGMENT__PROFILE:
				return ((InternalEList<?>)getProfile()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.SEGMENT__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.SEGMENT__SUB_SEGMENTS:
				return getSubSegments();
			case SegmentaPackage.SEGMENT__STATEMENT:
				return getStatement();
			case SegmentaPackage.SEGMENT__SIZE:
				return getSize();
			case SegmentaPackage.SEGMENT__SHARE:
				return getShare();
			case SegmentaPackage.SEGMENT__AUDIENCE_SHARE:
				return getAudienceShare();
			case SegmentaPackage.SEGMENT__SEGMENTATION:
				return getSegmentation();
			case SegmentaPackage.SEGMENT__POTENTIAL:
				return getPotential();
			case SegmentaPackage.SEGMENT__COLOUR:
				return getColour();
			case SegmentaPackage.SEGMENT__RULES:
				return getRules();
			case SegmentaPackage.SEGMENT__PROFILE:
				return getProfile();
			case SegmentaPackage.SEGMENT__VALUES:
				return getValues();
			case SegmentaPackage.SEGMENT__JOBS:
				return getJobs();
			case SegmentaPackage.SEGMENT__PERSONAS:
				return getPersonas();
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
			case SegmentaPackage.SEGMENT__SUB_SEGMENTS:
				getSubSegments().clear();
				getSubSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SegmentaPackage.SEGMENT__STATEMENT:
				setStatement((String)newValue);
				return;
			case SegmentaPackage.SEGMENT__SIZE:
				setSize((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENT__SHARE:
				setShare((Double)newValue);
				return;
			case SegmentaPackage.SEGMENT__POTENTIAL:
				setPotential((Double)newValue);
				return;
			case SegmentaPackage.SEGMENT__COLOUR:
				setColour((String)newValue);
				return;
			case SegmentaPackage.SEGMENT__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends MembershipRule>)newValue);
				return;
			case SegmentaPackage.SEGMENT__PROFILE:
				getProfile().clear();
				getProfile().addAll((Collection<? extends ProfileEntry>)newValue);
				return;
			case SegmentaPackage.SEGMENT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Value>)newValue);
				return;
			case SegmentaPackage.SEGMENT__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
				return;
			case SegmentaPackage.SEGMENT__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case SegmentaPackage.SEGMENT__SUB_SEGMENTS:
				getSubSegments().clear();
				return;
			case SegmentaPackage.SEGMENT__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT__SIZE:
				setSize(SIZE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT__SHARE:
				setShare(SHARE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT__POTENTIAL:
				setPotential(POTENTIAL_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENT__RULES:
				getRules().clear();
				return;
			case SegmentaPackage.SEGMENT__PROFILE:
				getProfile().clear();
				return;
			case SegmentaPackage.SEGMENT__VALUES:
				getValues().clear();
				return;
			case SegmentaPackage.SEGMENT__JOBS:
				getJobs().clear();
				return;
			case SegmentaPackage.SEGMENT__PERSONAS:
				getPersonas().clear();
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
			case SegmentaPackage.SEGMENT__SUB_SEGMENTS:
				return subSegments != null && !subSegments.isEmpty();
			case SegmentaPackage.SEGMENT__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case SegmentaPackage.SEGMENT__SIZE:
				return size != SIZE_EDEFAULT;
			case SegmentaPackage.SEGMENT__SHARE:
				return share != SHARE_EDEFAULT;
			case SegmentaPackage.SEGMENT__AUDIENCE_SHARE:
				return getAudienceShare() != AUDIENCE_SHARE_EDEFAULT;
			case SegmentaPackage.SEGMENT__SEGMENTATION:
				return getSegmentation() != null;
			case SegmentaPackage.SEGMENT__POTENTIAL:
				return potential != POTENTIAL_EDEFAULT;
			case SegmentaPackage.SEGMENT__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case SegmentaPackage.SEGMENT__RULES:
				return rules != null && !rules.isEmpty();
			case SegmentaPackage.SEGMENT__PROFILE:
				return profile != null && !profile.isEmpty();
			case SegmentaPackage.SEGMENT__VALUES:
				return values != null && !values.isEmpty();
			case SegmentaPackage.SEGMENT__JOBS:
				return jobs != null && !jobs.isEmpty();
			case SegmentaPackage.SEGMENT__PERSONAS:
				return personas != null && !personas.isEmpty();
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
		result.append(", size: ");
		result.append(size);
		result.append(", share: ");
		result.append(share);
		result.append(", potential: ");
		result.append(potential);
		result.append(", colour: ");
		result.append(colour);
		result.append(')');
		return result.toString();
	}

} //SegmentImpl
