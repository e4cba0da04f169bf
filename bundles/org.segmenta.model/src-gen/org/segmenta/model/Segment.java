/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people who are alike in the segmentation's basis and differ from the other segments.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Segment#getSubSegments <em>Sub Segments</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getSize <em>Size</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getShare <em>Share</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getAudienceShare <em>Audience Share</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getSegmentation <em>Segmentation</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getPotential <em>Potential</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getColour <em>Colour</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getRules <em>Rules</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getValues <em>Values</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getJobs <em>Jobs</em>}</li>
 *   <li>{@link org.segmenta.model.Segment#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegment()
 * @model
 * @generated
 */
public interface Segment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Sub Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sub-segments that divide this segment further.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Segments</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_SubSegments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSubSegments();

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment in the first person plural, e.g. 'Those of us who want a work-life balance'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segment#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of people in the segment, in the data or the population; unweighted, also in a weighted segmentation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segment#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment's share of the audience (0-1) as given: written by the cluster command (its size over the people assigned, or, when its segmentation is weighted, its weighted count over the segmentation's weightedTotal) or by hand; 0 when not given. Outputs show audienceShare, which falls back on the sizes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Share</em>' attribute.
	 * @see #setShare(double)
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Share()
	 * @model
	 * @generated
	 */
	double getShare();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segment#getShare <em>Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Share</em>' attribute.
	 * @see #getShare()
	 * @generated
	 */
	void setShare(double value);

	/**
	 * Returns the value of the '<em><b>Audience Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment's share of the whole audience, from 0 to 1, as the reports, the info command, the diagrams and the size rule show it: the given share, or else the segment's size over the total size of its segmentation's top-level segments. The denominator is the whole audience for a sub-segment too, not its parent, so that shares at every depth compare with the segmentation's minimum share. 0 when neither a share nor sizes are given. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audience Share</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_AudienceShare()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	double getAudienceShare();

	/**
	 * Returns the value of the '<em><b>Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segmentation the segment belongs to, directly or through the segments above it; null for a segment outside a segmentation. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segmentation</em>' reference.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Segmentation()
	 * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	Segmentation getSegmentation();

	/**
	 * Returns the value of the '<em><b>Potential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The attractiveness of the segment on a 0-10 scale: unmet needs, value and reachability.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Potential</em>' attribute.
	 * @see #setPotential(double)
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Potential()
	 * @model
	 * @generated
	 */
	double getPotential();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segment#getPotential <em>Potential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Potential</em>' attribute.
	 * @see #getPotential()
	 * @generated
	 */
	void setPotential(double value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour used for the segment in charts and diagrams, as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segment#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.MembershipRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rules that select the segment's members in technical systems; all must hold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<MembershipRule> getRules();

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.ProfileEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the segment differs from the total on each variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profile</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Profile()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProfileEntry> getProfile();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Value}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values that characterise the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Values()
	 * @model
	 * @generated
	 */
	EList<Value> getValues();

	/**
	 * Returns the value of the '<em><b>Jobs</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Job}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Jobs-to-be-Done that matter most to the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jobs</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Jobs()
	 * @model
	 * @generated
	 */
	EList<Job> getJobs();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Persona}.
	 * It is bidirectional and its opposite is '{@link org.segmenta.model.Persona#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The personas that describe the segment as real people (the inverse of Persona.segments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegment_Personas()
	 * @see org.segmenta.model.Persona#getSegments
	 * @model opposite="segments" resolveProxies="false" transient="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

} // Segment
