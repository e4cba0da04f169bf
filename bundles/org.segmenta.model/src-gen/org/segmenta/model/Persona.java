/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One fictional but concrete person who stands for a segment or community: a name, a life, drivers, habits, channels and the questions she asks on the way.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Persona#getAge <em>Age</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getOccupation <em>Occupation</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getHome <em>Home</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getFamily <em>Family</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getEducation <em>Education</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getHabits <em>Habits</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getInspirations <em>Inspirations</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getProductsUsed <em>Products Used</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getJourneyQuestions <em>Journey Questions</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getValueCommunities <em>Value Communities</em>}</li>
 *   <li>{@link org.segmenta.model.Persona#getJobs <em>Jobs</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's age in years.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age</em>' attribute.
	 * @see #setAge(int)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Age()
	 * @model
	 * @generated
	 */
	int getAge();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getAge <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age</em>' attribute.
	 * @see #getAge()
	 * @generated
	 */
	void setAge(int value);

	/**
	 * Returns the value of the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Job and workplace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Occupation</em>' attribute.
	 * @see #setOccupation(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Occupation()
	 * @model
	 * @generated
	 */
	String getOccupation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getOccupation <em>Occupation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Occupation</em>' attribute.
	 * @see #getOccupation()
	 * @generated
	 */
	void setOccupation(String value);

	/**
	 * Returns the value of the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the persona lives.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home</em>' attribute.
	 * @see #setHome(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Home()
	 * @model
	 * @generated
	 */
	String getHome();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getHome <em>Home</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home</em>' attribute.
	 * @see #getHome()
	 * @generated
	 */
	void setHome(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Household and family.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Family()
	 * @model
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Education.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Education</em>' attribute.
	 * @see #setEducation(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Education()
	 * @model
	 * @generated
	 */
	String getEducation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getEducation <em>Education</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Education</em>' attribute.
	 * @see #getEducation()
	 * @generated
	 */
	void setEducation(String value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's story: a day, a situation, what drives her.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Narrative()
	 * @model
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sentence in the persona's own words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Persona#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the persona wants to achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Goals()
	 * @model
	 * @generated
	 */
	EList<String> getGoals();

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What stands in the persona's way.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Challenges</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Challenges()
	 * @model
	 * @generated
	 */
	EList<String> getChallenges();

	/**
	 * Returns the value of the '<em><b>Motivations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What drives the persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motivations</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Motivations()
	 * @model
	 * @generated
	 */
	EList<String> getMotivations();

	/**
	 * Returns the value of the '<em><b>Barriers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What stops the persona from choosing the organisation's offer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barriers</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Barriers()
	 * @model
	 * @generated
	 */
	EList<String> getBarriers();

	/**
	 * Returns the value of the '<em><b>Habits</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Habits relevant to how she can be reached and served.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Habits</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Habits()
	 * @model
	 * @generated
	 */
	EList<String> getHabits();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels the persona uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Inspirations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the persona gets inspiration: media, people, places.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inspirations</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Inspirations()
	 * @model
	 * @generated
	 */
	EList<String> getInspirations();

	/**
	 * Returns the value of the '<em><b>Products Used</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other products and services the persona uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products Used</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_ProductsUsed()
	 * @model
	 * @generated
	 */
	EList<String> getProductsUsed();

	/**
	 * Returns the value of the '<em><b>Journey Questions</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.JourneyQuestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The questions the persona asks at each journey stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journey Questions</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_JourneyQuestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<JourneyQuestion> getJourneyQuestions();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Segment}.
	 * It is bidirectional and its opposite is '{@link org.segmenta.model.Segment#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments the persona describes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Segments()
	 * @see org.segmenta.model.Segment#getPersonas
	 * @model opposite="personas"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Value Communities</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.ValueCommunity}.
	 * It is bidirectional and its opposite is '{@link org.segmenta.model.ValueCommunity#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value communities the persona belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Communities</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_ValueCommunities()
	 * @see org.segmenta.model.ValueCommunity#getPersonas
	 * @model opposite="personas"
	 * @generated
	 */
	EList<ValueCommunity> getValueCommunities();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Jobs-to-be-Done the persona hires the organisation for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getPersona_Jobs()
	 * @model
	 * @generated
	 */
	EList<Job> getJobs();

} // Persona
