/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a segmentation model: the organisation whose audience is segmented, and everything known about that audience. One .segmentation file holds one project.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Project#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getSegmentations <em>Segmentations</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getPrimarySegmentation <em>Primary Segmentation</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getValueCommunities <em>Value Communities</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getBuyingCenters <em>Buying Centers</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getInsights <em>Insights</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segmenta.model.Project#getJourneyStages <em>Journey Stages</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation the segmentation is made for, e.g. a member organisation or a company.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see org.segmenta.model.SegmentaPackage#getProject_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Project#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audience being segmented, e.g. 'members and potential members in Denmark, Sweden and Finland'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(String)
	 * @see org.segmenta.model.SegmentaPackage#getProject_Audience()
	 * @model
	 * @generated
	 */
	String getAudience();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Project#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IETF language tag of the model's texts (e.g. 'da', 'sv', 'fi', 'en'); it decides the value-community statement phrase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.segmenta.model.SegmentaPackage#getProject_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Project#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Segmentations</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Segmentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segmentations of the audience. Several may coexist; one is primary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segmentations</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Segmentations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segmentation> getSegmentations();

	/**
	 * Returns the value of the '<em><b>Primary Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segmentation to start from: the first one marked primary, or else the first one; null when the project has none. The reports, the charts and the Data and Analysis page open on it. Validation asks for exactly one primary segmentation; where several are marked, the first of them counts here. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary Segmentation</em>' reference.
	 * @see org.segmenta.model.SegmentaPackage#getProject_PrimarySegmentation()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Segmentation getPrimarySegmentation();

	/**
	 * Returns the value of the '<em><b>Value Communities</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ValueCommunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level value communities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Communities</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_ValueCommunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueCommunity> getValueCommunities();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Value}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values that communities and segments share.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<Value> getValues();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas that bring the segments and communities to life.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Jobs-to-be-Done the audience hires the organisation's offers for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Jobs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Job> getJobs();

	/**
	 * Returns the value of the '<em><b>Buying Centers</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.BuyingCenter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The B2B buying centres of the organisation's business customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buying Centers</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_BuyingCenters()
	 * @model containment="true"
	 * @generated
	 */
	EList<BuyingCenter> getBuyingCenters();

	/**
	 * Returns the value of the '<em><b>Variables</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variables measured about the audience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variables</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Variables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variable> getVariables();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sources insight and data come from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Insights</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Insight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The insight log: dated, sourced observations about the audience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insights</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Insights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Insight> getInsights();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels through which the audience is reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Journey Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.JourneyStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stages of the customer or member journey, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journey Stages</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getProject_JourneyStages()
	 * @model containment="true"
	 * @generated
	 */
	EList<JourneyStage> getJourneyStages();

} // Project
