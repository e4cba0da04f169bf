/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segmentation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One way of dividing the audience into segments, built from one primary perspective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Segmentation#getPerspective <em>Perspective</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getBasisVariables <em>Basis Variables</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getTargetBehaviour <em>Target Behaviour</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getTargetBehaviourDescription <em>Target Behaviour Description</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getMinSegmentCount <em>Min Segment Count</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getMaxSegmentCount <em>Max Segment Count</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getMinSizeShare <em>Min Size Share</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getMethod <em>Method</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getAssignmentsLocation <em>Assignments Location</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getWeightedBy <em>Weighted By</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getWeightedTotal <em>Weighted Total</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getUnweightedBase <em>Unweighted Base</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#isWeighted <em>Weighted</em>}</li>
 *   <li>{@link org.segmenta.model.Segmentation#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getSegmentation()
 * @model
 * @generated
 */
public interface Segmentation extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Perspective</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.Perspective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perspective the segmentation is built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perspective</em>' attribute.
	 * @see org.segmenta.model.Perspective
	 * @see #setPerspective(Perspective)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_Perspective()
	 * @model
	 * @generated
	 */
	Perspective getPerspective();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getPerspective <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perspective</em>' attribute.
	 * @see org.segmenta.model.Perspective
	 * @see #getPerspective()
	 * @generated
	 */
	void setPerspective(Perspective value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the project's primary segmentation. A project with several segmentations marks exactly one as primary.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Basis Variables</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.Variable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variables the segments are formed on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Basis Variables</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_BasisVariables()
	 * @model
	 * @generated
	 */
	EList<Variable> getBasisVariables();

	/**
	 * Returns the value of the '<em><b>Target Behaviour</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The behaviour the segmentation must explain; relevance is judged by the segments' association with it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Behaviour</em>' reference.
	 * @see #setTargetBehaviour(Variable)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_TargetBehaviour()
	 * @model
	 * @generated
	 */
	Variable getTargetBehaviour();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getTargetBehaviour <em>Target Behaviour</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Behaviour</em>' reference.
	 * @see #getTargetBehaviour()
	 * @generated
	 */
	void setTargetBehaviour(Variable value);

	/**
	 * Returns the value of the '<em><b>Target Behaviour Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target behaviour in words, e.g. 'renews membership'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Behaviour Description</em>' attribute.
	 * @see #setTargetBehaviourDescription(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_TargetBehaviourDescription()
	 * @model
	 * @generated
	 */
	String getTargetBehaviourDescription();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getTargetBehaviourDescription <em>Target Behaviour Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Behaviour Description</em>' attribute.
	 * @see #getTargetBehaviourDescription()
	 * @generated
	 */
	void setTargetBehaviourDescription(String value);

	/**
	 * Returns the value of the '<em><b>Min Segment Count</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fewest segments that still differ enough to be worth working with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Segment Count</em>' attribute.
	 * @see #setMinSegmentCount(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_MinSegmentCount()
	 * @model default="3"
	 * @generated
	 */
	int getMinSegmentCount();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getMinSegmentCount <em>Min Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Segment Count</em>' attribute.
	 * @see #getMinSegmentCount()
	 * @generated
	 */
	void setMinSegmentCount(int value);

	/**
	 * Returns the value of the '<em><b>Max Segment Count</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most segments the organisation can work with separately.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Segment Count</em>' attribute.
	 * @see #setMaxSegmentCount(int)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_MaxSegmentCount()
	 * @model default="8"
	 * @generated
	 */
	int getMaxSegmentCount();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getMaxSegmentCount <em>Max Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Segment Count</em>' attribute.
	 * @see #getMaxSegmentCount()
	 * @generated
	 */
	void setMaxSegmentCount(int value);

	/**
	 * Returns the value of the '<em><b>Min Size Share</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smallest share of the audience (0-1) a segment must hold to be worth working with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Size Share</em>' attribute.
	 * @see #setMinSizeShare(double)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_MinSizeShare()
	 * @model default="0.05"
	 * @generated
	 */
	double getMinSizeShare();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getMinSizeShare <em>Min Size Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Size Share</em>' attribute.
	 * @see #getMinSizeShare()
	 * @generated
	 */
	void setMinSizeShare(double value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data the segmentation was computed from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the segments were found, e.g. 'k-means, k=6, standardised'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Assignments Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CSV file, relative to the model file, that assigns each respondent or customer to a segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assignments Location</em>' attribute.
	 * @see #setAssignmentsLocation(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_AssignmentsLocation()
	 * @model
	 * @generated
	 */
	String getAssignmentsLocation();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getAssignmentsLocation <em>Assignments Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignments Location</em>' attribute.
	 * @see #getAssignmentsLocation()
	 * @generated
	 */
	void setAssignmentsLocation(String value);

	/**
	 * Returns the value of the '<em><b>Weighted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data column whose case weights the segments' shares and profiles were weighted by when they were computed (by the cluster command or the workbench's Data and Analysis page); none when they are unweighted. It records the run: the data source's weightVariable says what later analyses apply, and a run may have used another (--weight, or the weight an SPSS file declares).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted By</em>' attribute.
	 * @see #setWeightedBy(String)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_WeightedBy()
	 * @model
	 * @generated
	 */
	String getWeightedBy();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getWeightedBy <em>Weighted By</em>}' attribute.
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
	 * The weighted base: the sum of the case weights of the people in the segments, which the segments' weighted shares are of. 0 when the segmentation is unweighted or its base is not known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted Total</em>' attribute.
	 * @see #setWeightedTotal(double)
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_WeightedTotal()
	 * @model
	 * @generated
	 */
	double getWeightedTotal();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Segmentation#getWeightedTotal <em>Weighted Total</em>}' attribute.
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
	 * The unweighted base n: the number of people in the segments, the total size of the top-level segments (the people the cluster command assigned). 0 when the segments give no sizes. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unweighted Base</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_UnweightedBase()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getUnweightedBase();

	/**
	 * Returns the value of the '<em><b>Weighted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the segmentation records a weighted base: a weightedBy column and a weightedTotal above 0. Its segments' shares are then weighted shares of weightedTotal, and their sizes still count people. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weighted</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_Weighted()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isWeighted();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The top-level segments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getSegmentation_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

} // Segmentation
