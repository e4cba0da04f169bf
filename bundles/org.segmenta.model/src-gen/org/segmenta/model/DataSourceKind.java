/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where insight and data come from. Insight is collected continuously from many sources, not from one yearly survey.
 * <!-- end-model-doc -->
 * @see org.segmenta.model.SegmentaPackage#getDataSourceKind()
 * @model
 * @generated
 */
public enum DataSourceKind implements Enumerator {
	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A questionnaire answered by a sample of the audience.
	 * <!-- end-model-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(0, "SURVEY", "SURVEY"),

	/**
	 * The '<em><b>CRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer or member records from the CRM system.
	 * <!-- end-model-doc -->
	 * @see #CRM_VALUE
	 * @generated
	 * @ordered
	 */
	CRM(1, "CRM", "CRM"),

	/**
	 * The '<em><b>WEB ANALYTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Behaviour on the organisation's web sites and apps.
	 * <!-- end-model-doc -->
	 * @see #WEB_ANALYTICS_VALUE
	 * @generated
	 * @ordered
	 */
	WEB_ANALYTICS(2, "WEB_ANALYTICS", "WEB_ANALYTICS"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comments, reactions and conversations on social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(3, "SOCIAL_MEDIA", "SOCIAL_MEDIA"),

	/**
	 * The '<em><b>MEMBER SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Questions and complaints received by member or customer service.
	 * <!-- end-model-doc -->
	 * @see #MEMBER_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBER_SERVICE(4, "MEMBER_SERVICE", "MEMBER_SERVICE"),

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualitative interviews and workshops.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(5, "INTERVIEW", "INTERVIEW");

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A questionnaire answered by a sample of the audience.
	 * <!-- end-model-doc -->
	 * @see #SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 0;

	/**
	 * The '<em><b>CRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Customer or member records from the CRM system.
	 * <!-- end-model-doc -->
	 * @see #CRM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRM_VALUE = 1;

	/**
	 * The '<em><b>WEB ANALYTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Behaviour on the organisation's web sites and apps.
	 * <!-- end-model-doc -->
	 * @see #WEB_ANALYTICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEB_ANALYTICS_VALUE = 2;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comments, reactions and conversations on social media.
	 * <!-- end-model-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 3;

	/**
	 * The '<em><b>MEMBER SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Questions and complaints received by member or customer service.
	 * <!-- end-model-doc -->
	 * @see #MEMBER_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMBER_SERVICE_VALUE = 4;

	/**
	 * The '<em><b>INTERVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualitative interviews and workshops.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 5;

	/**
	 * An array of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataSourceKind[] VALUES_ARRAY =
		new DataSourceKind[] {
			SURVEY,
			CRM,
			WEB_ANALYTICS,
			SOCIAL_MEDIA,
			MEMBER_SERVICE,
			INTERVIEW,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataSourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceKind get(int value) {
		switch (value) {
			case SURVEY_VALUE: return SURVEY;
			case CRM_VALUE: return CRM;
			case WEB_ANALYTICS_VALUE: return WEB_ANALYTICS;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case MEMBER_SERVICE_VALUE: return MEMBER_SERVICE;
			case INTERVIEW_VALUE: return INTERVIEW;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DataSourceKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DataSourceKind
