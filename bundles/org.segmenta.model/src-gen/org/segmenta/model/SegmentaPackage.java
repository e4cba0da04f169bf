/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Segmenta's segmentation metamodel: a project with its segmentations, segments, value communities, personas, Jobs-to-be-Done, buying centres, variables, data sources and insights.
 * <!-- end-model-doc -->
 * @see org.segmenta.model.SegmentaFactory
 * @model kind="package"
 * @generated
 */
public interface SegmentaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.segmenta.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "segmenta";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SegmentaPackage eINSTANCE = org.segmenta.model.impl.SegmentaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.IdentifiedImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.NamedElementImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ProjectImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ORGANISATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__AUDIENCE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segmentations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__SEGMENTATIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Primary Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PRIMARY_SEGMENTATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Value Communities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VALUE_COMMUNITIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__JOBS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Buying Centers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUYING_CENTERS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Variables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VARIABLES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DATA_SOURCES = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Insights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__INSIGHTS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Journey Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__JOURNEY_STAGES = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentationImpl <em>Segmentation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentationImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentation()
	 * @generated
	 */
	int SEGMENTATION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Perspective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__PERSPECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__PRIMARY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Basis Variables</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__BASIS_VARIABLES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Behaviour</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__TARGET_BEHAVIOUR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Behaviour Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Min Segment Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__MIN_SEGMENT_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Max Segment Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__MAX_SEGMENT_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Min Size Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__MIN_SIZE_SHARE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__DATA_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__METHOD = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Assignments Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__ASSIGNMENTS_LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Weighted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__WEIGHTED_BY = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Weighted Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__WEIGHTED_TOTAL = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Unweighted Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__UNWEIGHTED_BASE = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Weighted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__WEIGHTED = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Segmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Segmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.SegmentImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sub Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SUB_SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__STATEMENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SIZE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SHARE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Audience Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__AUDIENCE_SHARE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SEGMENTATION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__POTENTIAL = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__COLOUR = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__RULES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Values</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__JOBS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.MembershipRuleImpl <em>Membership Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.MembershipRuleImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMembershipRule()
	 * @generated
	 */
	int MEMBERSHIP_RULE = 5;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_RULE__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_RULE__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_RULE__VALUE = 2;

	/**
	 * The number of structural features of the '<em>Membership Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_RULE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Membership Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ProfileEntryImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileEntry()
	 * @generated
	 */
	int PROFILE_ENTRY = 6;

	/**
	 * The feature id for the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__VARIABLE = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Segment Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__SEGMENT_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Total Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY__TOTAL_VALUE = 3;

	/**
	 * The number of structural features of the '<em>Profile Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Index</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY___INDEX = 0;

	/**
	 * The number of operations of the '<em>Profile Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_ENTRY_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ValueCommunityImpl <em>Value Community</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ValueCommunityImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getValueCommunity()
	 * @generated
	 */
	int VALUE_COMMUNITY = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__STATEMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sub Communities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__SUB_COMMUNITIES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__MEMBER_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__SHARE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Weighted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__WEIGHTED_BY = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Weighted Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__WEIGHTED_TOTAL = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Unweighted Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__UNWEIGHTED_BASE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Weighted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__WEIGHTED = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Overlaps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__OVERLAPS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Support</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY__SUPPORT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Value Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Value Community</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_COMMUNITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.CommunityOverlapImpl <em>Community Overlap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.CommunityOverlapImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCommunityOverlap()
	 * @generated
	 */
	int COMMUNITY_OVERLAP = 8;

	/**
	 * The feature id for the '<em><b>Other</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OVERLAP__OTHER = 0;

	/**
	 * The feature id for the '<em><b>Shared Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OVERLAP__SHARED_MEMBERS = 1;

	/**
	 * The feature id for the '<em><b>Jaccard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OVERLAP__JACCARD = 2;

	/**
	 * The number of structural features of the '<em>Community Overlap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OVERLAP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Community Overlap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNITY_OVERLAP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ValueImpl <em>Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ValueImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getValue()
	 * @generated
	 */
	int VALUE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.PersonaImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__AGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Occupation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__OCCUPATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__HOME = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__FAMILY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Education</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__EDUCATION = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NARRATIVE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__QUOTE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GOALS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__CHALLENGES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Motivations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__MOTIVATIONS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Barriers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__BARRIERS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Habits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__HABITS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Inspirations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__INSPIRATIONS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Products Used</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PRODUCTS_USED = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Journey Questions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__JOURNEY_QUESTIONS = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Value Communities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__VALUE_COMMUNITIES = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Jobs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__JOBS = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.JourneyQuestionImpl <em>Journey Question</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.JourneyQuestionImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJourneyQuestion()
	 * @generated
	 */
	int JOURNEY_QUESTION = 11;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_QUESTION__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_QUESTION__QUESTION = 1;

	/**
	 * The number of structural features of the '<em>Journey Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_QUESTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Journey Question</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_QUESTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.JobImpl <em>Job</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.JobImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJob()
	 * @generated
	 */
	int JOB = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__STATEMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Motivations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__MOTIVATIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__NEEDS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Barriers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__BARRIERS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__IMPORTANCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__SATISFACTION = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Opportunity Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB__OPPORTUNITY_SCORE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Job</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.NeedImpl <em>Need</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.NeedImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNeed()
	 * @generated
	 */
	int NEED = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__IMPORTANCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__SATISFACTION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Opportunity Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED__OPPORTUNITY_SCORE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Need</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEED_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.BuyingCenterImpl <em>Buying Center</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.BuyingCenterImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingCenter()
	 * @generated
	 */
	int BUYING_CENTER = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Purchase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER__PURCHASE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER__ROLES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Buying Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Buying Center</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_CENTER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.BuyingRoleImpl <em>Buying Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.BuyingRoleImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingRole()
	 * @generated
	 */
	int BUYING_ROLE = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__TITLE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Influence Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__INFLUENCE_WEIGHT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Motivation Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__MOTIVATION_LEVEL = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Motives</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__MOTIVES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evaluation Perspective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__EVALUATION_PERSPECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Influences</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__INFLUENCES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Buying Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Buying Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUYING_ROLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.VariableImpl <em>Variable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.VariableImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getVariable()
	 * @generated
	 */
	int VARIABLE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__COLUMN = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__QUESTION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__LEVELS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE__DATA_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Variable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIABLE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.LevelImpl <em>Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.LevelImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 17;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__CODE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__LABEL = 1;

	/**
	 * The number of structural features of the '<em>Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.DataSourceImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__LOCATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Collected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__COLLECTED = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Respondents</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__RESPONDENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weight Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__WEIGHT_VARIABLE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Id Variable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ID_VARIABLE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.InsightImpl <em>Insight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.InsightImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInsight()
	 * @generated
	 */
	int INSIGHT = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__TEXT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__DATE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT__CONCERNS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Insight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Insight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSIGHT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.ChannelImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.impl.JourneyStageImpl
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJourneyStage()
	 * @generated
	 */
	int JOURNEY_STAGE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.segmenta.model.Perspective <em>Perspective</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.Perspective
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getPerspective()
	 * @generated
	 */
	int PERSPECTIVE = 22;

	/**
	 * The meta object id for the '{@link org.segmenta.model.VariableKind <em>Variable Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.VariableKind
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getVariableKind()
	 * @generated
	 */
	int VARIABLE_KIND = 23;

	/**
	 * The meta object id for the '{@link org.segmenta.model.DataSourceKind <em>Data Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.DataSourceKind
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDataSourceKind()
	 * @generated
	 */
	int DATA_SOURCE_KIND = 24;

	/**
	 * The meta object id for the '{@link org.segmenta.model.BuyingRoleKind <em>Buying Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.BuyingRoleKind
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingRoleKind()
	 * @generated
	 */
	int BUYING_ROLE_KIND = 25;

	/**
	 * The meta object id for the '{@link org.segmenta.model.MotivationLevel <em>Motivation Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.MotivationLevel
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMotivationLevel()
	 * @generated
	 */
	int MOTIVATION_LEVEL = 26;

	/**
	 * The meta object id for the '{@link org.segmenta.model.EvaluationPerspective <em>Evaluation Perspective</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.EvaluationPerspective
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getEvaluationPerspective()
	 * @generated
	 */
	int EVALUATION_PERSPECTIVE = 27;

	/**
	 * The meta object id for the '{@link org.segmenta.model.RuleOperator <em>Rule Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.RuleOperator
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getRuleOperator()
	 * @generated
	 */
	int RULE_OPERATOR = 28;

	/**
	 * The meta object id for the '{@link org.segmenta.model.ChannelKind <em>Channel Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.segmenta.model.ChannelKind
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getChannelKind()
	 * @generated
	 */
	int CHANNEL_KIND = 29;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 30;


	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.segmenta.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.segmenta.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.segmenta.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.segmenta.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.segmenta.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.segmenta.model.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Project#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see org.segmenta.model.Project#getOrganisation()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Project#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience</em>'.
	 * @see org.segmenta.model.Project#getAudience()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Audience();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Project#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.segmenta.model.Project#getLanguage()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Language();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getSegmentations <em>Segmentations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segmentations</em>'.
	 * @see org.segmenta.model.Project#getSegmentations()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Segmentations();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Project#getPrimarySegmentation <em>Primary Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Primary Segmentation</em>'.
	 * @see org.segmenta.model.Project#getPrimarySegmentation()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_PrimarySegmentation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getValueCommunities <em>Value Communities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Value Communities</em>'.
	 * @see org.segmenta.model.Project#getValueCommunities()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_ValueCommunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.segmenta.model.Project#getValues()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.segmenta.model.Project#getPersonas()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Jobs</em>'.
	 * @see org.segmenta.model.Project#getJobs()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Jobs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getBuyingCenters <em>Buying Centers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buying Centers</em>'.
	 * @see org.segmenta.model.Project#getBuyingCenters()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_BuyingCenters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getVariables <em>Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variables</em>'.
	 * @see org.segmenta.model.Project#getVariables()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Variables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see org.segmenta.model.Project#getDataSources()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getInsights <em>Insights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Insights</em>'.
	 * @see org.segmenta.model.Project#getInsights()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Insights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.segmenta.model.Project#getChannels()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Project#getJourneyStages <em>Journey Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journey Stages</em>'.
	 * @see org.segmenta.model.Project#getJourneyStages()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_JourneyStages();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Segmentation <em>Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segmentation</em>'.
	 * @see org.segmenta.model.Segmentation
	 * @generated
	 */
	EClass getSegmentation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getPerspective <em>Perspective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perspective</em>'.
	 * @see org.segmenta.model.Segmentation#getPerspective()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Perspective();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#isPrimary <em>Primary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary</em>'.
	 * @see org.segmenta.model.Segmentation#isPrimary()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Primary();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Segmentation#getBasisVariables <em>Basis Variables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Basis Variables</em>'.
	 * @see org.segmenta.model.Segmentation#getBasisVariables()
	 * @see #getSegmentation()
	 * @generated
	 */
	EReference getSegmentation_BasisVariables();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Segmentation#getTargetBehaviour <em>Target Behaviour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target Behaviour</em>'.
	 * @see org.segmenta.model.Segmentation#getTargetBehaviour()
	 * @see #getSegmentation()
	 * @generated
	 */
	EReference getSegmentation_TargetBehaviour();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getTargetBehaviourDescription <em>Target Behaviour Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Behaviour Description</em>'.
	 * @see org.segmenta.model.Segmentation#getTargetBehaviourDescription()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_TargetBehaviourDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getMinSegmentCount <em>Min Segment Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Segment Count</em>'.
	 * @see org.segmenta.model.Segmentation#getMinSegmentCount()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_MinSegmentCount();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getMaxSegmentCount <em>Max Segment Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Segment Count</em>'.
	 * @see org.segmenta.model.Segmentation#getMaxSegmentCount()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_MaxSegmentCount();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getMinSizeShare <em>Min Size Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Size Share</em>'.
	 * @see org.segmenta.model.Segmentation#getMinSizeShare()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_MinSizeShare();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Segmentation#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.segmenta.model.Segmentation#getDataSource()
	 * @see #getSegmentation()
	 * @generated
	 */
	EReference getSegmentation_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.segmenta.model.Segmentation#getMethod()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getAssignmentsLocation <em>Assignments Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assignments Location</em>'.
	 * @see org.segmenta.model.Segmentation#getAssignmentsLocation()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_AssignmentsLocation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getWeightedBy <em>Weighted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted By</em>'.
	 * @see org.segmenta.model.Segmentation#getWeightedBy()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_WeightedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getWeightedTotal <em>Weighted Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted Total</em>'.
	 * @see org.segmenta.model.Segmentation#getWeightedTotal()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_WeightedTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#getUnweightedBase <em>Unweighted Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unweighted Base</em>'.
	 * @see org.segmenta.model.Segmentation#getUnweightedBase()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_UnweightedBase();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segmentation#isWeighted <em>Weighted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted</em>'.
	 * @see org.segmenta.model.Segmentation#isWeighted()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Weighted();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Segmentation#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.segmenta.model.Segmentation#getSegments()
	 * @see #getSegmentation()
	 * @generated
	 */
	EReference getSegmentation_Segments();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.segmenta.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Segment#getSubSegments <em>Sub Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Segments</em>'.
	 * @see org.segmenta.model.Segment#getSubSegments()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_SubSegments();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.segmenta.model.Segment#getStatement()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.segmenta.model.Segment#getSize()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.segmenta.model.Segment#getShare()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Share();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getAudienceShare <em>Audience Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience Share</em>'.
	 * @see org.segmenta.model.Segment#getAudienceShare()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_AudienceShare();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Segment#getSegmentation <em>Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segmentation</em>'.
	 * @see org.segmenta.model.Segment#getSegmentation()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Segmentation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getPotential <em>Potential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Potential</em>'.
	 * @see org.segmenta.model.Segment#getPotential()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Potential();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Segment#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.segmenta.model.Segment#getColour()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Colour();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Segment#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see org.segmenta.model.Segment#getRules()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Rules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Segment#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profile</em>'.
	 * @see org.segmenta.model.Segment#getProfile()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Profile();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Segment#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Values</em>'.
	 * @see org.segmenta.model.Segment#getValues()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Values();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Segment#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Jobs</em>'.
	 * @see org.segmenta.model.Segment#getJobs()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Jobs();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Segment#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.segmenta.model.Segment#getPersonas()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Personas();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.MembershipRule <em>Membership Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership Rule</em>'.
	 * @see org.segmenta.model.MembershipRule
	 * @generated
	 */
	EClass getMembershipRule();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.MembershipRule#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see org.segmenta.model.MembershipRule#getVariable()
	 * @see #getMembershipRule()
	 * @generated
	 */
	EReference getMembershipRule_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.MembershipRule#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.segmenta.model.MembershipRule#getOperator()
	 * @see #getMembershipRule()
	 * @generated
	 */
	EAttribute getMembershipRule_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.MembershipRule#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.segmenta.model.MembershipRule#getValue()
	 * @see #getMembershipRule()
	 * @generated
	 */
	EAttribute getMembershipRule_Value();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ProfileEntry <em>Profile Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Entry</em>'.
	 * @see org.segmenta.model.ProfileEntry
	 * @generated
	 */
	EClass getProfileEntry();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.ProfileEntry#getVariable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variable</em>'.
	 * @see org.segmenta.model.ProfileEntry#getVariable()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EReference getProfileEntry_Variable();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileEntry#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.segmenta.model.ProfileEntry#getLevel()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileEntry#getSegmentValue <em>Segment Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segment Value</em>'.
	 * @see org.segmenta.model.ProfileEntry#getSegmentValue()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_SegmentValue();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ProfileEntry#getTotalValue <em>Total Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Value</em>'.
	 * @see org.segmenta.model.ProfileEntry#getTotalValue()
	 * @see #getProfileEntry()
	 * @generated
	 */
	EAttribute getProfileEntry_TotalValue();

	/**
	 * Returns the meta object for the '{@link org.segmenta.model.ProfileEntry#index() <em>Index</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Index</em>' operation.
	 * @see org.segmenta.model.ProfileEntry#index()
	 * @generated
	 */
	EOperation getProfileEntry__Index();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.ValueCommunity <em>Value Community</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Community</em>'.
	 * @see org.segmenta.model.ValueCommunity
	 * @generated
	 */
	EClass getValueCommunity();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.segmenta.model.ValueCommunity#getStatement()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_Statement();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.ValueCommunity#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Values</em>'.
	 * @see org.segmenta.model.ValueCommunity#getValues()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EReference getValueCommunity_Values();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.ValueCommunity#getSubCommunities <em>Sub Communities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Communities</em>'.
	 * @see org.segmenta.model.ValueCommunity#getSubCommunities()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EReference getValueCommunity_SubCommunities();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.ValueCommunity#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.segmenta.model.ValueCommunity#getSegments()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EReference getValueCommunity_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.ValueCommunity#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.segmenta.model.ValueCommunity#getPersonas()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EReference getValueCommunity_Personas();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getMemberCount <em>Member Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Member Count</em>'.
	 * @see org.segmenta.model.ValueCommunity#getMemberCount()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_MemberCount();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.segmenta.model.ValueCommunity#getShare()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_Share();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getWeightedBy <em>Weighted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted By</em>'.
	 * @see org.segmenta.model.ValueCommunity#getWeightedBy()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_WeightedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getWeightedTotal <em>Weighted Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted Total</em>'.
	 * @see org.segmenta.model.ValueCommunity#getWeightedTotal()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_WeightedTotal();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#getUnweightedBase <em>Unweighted Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unweighted Base</em>'.
	 * @see org.segmenta.model.ValueCommunity#getUnweightedBase()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_UnweightedBase();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.ValueCommunity#isWeighted <em>Weighted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weighted</em>'.
	 * @see org.segmenta.model.ValueCommunity#isWeighted()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_Weighted();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.ValueCommunity#getOverlaps <em>Overlaps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Overlaps</em>'.
	 * @see org.segmenta.model.ValueCommunity#getOverlaps()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EReference getValueCommunity_Overlaps();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.ValueCommunity#getSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Support</em>'.
	 * @see org.segmenta.model.ValueCommunity#getSupport()
	 * @see #getValueCommunity()
	 * @generated
	 */
	EAttribute getValueCommunity_Support();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.CommunityOverlap <em>Community Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Community Overlap</em>'.
	 * @see org.segmenta.model.CommunityOverlap
	 * @generated
	 */
	EClass getCommunityOverlap();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.CommunityOverlap#getOther <em>Other</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Other</em>'.
	 * @see org.segmenta.model.CommunityOverlap#getOther()
	 * @see #getCommunityOverlap()
	 * @generated
	 */
	EReference getCommunityOverlap_Other();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.CommunityOverlap#getSharedMembers <em>Shared Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Members</em>'.
	 * @see org.segmenta.model.CommunityOverlap#getSharedMembers()
	 * @see #getCommunityOverlap()
	 * @generated
	 */
	EAttribute getCommunityOverlap_SharedMembers();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.CommunityOverlap#getJaccard <em>Jaccard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jaccard</em>'.
	 * @see org.segmenta.model.CommunityOverlap#getJaccard()
	 * @see #getCommunityOverlap()
	 * @generated
	 */
	EAttribute getCommunityOverlap_Jaccard();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Value <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value</em>'.
	 * @see org.segmenta.model.Value
	 * @generated
	 */
	EClass getValue();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.segmenta.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getAge <em>Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age</em>'.
	 * @see org.segmenta.model.Persona#getAge()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Age();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getOccupation <em>Occupation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occupation</em>'.
	 * @see org.segmenta.model.Persona#getOccupation()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Occupation();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getHome <em>Home</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home</em>'.
	 * @see org.segmenta.model.Persona#getHome()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Home();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.segmenta.model.Persona#getFamily()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getEducation <em>Education</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Education</em>'.
	 * @see org.segmenta.model.Persona#getEducation()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Education();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Narrative</em>'.
	 * @see org.segmenta.model.Persona#getNarrative()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Narrative();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Persona#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.segmenta.model.Persona#getQuote()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Quote();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Goals</em>'.
	 * @see org.segmenta.model.Persona#getGoals()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Goals();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Challenges</em>'.
	 * @see org.segmenta.model.Persona#getChallenges()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Challenges();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getMotivations <em>Motivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Motivations</em>'.
	 * @see org.segmenta.model.Persona#getMotivations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Motivations();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getBarriers <em>Barriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Barriers</em>'.
	 * @see org.segmenta.model.Persona#getBarriers()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Barriers();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getHabits <em>Habits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Habits</em>'.
	 * @see org.segmenta.model.Persona#getHabits()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Habits();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Persona#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.segmenta.model.Persona#getChannels()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Channels();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getInspirations <em>Inspirations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Inspirations</em>'.
	 * @see org.segmenta.model.Persona#getInspirations()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Inspirations();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Persona#getProductsUsed <em>Products Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products Used</em>'.
	 * @see org.segmenta.model.Persona#getProductsUsed()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_ProductsUsed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Persona#getJourneyQuestions <em>Journey Questions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journey Questions</em>'.
	 * @see org.segmenta.model.Persona#getJourneyQuestions()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_JourneyQuestions();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Persona#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.segmenta.model.Persona#getSegments()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Persona#getValueCommunities <em>Value Communities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Communities</em>'.
	 * @see org.segmenta.model.Persona#getValueCommunities()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_ValueCommunities();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Persona#getJobs <em>Jobs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Jobs</em>'.
	 * @see org.segmenta.model.Persona#getJobs()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Jobs();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.JourneyQuestion <em>Journey Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Question</em>'.
	 * @see org.segmenta.model.JourneyQuestion
	 * @generated
	 */
	EClass getJourneyQuestion();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.JourneyQuestion#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stage</em>'.
	 * @see org.segmenta.model.JourneyQuestion#getStage()
	 * @see #getJourneyQuestion()
	 * @generated
	 */
	EReference getJourneyQuestion_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.JourneyQuestion#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.segmenta.model.JourneyQuestion#getQuestion()
	 * @see #getJourneyQuestion()
	 * @generated
	 */
	EAttribute getJourneyQuestion_Question();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Job <em>Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job</em>'.
	 * @see org.segmenta.model.Job
	 * @generated
	 */
	EClass getJob();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Job#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.segmenta.model.Job#getStatement()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Statement();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Job#getMotivations <em>Motivations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Motivations</em>'.
	 * @see org.segmenta.model.Job#getMotivations()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Motivations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Job#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Needs</em>'.
	 * @see org.segmenta.model.Job#getNeeds()
	 * @see #getJob()
	 * @generated
	 */
	EReference getJob_Needs();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.Job#getBarriers <em>Barriers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Barriers</em>'.
	 * @see org.segmenta.model.Job#getBarriers()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Barriers();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Job#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.segmenta.model.Job#getImportance()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Importance();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Job#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.segmenta.model.Job#getSatisfaction()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Job#getOpportunityScore <em>Opportunity Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opportunity Score</em>'.
	 * @see org.segmenta.model.Job#getOpportunityScore()
	 * @see #getJob()
	 * @generated
	 */
	EAttribute getJob_OpportunityScore();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Need <em>Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Need</em>'.
	 * @see org.segmenta.model.Need
	 * @generated
	 */
	EClass getNeed();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Need#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.segmenta.model.Need#getImportance()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Importance();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Need#getSatisfaction <em>Satisfaction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfaction</em>'.
	 * @see org.segmenta.model.Need#getSatisfaction()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_Satisfaction();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Need#getOpportunityScore <em>Opportunity Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opportunity Score</em>'.
	 * @see org.segmenta.model.Need#getOpportunityScore()
	 * @see #getNeed()
	 * @generated
	 */
	EAttribute getNeed_OpportunityScore();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.BuyingCenter <em>Buying Center</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buying Center</em>'.
	 * @see org.segmenta.model.BuyingCenter
	 * @generated
	 */
	EClass getBuyingCenter();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingCenter#getPurchase <em>Purchase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purchase</em>'.
	 * @see org.segmenta.model.BuyingCenter#getPurchase()
	 * @see #getBuyingCenter()
	 * @generated
	 */
	EAttribute getBuyingCenter_Purchase();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.BuyingCenter#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see org.segmenta.model.BuyingCenter#getRoles()
	 * @see #getBuyingCenter()
	 * @generated
	 */
	EReference getBuyingCenter_Roles();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.BuyingRole <em>Buying Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buying Role</em>'.
	 * @see org.segmenta.model.BuyingRole
	 * @generated
	 */
	EClass getBuyingRole();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingRole#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.model.BuyingRole#getKind()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingRole#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.segmenta.model.BuyingRole#getTitle()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingRole#getInfluenceWeight <em>Influence Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Influence Weight</em>'.
	 * @see org.segmenta.model.BuyingRole#getInfluenceWeight()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_InfluenceWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingRole#getMotivationLevel <em>Motivation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Motivation Level</em>'.
	 * @see org.segmenta.model.BuyingRole#getMotivationLevel()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_MotivationLevel();

	/**
	 * Returns the meta object for the attribute list '{@link org.segmenta.model.BuyingRole#getMotives <em>Motives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Motives</em>'.
	 * @see org.segmenta.model.BuyingRole#getMotives()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_Motives();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.BuyingRole#getEvaluationPerspective <em>Evaluation Perspective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluation Perspective</em>'.
	 * @see org.segmenta.model.BuyingRole#getEvaluationPerspective()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EAttribute getBuyingRole_EvaluationPerspective();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.BuyingRole#getInfluences <em>Influences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Influences</em>'.
	 * @see org.segmenta.model.BuyingRole#getInfluences()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EReference getBuyingRole_Influences();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.BuyingRole#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.segmenta.model.BuyingRole#getPersona()
	 * @see #getBuyingRole()
	 * @generated
	 */
	EReference getBuyingRole_Persona();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Variable <em>Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variable</em>'.
	 * @see org.segmenta.model.Variable
	 * @generated
	 */
	EClass getVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Variable#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.model.Variable#getKind()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Variable#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.segmenta.model.Variable#getColumn()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Variable#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.segmenta.model.Variable#getQuestion()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Variable#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.segmenta.model.Variable#getUnit()
	 * @see #getVariable()
	 * @generated
	 */
	EAttribute getVariable_Unit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.segmenta.model.Variable#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.segmenta.model.Variable#getLevels()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_Levels();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Variable#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see org.segmenta.model.Variable#getDataSource()
	 * @see #getVariable()
	 * @generated
	 */
	EReference getVariable_DataSource();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level</em>'.
	 * @see org.segmenta.model.Level
	 * @generated
	 */
	EClass getLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Level#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.segmenta.model.Level#getCode()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Level#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.segmenta.model.Level#getLabel()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_Label();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see org.segmenta.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.model.DataSource#getKind()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.segmenta.model.DataSource#getLocation()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getCollected <em>Collected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected</em>'.
	 * @see org.segmenta.model.DataSource#getCollected()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Collected();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getRespondents <em>Respondents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondents</em>'.
	 * @see org.segmenta.model.DataSource#getRespondents()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Respondents();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getWeightVariable <em>Weight Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Variable</em>'.
	 * @see org.segmenta.model.DataSource#getWeightVariable()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_WeightVariable();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.DataSource#getIdVariable <em>Id Variable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Variable</em>'.
	 * @see org.segmenta.model.DataSource#getIdVariable()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_IdVariable();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Insight <em>Insight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insight</em>'.
	 * @see org.segmenta.model.Insight
	 * @generated
	 */
	EClass getInsight();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Insight#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.segmenta.model.Insight#getText()
	 * @see #getInsight()
	 * @generated
	 */
	EAttribute getInsight_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Insight#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.segmenta.model.Insight#getDate()
	 * @see #getInsight()
	 * @generated
	 */
	EAttribute getInsight_Date();

	/**
	 * Returns the meta object for the reference '{@link org.segmenta.model.Insight#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.segmenta.model.Insight#getSource()
	 * @see #getInsight()
	 * @generated
	 */
	EReference getInsight_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Insight#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.segmenta.model.Insight#getEvidence()
	 * @see #getInsight()
	 * @generated
	 */
	EAttribute getInsight_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link org.segmenta.model.Insight#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Concerns</em>'.
	 * @see org.segmenta.model.Insight#getConcerns()
	 * @see #getInsight()
	 * @generated
	 */
	EReference getInsight_Concerns();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.segmenta.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.segmenta.model.Channel#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.segmenta.model.Channel#getKind()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Kind();

	/**
	 * Returns the meta object for class '{@link org.segmenta.model.JourneyStage <em>Journey Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Stage</em>'.
	 * @see org.segmenta.model.JourneyStage
	 * @generated
	 */
	EClass getJourneyStage();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.Perspective <em>Perspective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Perspective</em>'.
	 * @see org.segmenta.model.Perspective
	 * @generated
	 */
	EEnum getPerspective();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.VariableKind <em>Variable Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Variable Kind</em>'.
	 * @see org.segmenta.model.VariableKind
	 * @generated
	 */
	EEnum getVariableKind();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.DataSourceKind <em>Data Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Source Kind</em>'.
	 * @see org.segmenta.model.DataSourceKind
	 * @generated
	 */
	EEnum getDataSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.BuyingRoleKind <em>Buying Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Buying Role Kind</em>'.
	 * @see org.segmenta.model.BuyingRoleKind
	 * @generated
	 */
	EEnum getBuyingRoleKind();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.MotivationLevel <em>Motivation Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Motivation Level</em>'.
	 * @see org.segmenta.model.MotivationLevel
	 * @generated
	 */
	EEnum getMotivationLevel();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.EvaluationPerspective <em>Evaluation Perspective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evaluation Perspective</em>'.
	 * @see org.segmenta.model.EvaluationPerspective
	 * @generated
	 */
	EEnum getEvaluationPerspective();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.RuleOperator <em>Rule Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Operator</em>'.
	 * @see org.segmenta.model.RuleOperator
	 * @generated
	 */
	EEnum getRuleOperator();

	/**
	 * Returns the meta object for enum '{@link org.segmenta.model.ChannelKind <em>Channel Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Kind</em>'.
	 * @see org.segmenta.model.ChannelKind
	 * @generated
	 */
	EEnum getChannelKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, stored as ISO-8601 (yyyy-mm-dd) so that files read the same everywhere.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SegmentaFactory getSegmentaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.IdentifiedImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.NamedElementImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ProjectImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ORGANISATION = eINSTANCE.getProject_Organisation();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__AUDIENCE = eINSTANCE.getProject_Audience();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__LANGUAGE = eINSTANCE.getProject_Language();

		/**
		 * The meta object literal for the '<em><b>Segmentations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__SEGMENTATIONS = eINSTANCE.getProject_Segmentations();

		/**
		 * The meta object literal for the '<em><b>Primary Segmentation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PRIMARY_SEGMENTATION = eINSTANCE.getProject_PrimarySegmentation();

		/**
		 * The meta object literal for the '<em><b>Value Communities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VALUE_COMMUNITIES = eINSTANCE.getProject_ValueCommunities();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VALUES = eINSTANCE.getProject_Values();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PERSONAS = eINSTANCE.getProject_Personas();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__JOBS = eINSTANCE.getProject_Jobs();

		/**
		 * The meta object literal for the '<em><b>Buying Centers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__BUYING_CENTERS = eINSTANCE.getProject_BuyingCenters();

		/**
		 * The meta object literal for the '<em><b>Variables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__VARIABLES = eINSTANCE.getProject_Variables();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DATA_SOURCES = eINSTANCE.getProject_DataSources();

		/**
		 * The meta object literal for the '<em><b>Insights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__INSIGHTS = eINSTANCE.getProject_Insights();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__CHANNELS = eINSTANCE.getProject_Channels();

		/**
		 * The meta object literal for the '<em><b>Journey Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__JOURNEY_STAGES = eINSTANCE.getProject_JourneyStages();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentationImpl <em>Segmentation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentationImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegmentation()
		 * @generated
		 */
		EClass SEGMENTATION = eINSTANCE.getSegmentation();

		/**
		 * The meta object literal for the '<em><b>Perspective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__PERSPECTIVE = eINSTANCE.getSegmentation_Perspective();

		/**
		 * The meta object literal for the '<em><b>Primary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__PRIMARY = eINSTANCE.getSegmentation_Primary();

		/**
		 * The meta object literal for the '<em><b>Basis Variables</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENTATION__BASIS_VARIABLES = eINSTANCE.getSegmentation_BasisVariables();

		/**
		 * The meta object literal for the '<em><b>Target Behaviour</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENTATION__TARGET_BEHAVIOUR = eINSTANCE.getSegmentation_TargetBehaviour();

		/**
		 * The meta object literal for the '<em><b>Target Behaviour Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION = eINSTANCE.getSegmentation_TargetBehaviourDescription();

		/**
		 * The meta object literal for the '<em><b>Min Segment Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__MIN_SEGMENT_COUNT = eINSTANCE.getSegmentation_MinSegmentCount();

		/**
		 * The meta object literal for the '<em><b>Max Segment Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__MAX_SEGMENT_COUNT = eINSTANCE.getSegmentation_MaxSegmentCount();

		/**
		 * The meta object literal for the '<em><b>Min Size Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__MIN_SIZE_SHARE = eINSTANCE.getSegmentation_MinSizeShare();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENTATION__DATA_SOURCE = eINSTANCE.getSegmentation_DataSource();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__METHOD = eINSTANCE.getSegmentation_Method();

		/**
		 * The meta object literal for the '<em><b>Assignments Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__ASSIGNMENTS_LOCATION = eINSTANCE.getSegmentation_AssignmentsLocation();

		/**
		 * The meta object literal for the '<em><b>Weighted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__WEIGHTED_BY = eINSTANCE.getSegmentation_WeightedBy();

		/**
		 * The meta object literal for the '<em><b>Weighted Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__WEIGHTED_TOTAL = eINSTANCE.getSegmentation_WeightedTotal();

		/**
		 * The meta object literal for the '<em><b>Unweighted Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__UNWEIGHTED_BASE = eINSTANCE.getSegmentation_UnweightedBase();

		/**
		 * The meta object literal for the '<em><b>Weighted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__WEIGHTED = eINSTANCE.getSegmentation_Weighted();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENTATION__SEGMENTS = eINSTANCE.getSegmentation_Segments();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.SegmentImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Sub Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__SUB_SEGMENTS = eINSTANCE.getSegment_SubSegments();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__STATEMENT = eINSTANCE.getSegment_Statement();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__SIZE = eINSTANCE.getSegment_Size();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__SHARE = eINSTANCE.getSegment_Share();

		/**
		 * The meta object literal for the '<em><b>Audience Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__AUDIENCE_SHARE = eINSTANCE.getSegment_AudienceShare();

		/**
		 * The meta object literal for the '<em><b>Segmentation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__SEGMENTATION = eINSTANCE.getSegment_Segmentation();

		/**
		 * The meta object literal for the '<em><b>Potential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__POTENTIAL = eINSTANCE.getSegment_Potential();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__COLOUR = eINSTANCE.getSegment_Colour();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__RULES = eINSTANCE.getSegment_Rules();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__PROFILE = eINSTANCE.getSegment_Profile();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__VALUES = eINSTANCE.getSegment_Values();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__JOBS = eINSTANCE.getSegment_Jobs();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__PERSONAS = eINSTANCE.getSegment_Personas();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.MembershipRuleImpl <em>Membership Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.MembershipRuleImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMembershipRule()
		 * @generated
		 */
		EClass MEMBERSHIP_RULE = eINSTANCE.getMembershipRule();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP_RULE__VARIABLE = eINSTANCE.getMembershipRule_Variable();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_RULE__OPERATOR = eINSTANCE.getMembershipRule_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP_RULE__VALUE = eINSTANCE.getMembershipRule_Value();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ProfileEntryImpl <em>Profile Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ProfileEntryImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getProfileEntry()
		 * @generated
		 */
		EClass PROFILE_ENTRY = eINSTANCE.getProfileEntry();

		/**
		 * The meta object literal for the '<em><b>Variable</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_ENTRY__VARIABLE = eINSTANCE.getProfileEntry_Variable();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__LEVEL = eINSTANCE.getProfileEntry_Level();

		/**
		 * The meta object literal for the '<em><b>Segment Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__SEGMENT_VALUE = eINSTANCE.getProfileEntry_SegmentValue();

		/**
		 * The meta object literal for the '<em><b>Total Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_ENTRY__TOTAL_VALUE = eINSTANCE.getProfileEntry_TotalValue();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PROFILE_ENTRY___INDEX = eINSTANCE.getProfileEntry__Index();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ValueCommunityImpl <em>Value Community</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ValueCommunityImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getValueCommunity()
		 * @generated
		 */
		EClass VALUE_COMMUNITY = eINSTANCE.getValueCommunity();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__STATEMENT = eINSTANCE.getValueCommunity_Statement();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_COMMUNITY__VALUES = eINSTANCE.getValueCommunity_Values();

		/**
		 * The meta object literal for the '<em><b>Sub Communities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_COMMUNITY__SUB_COMMUNITIES = eINSTANCE.getValueCommunity_SubCommunities();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_COMMUNITY__SEGMENTS = eINSTANCE.getValueCommunity_Segments();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_COMMUNITY__PERSONAS = eINSTANCE.getValueCommunity_Personas();

		/**
		 * The meta object literal for the '<em><b>Member Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__MEMBER_COUNT = eINSTANCE.getValueCommunity_MemberCount();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__SHARE = eINSTANCE.getValueCommunity_Share();

		/**
		 * The meta object literal for the '<em><b>Weighted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__WEIGHTED_BY = eINSTANCE.getValueCommunity_WeightedBy();

		/**
		 * The meta object literal for the '<em><b>Weighted Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__WEIGHTED_TOTAL = eINSTANCE.getValueCommunity_WeightedTotal();

		/**
		 * The meta object literal for the '<em><b>Unweighted Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__UNWEIGHTED_BASE = eINSTANCE.getValueCommunity_UnweightedBase();

		/**
		 * The meta object literal for the '<em><b>Weighted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__WEIGHTED = eINSTANCE.getValueCommunity_Weighted();

		/**
		 * The meta object literal for the '<em><b>Overlaps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_COMMUNITY__OVERLAPS = eINSTANCE.getValueCommunity_Overlaps();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_COMMUNITY__SUPPORT = eINSTANCE.getValueCommunity_Support();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.CommunityOverlapImpl <em>Community Overlap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.CommunityOverlapImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getCommunityOverlap()
		 * @generated
		 */
		EClass COMMUNITY_OVERLAP = eINSTANCE.getCommunityOverlap();

		/**
		 * The meta object literal for the '<em><b>Other</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNITY_OVERLAP__OTHER = eINSTANCE.getCommunityOverlap_Other();

		/**
		 * The meta object literal for the '<em><b>Shared Members</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNITY_OVERLAP__SHARED_MEMBERS = eINSTANCE.getCommunityOverlap_SharedMembers();

		/**
		 * The meta object literal for the '<em><b>Jaccard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNITY_OVERLAP__JACCARD = eINSTANCE.getCommunityOverlap_Jaccard();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ValueImpl <em>Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ValueImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getValue()
		 * @generated
		 */
		EClass VALUE = eINSTANCE.getValue();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.PersonaImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__AGE = eINSTANCE.getPersona_Age();

		/**
		 * The meta object literal for the '<em><b>Occupation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__OCCUPATION = eINSTANCE.getPersona_Occupation();

		/**
		 * The meta object literal for the '<em><b>Home</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__HOME = eINSTANCE.getPersona_Home();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__FAMILY = eINSTANCE.getPersona_Family();

		/**
		 * The meta object literal for the '<em><b>Education</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__EDUCATION = eINSTANCE.getPersona_Education();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NARRATIVE = eINSTANCE.getPersona_Narrative();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__QUOTE = eINSTANCE.getPersona_Quote();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GOALS = eINSTANCE.getPersona_Goals();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__CHALLENGES = eINSTANCE.getPersona_Challenges();

		/**
		 * The meta object literal for the '<em><b>Motivations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__MOTIVATIONS = eINSTANCE.getPersona_Motivations();

		/**
		 * The meta object literal for the '<em><b>Barriers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__BARRIERS = eINSTANCE.getPersona_Barriers();

		/**
		 * The meta object literal for the '<em><b>Habits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__HABITS = eINSTANCE.getPersona_Habits();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__CHANNELS = eINSTANCE.getPersona_Channels();

		/**
		 * The meta object literal for the '<em><b>Inspirations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__INSPIRATIONS = eINSTANCE.getPersona_Inspirations();

		/**
		 * The meta object literal for the '<em><b>Products Used</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PRODUCTS_USED = eINSTANCE.getPersona_ProductsUsed();

		/**
		 * The meta object literal for the '<em><b>Journey Questions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__JOURNEY_QUESTIONS = eINSTANCE.getPersona_JourneyQuestions();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__SEGMENTS = eINSTANCE.getPersona_Segments();

		/**
		 * The meta object literal for the '<em><b>Value Communities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__VALUE_COMMUNITIES = eINSTANCE.getPersona_ValueCommunities();

		/**
		 * The meta object literal for the '<em><b>Jobs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__JOBS = eINSTANCE.getPersona_Jobs();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.JourneyQuestionImpl <em>Journey Question</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.JourneyQuestionImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJourneyQuestion()
		 * @generated
		 */
		EClass JOURNEY_QUESTION = eINSTANCE.getJourneyQuestion();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_QUESTION__STAGE = eINSTANCE.getJourneyQuestion_Stage();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_QUESTION__QUESTION = eINSTANCE.getJourneyQuestion_Question();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.JobImpl <em>Job</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.JobImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJob()
		 * @generated
		 */
		EClass JOB = eINSTANCE.getJob();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__STATEMENT = eINSTANCE.getJob_Statement();

		/**
		 * The meta object literal for the '<em><b>Motivations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__MOTIVATIONS = eINSTANCE.getJob_Motivations();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOB__NEEDS = eINSTANCE.getJob_Needs();

		/**
		 * The meta object literal for the '<em><b>Barriers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__BARRIERS = eINSTANCE.getJob_Barriers();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__IMPORTANCE = eINSTANCE.getJob_Importance();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__SATISFACTION = eINSTANCE.getJob_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Opportunity Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB__OPPORTUNITY_SCORE = eINSTANCE.getJob_OpportunityScore();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.NeedImpl <em>Need</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.NeedImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getNeed()
		 * @generated
		 */
		EClass NEED = eINSTANCE.getNeed();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__IMPORTANCE = eINSTANCE.getNeed_Importance();

		/**
		 * The meta object literal for the '<em><b>Satisfaction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__SATISFACTION = eINSTANCE.getNeed_Satisfaction();

		/**
		 * The meta object literal for the '<em><b>Opportunity Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEED__OPPORTUNITY_SCORE = eINSTANCE.getNeed_OpportunityScore();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.BuyingCenterImpl <em>Buying Center</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.BuyingCenterImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingCenter()
		 * @generated
		 */
		EClass BUYING_CENTER = eINSTANCE.getBuyingCenter();

		/**
		 * The meta object literal for the '<em><b>Purchase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_CENTER__PURCHASE = eINSTANCE.getBuyingCenter_Purchase();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUYING_CENTER__ROLES = eINSTANCE.getBuyingCenter_Roles();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.BuyingRoleImpl <em>Buying Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.BuyingRoleImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingRole()
		 * @generated
		 */
		EClass BUYING_ROLE = eINSTANCE.getBuyingRole();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__KIND = eINSTANCE.getBuyingRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__TITLE = eINSTANCE.getBuyingRole_Title();

		/**
		 * The meta object literal for the '<em><b>Influence Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__INFLUENCE_WEIGHT = eINSTANCE.getBuyingRole_InfluenceWeight();

		/**
		 * The meta object literal for the '<em><b>Motivation Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__MOTIVATION_LEVEL = eINSTANCE.getBuyingRole_MotivationLevel();

		/**
		 * The meta object literal for the '<em><b>Motives</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__MOTIVES = eINSTANCE.getBuyingRole_Motives();

		/**
		 * The meta object literal for the '<em><b>Evaluation Perspective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUYING_ROLE__EVALUATION_PERSPECTIVE = eINSTANCE.getBuyingRole_EvaluationPerspective();

		/**
		 * The meta object literal for the '<em><b>Influences</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUYING_ROLE__INFLUENCES = eINSTANCE.getBuyingRole_Influences();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUYING_ROLE__PERSONA = eINSTANCE.getBuyingRole_Persona();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.VariableImpl <em>Variable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.VariableImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getVariable()
		 * @generated
		 */
		EClass VARIABLE = eINSTANCE.getVariable();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__KIND = eINSTANCE.getVariable_Kind();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__COLUMN = eINSTANCE.getVariable_Column();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__QUESTION = eINSTANCE.getVariable_Question();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIABLE__UNIT = eINSTANCE.getVariable_Unit();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__LEVELS = eINSTANCE.getVariable_Levels();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIABLE__DATA_SOURCE = eINSTANCE.getVariable_DataSource();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.LevelImpl <em>Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.LevelImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLevel()
		 * @generated
		 */
		EClass LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__CODE = eINSTANCE.getLevel_Code();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__LABEL = eINSTANCE.getLevel_Label();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.DataSourceImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__KIND = eINSTANCE.getDataSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__LOCATION = eINSTANCE.getDataSource_Location();

		/**
		 * The meta object literal for the '<em><b>Collected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__COLLECTED = eINSTANCE.getDataSource_Collected();

		/**
		 * The meta object literal for the '<em><b>Respondents</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__RESPONDENTS = eINSTANCE.getDataSource_Respondents();

		/**
		 * The meta object literal for the '<em><b>Weight Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__WEIGHT_VARIABLE = eINSTANCE.getDataSource_WeightVariable();

		/**
		 * The meta object literal for the '<em><b>Id Variable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ID_VARIABLE = eINSTANCE.getDataSource_IdVariable();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.InsightImpl <em>Insight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.InsightImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getInsight()
		 * @generated
		 */
		EClass INSIGHT = eINSTANCE.getInsight();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSIGHT__TEXT = eINSTANCE.getInsight_Text();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSIGHT__DATE = eINSTANCE.getInsight_Date();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSIGHT__SOURCE = eINSTANCE.getInsight_Source();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSIGHT__EVIDENCE = eINSTANCE.getInsight_Evidence();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSIGHT__CONCERNS = eINSTANCE.getInsight_Concerns();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.ChannelImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__KIND = eINSTANCE.getChannel_Kind();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.impl.JourneyStageImpl
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getJourneyStage()
		 * @generated
		 */
		EClass JOURNEY_STAGE = eINSTANCE.getJourneyStage();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.Perspective <em>Perspective</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.Perspective
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getPerspective()
		 * @generated
		 */
		EEnum PERSPECTIVE = eINSTANCE.getPerspective();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.VariableKind <em>Variable Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.VariableKind
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getVariableKind()
		 * @generated
		 */
		EEnum VARIABLE_KIND = eINSTANCE.getVariableKind();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.DataSourceKind <em>Data Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.DataSourceKind
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getDataSourceKind()
		 * @generated
		 */
		EEnum DATA_SOURCE_KIND = eINSTANCE.getDataSourceKind();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.BuyingRoleKind <em>Buying Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.BuyingRoleKind
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getBuyingRoleKind()
		 * @generated
		 */
		EEnum BUYING_ROLE_KIND = eINSTANCE.getBuyingRoleKind();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.MotivationLevel <em>Motivation Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.MotivationLevel
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getMotivationLevel()
		 * @generated
		 */
		EEnum MOTIVATION_LEVEL = eINSTANCE.getMotivationLevel();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.EvaluationPerspective <em>Evaluation Perspective</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.EvaluationPerspective
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getEvaluationPerspective()
		 * @generated
		 */
		EEnum EVALUATION_PERSPECTIVE = eINSTANCE.getEvaluationPerspective();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.RuleOperator <em>Rule Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.RuleOperator
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getRuleOperator()
		 * @generated
		 */
		EEnum RULE_OPERATOR = eINSTANCE.getRuleOperator();

		/**
		 * The meta object literal for the '{@link org.segmenta.model.ChannelKind <em>Channel Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.segmenta.model.ChannelKind
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getChannelKind()
		 * @generated
		 */
		EEnum CHANNEL_KIND = eINSTANCE.getChannelKind();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.segmenta.model.impl.SegmentaPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //SegmentaPackage
