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
 * A representation of the literals of the enumeration '<em><b>Buying Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The part a participant plays in a B2B buying centre.
 * <!-- end-model-doc -->
 * @see org.segmenta.model.SegmentaPackage#getBuyingRoleKind()
 * @model
 * @generated
 */
public enum BuyingRoleKind implements Enumerator {
	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has the final say over the purchase.
	 * <!-- end-model-doc -->
	 * @see #DECISION_MAKER_VALUE
	 * @generated
	 * @ordered
	 */
	DECISION_MAKER(0, "DECISION_MAKER", "DECISION_MAKER"),

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shapes the decision without making it.
	 * <!-- end-model-doc -->
	 * @see #INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	INFLUENCER(1, "INFLUENCER", "INFLUENCER"),

	/**
	 * The '<em><b>EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluates technical or professional fit.
	 * <!-- end-model-doc -->
	 * @see #EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT(2, "EXPERT", "EXPERT"),

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls the flow of information and access to the others.
	 * <!-- end-model-doc -->
	 * @see #GATEKEEPER_VALUE
	 * @generated
	 * @ordered
	 */
	GATEKEEPER(3, "GATEKEEPER", "GATEKEEPER"),

	/**
	 * The '<em><b>USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Will use the product or service day to day.
	 * <!-- end-model-doc -->
	 * @see #USER_VALUE
	 * @generated
	 * @ordered
	 */
	USER(4, "USER", "USER"),

	/**
	 * The '<em><b>BUYER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles the procurement and the contract.
	 * <!-- end-model-doc -->
	 * @see #BUYER_VALUE
	 * @generated
	 * @ordered
	 */
	BUYER(5, "BUYER", "BUYER"),

	/**
	 * The '<em><b>INITIATOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recognises the need and starts the purchase.
	 * <!-- end-model-doc -->
	 * @see #INITIATOR_VALUE
	 * @generated
	 * @ordered
	 */
	INITIATOR(6, "INITIATOR", "INITIATOR");

	/**
	 * The '<em><b>DECISION MAKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Has the final say over the purchase.
	 * <!-- end-model-doc -->
	 * @see #DECISION_MAKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DECISION_MAKER_VALUE = 0;

	/**
	 * The '<em><b>INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shapes the decision without making it.
	 * <!-- end-model-doc -->
	 * @see #INFLUENCER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFLUENCER_VALUE = 1;

	/**
	 * The '<em><b>EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evaluates technical or professional fit.
	 * <!-- end-model-doc -->
	 * @see #EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_VALUE = 2;

	/**
	 * The '<em><b>GATEKEEPER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Controls the flow of information and access to the others.
	 * <!-- end-model-doc -->
	 * @see #GATEKEEPER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GATEKEEPER_VALUE = 3;

	/**
	 * The '<em><b>USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Will use the product or service day to day.
	 * <!-- end-model-doc -->
	 * @see #USER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USER_VALUE = 4;

	/**
	 * The '<em><b>BUYER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handles the procurement and the contract.
	 * <!-- end-model-doc -->
	 * @see #BUYER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUYER_VALUE = 5;

	/**
	 * The '<em><b>INITIATOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recognises the need and starts the purchase.
	 * <!-- end-model-doc -->
	 * @see #INITIATOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIATOR_VALUE = 6;

	/**
	 * An array of all the '<em><b>Buying Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BuyingRoleKind[] VALUES_ARRAY =
		new BuyingRoleKind[] {
			DECISION_MAKER,
			INFLUENCER,
			EXPERT,
			GATEKEEPER,
			USER,
			BUYER,
			INITIATOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Buying Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BuyingRoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Buying Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRoleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRoleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BuyingRoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Buying Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BuyingRoleKind get(int value) {
		switch (value) {
			case DECISION_MAKER_VALUE: return DECISION_MAKER;
			case INFLUENCER_VALUE: return INFLUENCER;
			case EXPERT_VALUE: return EXPERT;
			case GATEKEEPER_VALUE: return GATEKEEPER;
			case USER_VALUE: return USER;
			case BUYER_VALUE: return BUYER;
			case INITIATOR_VALUE: return INITIATOR;
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
	private BuyingRoleKind(int value, String name, String literal) {
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
	
} //BuyingRoleKind
