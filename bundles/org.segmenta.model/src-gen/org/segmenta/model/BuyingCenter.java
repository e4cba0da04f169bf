/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buying Center</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The participants in one kind of long B2B purchase, whose roles carry different weight and motives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.BuyingCenter#getPurchase <em>Purchase</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingCenter#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getBuyingCenter()
 * @model
 * @generated
 */
public interface BuyingCenter extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Purchase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is being bought, e.g. 'a collective membership agreement for 200 employees'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchase</em>' attribute.
	 * @see #setPurchase(String)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingCenter_Purchase()
	 * @model
	 * @generated
	 */
	String getPurchase();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingCenter#getPurchase <em>Purchase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase</em>' attribute.
	 * @see #getPurchase()
	 * @generated
	 */
	void setPurchase(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.BuyingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants' roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getBuyingCenter_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<BuyingRole> getRoles();

} // BuyingCenter
