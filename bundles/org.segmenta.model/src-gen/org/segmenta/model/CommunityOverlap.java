/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Community Overlap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The members a value community shares with another community.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.CommunityOverlap#getOther <em>Other</em>}</li>
 *   <li>{@link org.segmenta.model.CommunityOverlap#getSharedMembers <em>Shared Members</em>}</li>
 *   <li>{@link org.segmenta.model.CommunityOverlap#getJaccard <em>Jaccard</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getCommunityOverlap()
 * @model
 * @generated
 */
public interface CommunityOverlap extends EObject {
	/**
	 * Returns the value of the '<em><b>Other</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other community.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other</em>' reference.
	 * @see #setOther(ValueCommunity)
	 * @see org.segmenta.model.SegmentaPackage#getCommunityOverlap_Other()
	 * @model
	 * @generated
	 */
	ValueCommunity getOther();

	/**
	 * Sets the value of the '{@link org.segmenta.model.CommunityOverlap#getOther <em>Other</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other</em>' reference.
	 * @see #getOther()
	 * @generated
	 */
	void setOther(ValueCommunity value);

	/**
	 * Returns the value of the '<em><b>Shared Members</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of people in both communities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared Members</em>' attribute.
	 * @see #setSharedMembers(int)
	 * @see org.segmenta.model.SegmentaPackage#getCommunityOverlap_SharedMembers()
	 * @model
	 * @generated
	 */
	int getSharedMembers();

	/**
	 * Sets the value of the '{@link org.segmenta.model.CommunityOverlap#getSharedMembers <em>Shared Members</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared Members</em>' attribute.
	 * @see #getSharedMembers()
	 * @generated
	 */
	void setSharedMembers(int value);

	/**
	 * Returns the value of the '<em><b>Jaccard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Jaccard index of the two memberships: shared members / members of either.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jaccard</em>' attribute.
	 * @see #setJaccard(double)
	 * @see org.segmenta.model.SegmentaPackage#getCommunityOverlap_Jaccard()
	 * @model
	 * @generated
	 */
	double getJaccard();

	/**
	 * Sets the value of the '{@link org.segmenta.model.CommunityOverlap#getJaccard <em>Jaccard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jaccard</em>' attribute.
	 * @see #getJaccard()
	 * @generated
	 */
	void setJaccard(double value);

} // CommunityOverlap
