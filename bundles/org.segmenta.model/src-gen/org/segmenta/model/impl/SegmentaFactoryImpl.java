/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.segmenta.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SegmentaFactoryImpl extends EFactoryImpl implements SegmentaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SegmentaFactory init() {
		try {
			SegmentaFactory theSegmentaFactory = (SegmentaFactory)EPackage.Registry.INSTANCE.getEFactory(SegmentaPackage.eNS_URI);
			if (theSegmentaFactory != null) {
				return theSegmentaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SegmentaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SegmentaPackage.PROJECT: return createProject();
			case SegmentaPackage.SEGMENTATION: return createSegmentation();
			case SegmentaPackage.SEGMENT: return createSegment();
			case SegmentaPackage.MEMBERSHIP_RULE: return createMembershipRule();
			case SegmentaPackage.PROFILE_ENTRY: return createProfileEntry();
			case SegmentaPackage.VALUE_COMMUNITY: return createValueCommunity();
			case SegmentaPackage.COMMUNITY_OVERLAP: return createCommunityOverlap();
			case SegmentaPackage.VALUE: return createValue();
			case SegmentaPackage.PERSONA: return createPersona();
			case SegmentaPackage.JOURNEY_QUESTION: return createJourneyQuestion();
			case SegmentaPackage.JOB: return createJob();
			case SegmentaPackage.NEED: return createNeed();
			case SegmentaPackage.BUYING_CENTER: return createBuyingCenter();
			case SegmentaPackage.BUYING_ROLE: return createBuyingRole();
			case SegmentaPackage.VARIABLE: return createVariable();
			case SegmentaPackage.LEVEL: return createLevel();
			case SegmentaPackage.DATA_SOURCE: return createDataSource();
			case SegmentaPackage.INSIGHT: return createInsight();
			case SegmentaPackage.CHANNEL: return createChannel();
			case SegmentaPackage.JOURNEY_STAGE: return createJourneyStage();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SegmentaPackage.PERSPECTIVE:
				return createPerspectiveFromString(eDataType, initialValue);
			case SegmentaPackage.VARIABLE_KIND:
				return createVariableKindFromString(eDataType, initialValue);
			case SegmentaPackage.DATA_SOURCE_KIND:
				return createDataSourceKindFromString(eDataType, initialValue);
			case SegmentaPackage.BUYING_ROLE_KIND:
				return createBuyingRoleKindFromString(eDataType, initialValue);
			case SegmentaPackage.MOTIVATION_LEVEL:
				return createMotivationLevelFromString(eDataType, initialValue);
			case SegmentaPackage.EVALUATION_PERSPECTIVE:
				return createEvaluationPerspectiveFromString(eDataType, initialValue);
			case SegmentaPackage.RULE_OPERATOR:
				return createRuleOperatorFromString(eDataType, initialValue);
			case SegmentaPackage.CHANNEL_KIND:
				return createChannelKindFromString(eDataType, initialValue);
			case SegmentaPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SegmentaPackage.PERSPECTIVE:
				return convertPerspectiveToString(eDataType, instanceValue);
			case SegmentaPackage.VARIABLE_KIND:
				return convertVariableKindToString(eDataType, instanceValue);
			case SegmentaPackage.DATA_SOURCE_KIND:
				return convertDataSourceKindToString(eDataType, instanceValue);
			case SegmentaPackage.BUYING_ROLE_KIND:
				return convertBuyingRoleKindToString(eDataType, instanceValue);
			case SegmentaPackage.MOTIVATION_LEVEL:
				return convertMotivationLevelToString(eDataType, instanceValue);
			case SegmentaPackage.EVALUATION_PERSPECTIVE:
				return convertEvaluationPerspectiveToString(eDataType, instanceValue);
			case SegmentaPackage.RULE_OPERATOR:
				return convertRuleOperatorToString(eDataType, instanceValue);
			case SegmentaPackage.CHANNEL_KIND:
				return convertChannelKindToString(eDataType, instanceValue);
			case SegmentaPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segmentation createSegmentation() {
		SegmentationImpl segmentation = new SegmentationImpl();
		return segmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipRule createMembershipRule() {
		MembershipRuleImpl membershipRule = new MembershipRuleImpl();
		return membershipRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileEntry createProfileEntry() {
		ProfileEntryImpl profileEntry = new ProfileEntryImpl();
		return profileEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueCommunity createValueCommunity() {
		ValueCommunityImpl valueCommunity = new ValueCommunityImpl();
		return valueCommunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityOverlap createCommunityOverlap() {
		CommunityOverlapImpl communityOverlap = new CommunityOverlapImpl();
		return communityOverlap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Value createValue() {
		ValueImpl value = new ValueImpl();
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyQuestion createJourneyQuestion() {
		JourneyQuestionImpl journeyQuestion = new JourneyQuestionImpl();
		return journeyQuestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Job createJob() {
		JobImpl job = new JobImpl();
		return job;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Need createNeed() {
		NeedImpl need = new NeedImpl();
		return need;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyingCenter createBuyingCenter() {
		BuyingCenterImpl buyingCenter = new BuyingCenterImpl();
		return buyingCenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyingRole createBuyingRole() {
		BuyingRoleImpl buyingRole = new BuyingRoleImpl();
		return buyingRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable createVariable() {
		VariableImpl variable = new VariableImpl();
		return variable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level createLevel() {
		LevelImpl level = new LevelImpl();
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Insight createInsight() {
		InsightImpl insight = new InsightImpl();
		return insight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyStage createJourneyStage() {
		JourneyStageImpl journeyStage = new JourneyStageImpl();
		return journeyStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Perspective createPerspectiveFromString(EDataType eDataType, String initialValue) {
		Perspective result = Perspective.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPerspectiveToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VariableKind createVariableKindFromString(EDataType eDataType, String initialValue) {
		VariableKind result = VariableKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVariableKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSourceKind createDataSourceKindFromString(EDataType eDataType, String initialValue) {
		DataSourceKind result = DataSourceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BuyingRoleKind createBuyingRoleKindFromString(EDataType eDataType, String initialValue) {
		BuyingRoleKind result = BuyingRoleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBuyingRoleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MotivationLevel createMotivationLevelFromString(EDataType eDataType, String initialValue) {
		MotivationLevel result = MotivationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMotivationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationPerspective createEvaluationPerspectiveFromString(EDataType eDataType, String initialValue) {
		EvaluationPerspective result = EvaluationPerspective.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationPerspectiveToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleOperator createRuleOperatorFromString(EDataType eDataType, String initialValue) {
		RuleOperator result = RuleOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelKind createChannelKindFromString(EDataType eDataType, String initialValue) {
		ChannelKind result = ChannelKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentaPackage getSegmentaPackage() {
		return (SegmentaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SegmentaPackage getPackage() {
		return SegmentaPackage.eINSTANCE;
	}

} //SegmentaFactoryImpl
