/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Job-to-be-Done: the progress a person wants to make, for which she 'hires' a product or service.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Job#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.segmenta.model.Job#getOpportunityScore <em>Opportunity Score</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getJob()
 * @model
 * @generated
 */
public interface Job extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The job statement: 'When ..., I want to ..., so I can ...'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.segmenta.model.SegmentaPackage#getJob_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Job#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Motivations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The motivations behind the job.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motivations</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getJob_Motivations()
	 * @model
	 * @generated
	 */
	EList<String> getMotivations();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.segmenta.model.Need}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The needs that shape which solution gets hired.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.segmenta.model.SegmentaPackage#getJob_Needs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Need> getNeeds();

	/**
	 * Returns the value of the '<em><b>Barriers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What stops people from hiring the solution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Barriers</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getJob_Barriers()
	 * @model
	 * @generated
	 */
	EList<String> getBarriers();

	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How important the job is, on a 0-10 scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(double)
	 * @see org.segmenta.model.SegmentaPackage#getJob_Importance()
	 * @model
	 * @generated
	 */
	double getImportance();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Job#getImportance <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importance</em>' attribute.
	 * @see #getImportance()
	 * @generated
	 */
	void setImportance(double value);

	/**
	 * Returns the value of the '<em><b>Satisfaction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How well the job is served today, on a 0-10 scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #setSatisfaction(double)
	 * @see org.segmenta.model.SegmentaPackage#getJob_Satisfaction()
	 * @model
	 * @generated
	 */
	double getSatisfaction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Job#getSatisfaction <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfaction</em>' attribute.
	 * @see #getSatisfaction()
	 * @generated
	 */
	void setSatisfaction(double value);

	/**
	 * Returns the value of the '<em><b>Opportunity Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opportunity score of the job (Ulwick): importance + max(importance - satisfaction, 0). Above 10 marks an underserved job; an over-served one scores its importance. NaN (no score) when importance or satisfaction is not given, i.e. 0 or below: the model cannot tell a rating of 0 from a missing one. Computed by OpportunityScore, which the analysis uses for survey means too. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity Score</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getJob_OpportunityScore()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	double getOpportunityScore();

} // Job
