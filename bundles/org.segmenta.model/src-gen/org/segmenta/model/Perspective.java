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
 * A representation of the literals of the enumeration '<em><b>Perspective</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The primary perspective from which a segmentation is built. It is chosen first and decides which basis variables make sense.
 * <!-- end-model-doc -->
 * @see org.segmenta.model.SegmentaPackage#getPerspective()
 * @model
 * @generated
 */
public enum Perspective implements Enumerator {
	/**
	 * The '<em><b>PRODUCT CATEGORY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which problem the product or service solves for people.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_CATEGORY_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT_CATEGORY(0, "PRODUCT_CATEGORY", "PRODUCT_CATEGORY"),

	/**
	 * The '<em><b>INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interest categories people engage with.
	 * <!-- end-model-doc -->
	 * @see #INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	INTEREST(1, "INTEREST", "INTEREST"),

	/**
	 * The '<em><b>RELATIONSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relationship to the brand or organisation: prospects, customers, loyal customers, ambassadors.
	 * <!-- end-model-doc -->
	 * @see #RELATIONSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	RELATIONSHIP(2, "RELATIONSHIP", "RELATIONSHIP"),

	/**
	 * The '<em><b>VALUES AND ATTITUDES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared values and attitudes; the basis of value communities.
	 * <!-- end-model-doc -->
	 * @see #VALUES_AND_ATTITUDES_VALUE
	 * @generated
	 * @ordered
	 */
	VALUES_AND_ATTITUDES(3, "VALUES_AND_ATTITUDES", "VALUES_AND_ATTITUDES"),

	/**
	 * The '<em><b>NEEDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Needs and Jobs-to-be-Done: what people hire a product to get done.
	 * <!-- end-model-doc -->
	 * @see #NEEDS_VALUE
	 * @generated
	 * @ordered
	 */
	NEEDS(4, "NEEDS", "NEEDS"),

	/**
	 * The '<em><b>BEHAVIOURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Observed behaviour: usage, purchases, engagement.
	 * <!-- end-model-doc -->
	 * @see #BEHAVIOURAL_VALUE
	 * @generated
	 * @ordered
	 */
	BEHAVIOURAL(5, "BEHAVIOURAL", "BEHAVIOURAL"),

	/**
	 * The '<em><b>DEMOGRAPHIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Age, gender, place and household. Weak as a basis; best kept as descriptive variables.
	 * <!-- end-model-doc -->
	 * @see #DEMOGRAPHIC_VALUE
	 * @generated
	 * @ordered
	 */
	DEMOGRAPHIC(6, "DEMOGRAPHIC", "DEMOGRAPHIC"),

	/**
	 * The '<em><b>BUYING ROLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role a person plays in a (B2B) buying centre.
	 * <!-- end-model-doc -->
	 * @see #BUYING_ROLE_VALUE
	 * @generated
	 * @ordered
	 */
	BUYING_ROLE(7, "BUYING_ROLE", "BUYING_ROLE");

	/**
	 * The '<em><b>PRODUCT CATEGORY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which problem the product or service solves for people.
	 * <!-- end-model-doc -->
	 * @see #PRODUCT_CATEGORY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_CATEGORY_VALUE = 0;

	/**
	 * The '<em><b>INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interest categories people engage with.
	 * <!-- end-model-doc -->
	 * @see #INTEREST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEREST_VALUE = 1;

	/**
	 * The '<em><b>RELATIONSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relationship to the brand or organisation: prospects, customers, loyal customers, ambassadors.
	 * <!-- end-model-doc -->
	 * @see #RELATIONSHIP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELATIONSHIP_VALUE = 2;

	/**
	 * The '<em><b>VALUES AND ATTITUDES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared values and attitudes; the basis of value communities.
	 * <!-- end-model-doc -->
	 * @see #VALUES_AND_ATTITUDES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALUES_AND_ATTITUDES_VALUE = 3;

	/**
	 * The '<em><b>NEEDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Needs and Jobs-to-be-Done: what people hire a product to get done.
	 * <!-- end-model-doc -->
	 * @see #NEEDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEEDS_VALUE = 4;

	/**
	 * The '<em><b>BEHAVIOURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Observed behaviour: usage, purchases, engagement.
	 * <!-- end-model-doc -->
	 * @see #BEHAVIOURAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEHAVIOURAL_VALUE = 5;

	/**
	 * The '<em><b>DEMOGRAPHIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Age, gender, place and household. Weak as a basis; best kept as descriptive variables.
	 * <!-- end-model-doc -->
	 * @see #DEMOGRAPHIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEMOGRAPHIC_VALUE = 6;

	/**
	 * The '<em><b>BUYING ROLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The role a person plays in a (B2B) buying centre.
	 * <!-- end-model-doc -->
	 * @see #BUYING_ROLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUYING_ROLE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Perspective</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Perspective[] VALUES_ARRAY =
		new Perspective[] {
			PRODUCT_CATEGORY,
			INTEREST,
			RELATIONSHIP,
			VALUES_AND_ATTITUDES,
			NEEDS,
			BEHAVIOURAL,
			DEMOGRAPHIC,
			BUYING_ROLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Perspective</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Perspective> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Perspective</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Perspective get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Perspective result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Perspective</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Perspective getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Perspective result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Perspective</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Perspective get(int value) {
		switch (value) {
			case PRODUCT_CATEGORY_VALUE: return PRODUCT_CATEGORY;
			case INTEREST_VALUE: return INTEREST;
			case RELATIONSHIP_VALUE: return RELATIONSHIP;
			case VALUES_AND_ATTITUDES_VALUE: return VALUES_AND_ATTITUDES;
			case NEEDS_VALUE: return NEEDS;
			case BEHAVIOURAL_VALUE: return BEHAVIOURAL;
			case DEMOGRAPHIC_VALUE: return DEMOGRAPHIC;
			case BUYING_ROLE_VALUE: return BUYING_ROLE;
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
	private Perspective(int value, String name, String literal) {
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
	
} //Perspective
