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
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.BuyingCenter;
import org.segmenta.model.Channel;
import org.segmenta.model.DataSource;
import org.segmenta.model.Insight;
import org.segmenta.model.Job;
import org.segmenta.model.JourneyStage;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getSegmentations <em>Segmentations</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getPrimarySegmentation <em>Primary Segmentation</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getValueCommunities <em>Value Communities</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getBuyingCenters <em>Buying Centers</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getVariables <em>Variables</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getInsights <em>Insights</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segmenta.model.impl.ProjectImpl#getJourneyStages <em>Journey Stages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends NamedElementImpl implements Project {
	/**
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected String audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegmentations() <em>Segmentations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentations()
	 * @generated
	 * @ordered
	 */
	protected EList<Segmentation> segmentations;

	/**
	 * The cached value of the '{@link #getValueCommunities() <em>Value Communities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueCommunities()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueCommunity> valueCommunities;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Value> values;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getJobs() <em>Jobs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJobs()
	 * @generated
	 * @ordered
	 */
	protected EList<Job> jobs;

	/**
	 * The cached value of the '{@link #getBuyingCenters() <em>Buying Centers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyingCenters()
	 * @generated
	 * @ordered
	 */
	protected EList<BuyingCenter> buyingCenters;

	/**
	 * The cached value of the '{@link #getVariables() <em>Variables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> variables;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getInsights() <em>Insights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsights()
	 * @generated
	 * @ordered
	 */
	protected EList<Insight> insights;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getJourneyStages() <em>Journey Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneyStages()
	 * @generated
	 * @ordered
	 */
	protected EList<JourneyStage> journeyStages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROJECT__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(String newAudience) {
		String oldAudience = audience;
		audience = newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROJECT__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.PROJECT__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segmentation> getSegmentations() {
		if (segmentations == null) {
			segmentations = new EObjectContainmentEList<Segmentation>(Segmentation.class, this, SegmentaPackage.PROJECT__SEGMENTATIONS);
		}
		return segmentations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segmentation getPrimarySegmentation() {
		for (Segmentation segmentation : getSegmentations()) {
			if (segmentation.isPrimary()) {
				return segmentation;
			}
		}
		return getSegmentations().isEmpty() ? null : getSegmentations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueCommunity> getValueCommunities() {
		if (valueCommunities == null) {
			valueCommunities = new EObjectContainmentEList<ValueCommunity>(ValueCommunity.class, this, SegmentaPackage.PROJECT__VALUE_COMMUNITIES);
		}
		return valueCommunities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Value> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<Value>(Value.class, this, SegmentaPackage.PROJECT__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, SegmentaPackage.PROJECT__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Job> getJobs() {
		if (jobs == null) {
			jobs = new EObjectContainmentEList<Job>(Job.class, this, SegmentaPackage.PROJECT__JOBS);
		}
		return jobs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BuyingCenter> getBuyingCenters() {
		if (buyingCenters == null) {
			buyingCenters = new EObjectContainmentEList<BuyingCenter>(BuyingCenter.class, this, SegmentaPackage.PROJECT__BUYING_CENTERS);
		}
		return buyingCenters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getVariables() {
		if (variables == null) {
			variables = new EObjectContainmentEList<Variable>(Variable.class, this, SegmentaPackage.PROJECT__VARIABLES);
		}
		return variables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, SegmentaPackage.PROJECT__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Insight> getInsights() {
		if (insights == null) {
			insights = new EObjectContainmentEList<Insight>(Insight.class, this, SegmentaPackage.PROJECT__INSIGHTS);
		}
		return insights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, SegmentaPackage.PROJECT__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyStage> getJourneyStages() {
		if (journeyStages == null) {
			journeyStages = new EObjectContainmentEList<JourneyStage>(JourneyStage.class, this, SegmentaPackage.PROJECT__JOURNEY_STAGES);
		}
		return journeyStages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
				return ((InternalEList<?>)getSegmentations()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
				return ((InternalEList<?>)getValueCommunities()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__JOBS:
				return ((InternalEList<?>)getJobs()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
				return ((InternalEList<?>)getBuyingCenters()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__VARIABLES:
				return ((InternalEList<?>)getVariables()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__INSIGHTS:
				return ((InternalEList<?>)getInsights()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
				return ((InternalEList<?>)getJourneyStages()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.PROJECT__ORGANISATION:
				return getOrganisation();
			case SegmentaPackage.PROJECT__AUDIENCE:
				return getAudience();
			case SegmentaPackage.PROJECT__LANGUAGE:
				return getLanguage();
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
				return getSegmentations();
			case SegmentaPackage.PROJECT__PRIMARY_SEGMENTATION:
				return getPrimarySegmentation();
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
				return getValueCommunities();
			case SegmentaPackage.PROJECT__VALUES:
				return getValues();
			case SegmentaPackage.PROJECT__PERSONAS:
				return getPersonas();
			case SegmentaPackage.PROJECT__JOBS:
				return getJobs();
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
				return getBuyingCenters();
			case SegmentaPackage.PROJECT__VARIABLES:
				return getVariables();
			case SegmentaPackage.PROJECT__DATA_SOURCES:
				return getDataSources();
			case SegmentaPackage.PROJECT__INSIGHTS:
				return getInsights();
			case SegmentaPackage.PROJECT__CHANNELS:
				return getChannels();
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
				return getJourneyStages();
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
			case SegmentaPackage.PROJECT__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case SegmentaPackage.PROJECT__AUDIENCE:
				setAudience((String)newValue);
				return;
			case SegmentaPackage.PROJECT__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
				getSegmentations().clear();
				getSegmentations().addAll((Collection<? extends Segmentation>)newValue);
				return;
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
				getValueCommunities().clear();
				getValueCommunities().addAll((Collection<? extends ValueCommunity>)newValue);
				return;
			case SegmentaPackage.PROJECT__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Value>)newValue);
				return;
			case SegmentaPackage.PROJECT__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case SegmentaPackage.PROJECT__JOBS:
				getJobs().clear();
				getJobs().addAll((Collection<? extends Job>)newValue);
				return;
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
				getBuyingCenters().clear();
				getBuyingCenters().addAll((Collection<? extends BuyingCenter>)newValue);
				return;
			case SegmentaPackage.PROJECT__VARIABLES:
				getVariables().clear();
				getVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case SegmentaPackage.PROJECT__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case SegmentaPackage.PROJECT__INSIGHTS:
				getInsights().clear();
				getInsights().addAll((Collection<? extends Insight>)newValue);
				return;
			case SegmentaPackage.PROJECT__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
				getJourneyStages().clear();
				getJourneyStages().addAll((Collection<? extends JourneyStage>)newValue);
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
			case SegmentaPackage.PROJECT__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case SegmentaPackage.PROJECT__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case SegmentaPackage.PROJECT__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
				getSegmentations().clear();
				return;
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
				getValueCommunities().clear();
				return;
			case SegmentaPackage.PROJECT__VALUES:
				getValues().clear();
				return;
			case SegmentaPackage.PROJECT__PERSONAS:
				getPersonas().clear();
				return;
			case SegmentaPackage.PROJECT__JOBS:
				getJobs().clear();
				return;
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
				getBuyingCenters().clear();
				return;
			case SegmentaPackage.PROJECT__VARIABLES:
				getVariables().clear();
				return;
			case SegmentaPackage.PROJECT__DATA_SOURCES:
				getDataSources().clear();
				return;
			case SegmentaPackage.PROJECT__INSIGHTS:
				getInsights().clear();
				return;
			case SegmentaPackage.PROJECT__CHANNELS:
				getChannels().clear();
				return;
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
				getJourneyStages().clear();
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
			case SegmentaPackage.PROJECT__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case SegmentaPackage.PROJECT__AUDIENCE:
				return AUDIENCE_EDEFAULT == null ? audience != null : !AUDIENCE_EDEFAULT.equals(audience);
			case SegmentaPackage.PROJECT__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
				return segmentations != null && !segmentations.isEmpty();
			case SegmentaPackage.PROJECT__PRIMARY_SEGMENTATION:
				return getPrimarySegmentation() != null;
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
				return valueCommunities != null && !valueCommunities.isEmpty();
			case SegmentaPackage.PROJECT__VALUES:
				return values != null && !values.isEmpty();
			case SegmentaPackage.PROJECT__PERSONAS:
				return personas != null && !personas.isEmpty();
			case SegmentaPackage.PROJECT__JOBS:
				return jobs != null && !jobs.isEmpty();
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
				return buyingCenters != null && !buyingCenters.isEmpty();
			case SegmentaPackage.PROJECT__VARIABLES:
				return variables != null && !variables.isEmpty();
			case SegmentaPackage.PROJECT__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case SegmentaPackage.PROJECT__INSIGHTS:
				return insights != null && !insights.isEmpty();
			case SegmentaPackage.PROJECT__CHANNELS:
				return channels != null && !channels.isEmpty();
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
				return journeyStages != null && !journeyStages.isEmpty();
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
		result.append(" (organisation: ");
		result.append(organisation);
		result.append(", audience: ");
		result.append(audience);
		result.append(", language: ");
		result.append(language);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
