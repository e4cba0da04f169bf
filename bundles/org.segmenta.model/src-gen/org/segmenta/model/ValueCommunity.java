/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Community</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value community: people held together by shared values, named with a first-person-plural statement ('Those of us who ...'). People can belong to several communities, and communities can be nested.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ValueCommunity#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getSubCommunities <em>Sub Communities</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getMemberCount <em>Member Count</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getShare <em>Share</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getWeightedBy <em>Weighted By</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getWeightedTotal <em>Weighted Total</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getUnweightedBase <em>Unweighted Base</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#isWeighted <em>Weighted</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getOverlaps <em>Overlaps</em>}</li>
 *   <li>{@link org.segmenta.model.ValueCommunity#getSupport <em>Support</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getValueCommunity()
 * @model
 * @generated
 */
public interface ValueCommunity extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The community's statement, beginning with the configured phrase, e.g. 'Those of us who are driven by professional curiosity' or 'Os, der ...'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Value}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values the community shares.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Values()
	 * @model
	 * @generated
	 */
	EList<Value> getValues();

	/**
	 * Returns the value of the '<em><b>Sub Communities</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ValueCommunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Narrower communities within this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Communities</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_SubCommunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValueCommunity> getSubCommunities();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segments whose people belong to the community.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Persona}.
	 * It is bidirectional and its opposite is '{@link org.segmenta.model.Persona#getValueCommunities <em>Value Communities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas that belong to the community (the inverse of Persona.valueCommunities).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Personas()
	 * @see org.segmenta.model.Persona#getValueCommunities
	 * @model opposite="valueCommunities" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Member Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many people in the data belong to the community.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Count</em>' attribute.
	 * @see #setMemberCount(int)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_MemberCount()
	 * @model
	 * @generated
	 */
	int getMemberCount();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getMemberCount <em>Member Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Count</em>' attribute.
	 * @see #getMemberCount()
	 * @generated
	 */
	void setMemberCount(int value);

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The community's share of the audience, from 0 to 1: written by the memberships command as its members over the people of the data, or, when it is weighted, its weighted members over weightedTotal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(double)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Share()
	 * @model
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Returns the value of the '<em><b>Weighted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data column whose case weights the community's share was weighted by when the memberships command computed it; none when the share is unweighted. It records the run, as a segmentation's weightedBy does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted By</em>' attribute.
	 * @see #setWeightedBy(String)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_WeightedBy()
	 * @model
	 * @generated
	 */
	String getWeightedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getWeightedBy <em>Weighted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weighted By</em>' attribute.
	 * @see #getWeightedBy()
	 * @generated
	 */
	void setWeightedBy(String value);

	/**
	 * Returns the value of the '<em><b>Weighted Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weighted base of a weighted share: the sum of the case weights of the people of the data. 0 when the share is unweighted or its base is not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted Total</em>' attribute.
	 * @see #setWeightedTotal(double)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_WeightedTotal()
	 * @model
	 * @generated
	 */
	double getWeightedTotal();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getWeightedTotal <em>Weighted Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weighted Total</em>' attribute.
	 * @see #getWeightedTotal()
	 * @generated
	 */
	void setWeightedTotal(double value);

	/**
	 * Returns the value of the '<em><b>Unweighted Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unweighted base n beside a weighted share's weightedTotal: the number of people of the data. Recorded with a weighted share; 0 otherwise, as models written before kept no base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unweighted Base</em>' attribute.
	 * @see #setUnweightedBase(int)
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_UnweightedBase()
	 * @model
	 * @generated
	 */
	int getUnweightedBase();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ValueCommunity#getUnweightedBase <em>Unweighted Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unweighted Base</em>' attribute.
	 * @see #getUnweightedBase()
	 * @generated
	 */
	void setUnweightedBase(int value);

	/**
	 * Returns the value of the '<em><b>Weighted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the community records a weighted base: a weightedBy column and a weightedTotal above 0. Its share is then a weighted share of weightedTotal, and memberCount still counts people. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Weighted()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isWeighted();

	/**
	 * Returns the value of the '<em><b>Overlaps</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.CommunityOverlap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the community's members overlap with other communities' members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overlaps</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Overlaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<CommunityOverlap> getOverlaps();

	/**
	 * Returns the value of the '<em><b>Support</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the organisation can support the community: offers, activities, content. The useful communities are those the organisation can support.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Support</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getValueCommunity_Support()
	 * @model
	 * @generated
	 */
	EList<String> getSupport();

} // ValueCommunity
