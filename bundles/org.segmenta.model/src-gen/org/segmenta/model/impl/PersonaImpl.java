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
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.Channel;
import org.segmenta.model.Job;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.Persona;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getAge <em>Age</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getHome <em>Home</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getFamily <em>Family</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getEducation <em>Education</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getHabits <em>Habits</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getInspirations <em>Inspirations</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getProductsUsed <em>Products Used</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getJourneyQuestions <em>Journey Questions</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getValueCommunities <em>Value Communities</em>}</li>
 *   <li>{@link org.segmenta.model.impl.PersonaImpl#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The default value of the '{@link #getAge() <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAge()
	 * @generated
	 * @ordered
	 */
	protected static final int AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAge() <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAge()
	 * @generated
	 * @ordered
	 */
	protected int age = AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected static final String OCCUPATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOccupation() <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOccupation()
	 * @generated
	 * @ordered
	 */
	protected String occupation = OCCUPATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHome() <em>Home</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHome()
	 * @generated
	 * @ordered
	 */
	protected static final String HOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHome() <em>Home</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHome()
	 * @generated
	 * @ordered
	 */
	protected String home = HOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamily() <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamily()
	 * @generated
	 * @ordered
	 */
	protected String family = FAMILY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected static final String EDUCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEducation() <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEducation()
	 * @generated
	 * @ordered
	 */
	protected String education = EDUCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected static final String NARRATIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNarrative() <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected String narrative = NARRATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> goals;

	/**
	 * The cached value of the '{@link #getChallenges() <em>Challenges</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenges()
	 * @generated
	 * @ordered
	 */
	protected EList<String> challenges;

	/**
	 * The cached value of the '{@link #getMotivations() <em>Motivations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> motivations;

	/**
	 * The cached value of the '{@link #getBarriers() <em>Barriers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> barriers;

	/**
	 * The cached value of the '{@link #getHabits() <em>Habits</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHabits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> habits;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getInspirations() <em>Inspirations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInspirations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> inspirations;

	/**
	 * The cached value of the '{@link #getProductsUsed() <em>Products Used</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductsUsed()
	 * @generated
	 * @ordered
	 */
	protected EList<String> productsUsed;

	/**
	 * The cached value of the '{@link #getJourneyQuestions() <em>Journey Questions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneyQuestions()
	 * @generated
	 * @ordered
	 */
	protected EList<JourneyQuestion> journeyQuestions;

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
	 * The cached value of the '{@link #getValueCommunities() <em>Value Communities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueCommunities()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueCommunity> valueCommunities;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAge() {
		return age;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAge(int newAge) {
		int oldAge = age;
		age = newAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__AGE, oldAge, age));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOccupation() {
		return occupation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOccupation(String newOccupation) {
		String oldOccupation = occupation;
		occupation = newOccupation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__OCCUPATION, oldOccupation, occupation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHome() {
		return home;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHome(String newHome) {
		String oldHome = home;
		home = newHome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__HOME, oldHome, home));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamily() {
		return family;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamily(String newFamily) {
		String oldFamily = family;
		family = newFamily;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__FAMILY, oldFamily, family));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEducation() {
		return education;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEducation(String newEducation) {
		String oldEducation = education;
		education = newEducation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__EDUCATION, oldEducation, education));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNarrative() {
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNarrative(String newNarrative) {
		String oldNarrative = narrative;
		narrative = newNarrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__NARRATIVE, oldNarrative, narrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PERSONA__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getGoals() {
		if (goals == null) {
			goals = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChallenges() {
		if (challenges == null) {
			challenges = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__CHALLENGES);
		}
		return challenges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMotivations() {
		if (motivations == null) {
			motivations = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__MOTIVATIONS);
		}
		return motivations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBarriers() {
		if (barriers == null) {
			barriers = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__BARRIERS);
		}
		return barriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHabits() {
		if (habits == null) {
			habits = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__HABITS);
		}
		return habits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, SegmentaPackage.PERSONA__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInspirations() {
		if (inspirations == null) {
			inspirations = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__INSPIRATIONS);
		}
		return inspirations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProductsUsed() {
		if (productsUsed == null) {
			productsUsed = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.PERSONA__PRODUCTS_USED);
		}
		return productsUsed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyQuestion> getJourneyQuestions() {
		if (journeyQuestions == null) {
			journeyQuestions = new EObjectContainmentEList<JourneyQuestion>(JourneyQuestion.class, this, SegmentaPackage.PERSONA__JOURNEY_QUESTIONS);
		}
		return journeyQuestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectWithInverseResolvingEList.ManyInverse<Segment>(Segment.class, this, SegmentaPackage.PERSONA__SEGMENTS, SegmentaPackage.SEGMENT__PERSONAS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueCommunity> getValueCommunities() {
		if (valueCommunities == null) {
			valueCommunities = new EObjectWithInverseResolvingEList.ManyInverse<ValueCommunity>(ValueCommunity.class, this, SegmentaPackage.PERSONA__VALUE_COMMUNITIES, SegmentaPackage.VALUE_COMMUNITY__PERSONAS);
		}
		return valueCommunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectResolvingEList<Job>(Job.class, this, SegmentaPackage.PERSONA__JOBS);
		}
		return jobs;
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
			case SegmentaPackage.PERSONA__SEGMENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSegments()).basicAdd(otherEnd, msgs);
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getValueCommunities()).basicAdd(otherEnd, msgs);
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
			case SegmentaPackage.PERSONA__JOURNEY_QUESTIONS:
				return ((InternalEList<?>)getJourneyQuestions()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PERSONA__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				return ((InternalEList<?>)getValueCommunities()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.PERSONA__AGE:
				return getAge();
			case SegmentaPackage.PERSONA__OCCUPATION:
				return getOccupation();
			case SegmentaPackage.PERSONA__HOME:
				return getHome();
			case SegmentaPackage.PERSONA__FAMILY:
				return getFamily();
			case SegmentaPackage.PERSONA__EDUCATION:
				return getEducation();
			case SegmentaPackage.PERSONA__NARRATIVE:
				return getNarrative();
			case SegmentaPackage.PERSONA__QUOTE:
				return getQuote();
			case SegmentaPackage.PERSONA__GOALS:
				return getGoals();
			case SegmentaPackage.PERSONA__CHALLENGES:
				return getChallenges();
			case SegmentaPackage.PERSONA__MOTIVATIONS:
				return getMotivations();
			case SegmentaPackage.PERSONA__BARRIERS:
				return getBarriers();
			case SegmentaPackage.PERSONA__HABITS:
				return getHabits();
			case SegmentaPackage.PERSONA__CHANNELS:
				return getChannels();
			case SegmentaPackage.PERSONA__INSPIRATIONS:
				return getInspirations();
			case SegmentaPackage.PERSONA__PRODUCTS_USED:
				return getProductsUsed();
			case SegmentaPackage.PERSONA__JOURNEY_QUESTIONS:
				return getJourneyQuestions();
			case SegmentaPackage.PERSONA__SEGMENTS:
				return getSegments();
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				return getValueCommunities();
			case SegmentaPackage.PERSONA__JOBS:
				return getJobs();
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
			case SegmentaPackage.PERSONA__AGE:
				setAge((Integer)newValue);
				return;
			case SegmentaPackage.PERSONA__OCCUPATION:
				setOccupation((String)newValue);
				return;
			case SegmentaPackage.PERSONA__HOME:
				setHome((String)newValue);
				return;
			case SegmentaPackage.PERSONA__FAMILY:
				setFamily((String)newValue);
				return;
			case SegmentaPackage.PERSONA__EDUCATION:
				setEducation((String)newValue);
				return;
			case SegmentaPackage.PERSONA__NARRATIVE:
				setNarrative((String)newValue);
				return;
			case SegmentaPackage.PERSONA__QUOTE:
				setQuote((String)newValue);
				return;
			case SegmentaPackage.PERSONA__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__CHALLENGES:
				getChallenges().clear();
				getChallenges().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				getMotivations().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__BARRIERS:
				getBarriers().clear();
				getBarriers().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__HABITS:
				getHabits().clear();
				getHabits().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case SegmentaPackage.PERSONA__INSPIRATIONS:
				getInspirations().clear();
				getInspirations().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__PRODUCTS_USED:
				getProductsUsed().clear();
				getProductsUsed().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.PERSONA__JOURNEY_QUESTIONS:
				getJourneyQuestions().clear();
				getJourneyQuestions().addAll((Collection<? extends JourneyQuestion>)newValue);
				return;
			case SegmentaPackage.PERSONA__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				getValueCommunities().clear();
				getValueCommunities().addAll((Collection<? extends ValueCommunity>)newValue);
				return;
			case SegmentaPackage.PERSONA__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
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
			case SegmentaPackage.PERSONA__AGE:
				setAge(AGE_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__OCCUPATION:
				setOccupation(OCCUPATION_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__HOME:
				setHome(HOME_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__FAMILY:
				setFamily(FAMILY_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__EDUCATION:
				setEducation(EDUCATION_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__NARRATIVE:
				setNarrative(NARRATIVE_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case SegmentaPackage.PERSONA__GOALS:
				getGoals().clear();
				return;
			case SegmentaPackage.PERSONA__CHALLENGES:
				getChallenges().clear();
				return;
			case SegmentaPackage.PERSONA__MOTIVATIONS:
				getMotivations().clear();
				return;
			case SegmentaPackage.PERSONA__BARRIERS:
				getBarriers().clear();
				return;
			case SegmentaPackage.PERSONA__HABITS:
				getHabits().clear();
				return;
			case SegmentaPackage.PERSONA__CHANNELS:
				getChannels().clear();
				return;
			case SegmentaPackage.PERSONA__INSPIRATIONS:
				getInspirations().clear();
				return;
			case SegmentaPackage.PERSONA__PRODUCTS_USED:
				getProductsUsed().clear();
				return;
			case SegmentaPackage.PERSONA__JOURNEY_QUESTIONS:
				getJourneyQuestions().clear();
				return;
			case SegmentaPackage.PERSONA__SEGMENTS:
				getSegments().clear();
				return;
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				getValueCommunities().clear();
				return;
			case SegmentaPackage.PERSONA__JOBS:
				getJobs().clear();
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
			case SegmentaPackage.PERSONA__AGE:
				return age != AGE_EDEFAULT;
			case SegmentaPackage.PERSONA__OCCUPATION:
				return OCCUPATION_EDEFAULT == null ? occupation != null : !OCCUPATION_EDEFAULT.equals(occupation);
			case SegmentaPackage.PERSONA__HOME:
				return HOME_EDEFAULT == null ? home != null : !HOME_EDEFAULT.equals(home);
			case SegmentaPackage.PERSONA__FAMILY:
				return FAMILY_EDEFAULT == null ? family != null : !FAMILY_EDEFAULT.equals(family);
			case SegmentaPackage.PERSONA__EDUCATION:
				return EDUCATION_EDEFAULT == null ? education != null : !EDUCATION_EDEFAULT.equals(education);
			case SegmentaPackage.PERSONA__NARRATIVE:
				return NARRATIVE_EDEFAULT == null ? narrative != null : !NARRATIVE_EDEFAULT.equals(narrative);
			case SegmentaPackage.PERSONA__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case SegmentaPackage.PERSONA__GOALS:
				return goals != null && !goals.isEmpty();
			case SegmentaPackage.PERSONA__CHALLENGES:
				return challenges != null && !challenges.isEmpty();
			case SegmentaPackage.PERSONA__MOTIVATIONS:
				return motivations != null && !motivations.isEmpty();
			case SegmentaPackage.PERSONA__BARRIERS:
				return barriers != null && !barriers.isEmpty();
			case SegmentaPackage.PERSONA__HABITS:
				return habits != null && !habits.isEmpty();
			case SegmentaPackage.PERSONA__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SegmentaPackage.PERSONA__INSPIRATIONS:
				return inspirations != null && !inspirations.isEmpty();
			case SegmentaPackage.PERSONA__PRODUCTS_USED:
				return productsUsed != null && !productsUsed.isEmpty();
			case SegmentaPackage.PERSONA__JOURNEY_QUESTIONS:
				return journeyQuestions != null && !journeyQuestions.isEmpty();
			case SegmentaPackage.PERSONA__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case SegmentaPackage.PERSONA__VALUE_COMMUNITIES:
				return valueCommunities != null && !valueCommunities.isEmpty();
			case SegmentaPackage.PERSONA__JOBS:
				return jobs != null && !jobs.isEmpty();
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
		result.append(" (age: ");
		result.append(age);
		result.append(", occupation: ");
		result.append(occupation);
		result.append(", home: ");
		result.append(home);
		result.append(", family: ");
		result.append(family);
		result.append(", education: ");
		result.append(education);
		result.append(", narrative: ");
		result.append(narrative);
		result.append(", quote: ");
		result.append(quote);
		result.append(", goals: ");
		result.append(goals);
		result.append(", challenges: ");
		result.append(challenges);
		result.append(", motivations: ");
		result.append(motivations);
		result.append(", barriers: ");
		result.append(barriers);
		result.append(", habits: ");
		result.append(habits);
		result.append(", inspirations: ");
		result.append(inspirations);
		result.append(", productsUsed: ");
		result.append(productsUsed);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
