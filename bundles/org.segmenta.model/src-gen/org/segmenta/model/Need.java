/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Need</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A need that shapes the decision when a job is to be done.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.Need#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.segmenta.model.Need#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.segmenta.model.Need#getOpportunityScore <em>Opportunity Score</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getNeed()
 * @model
 * @generated
 */
public interface Need extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How important the need is, on a 0-10 scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(double)
	 * @see org.segmenta.model.SegmentaPackage#getNeed_Importance()
	 * @model
	 * @generated
	 */
	double getImportance();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Need#getImportance <em>Importance</em>}' attribute.
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
	 * How well the need is met today, on a 0-10 scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Satisfaction</em>' attribute.
	 * @see #setSatisfaction(double)
	 * @see org.segmenta.model.SegmentaPackage#getNeed_Satisfaction()
	 * @model
	 * @generated
	 */
	double getSatisfaction();

	/**
	 * Sets the value of the '{@link org.segmenta.model.Need#getSatisfaction <em>Satisfaction</em>}' attribute.
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
	 * The opportunity score of the need (Ulwick): importance + max(importance - satisfaction, 0). Above 10 marks an underserved need; an over-served one scores its importance. NaN (no score) when importance or satisfaction is not given, i.e. 0 or below: the model cannot tell a rating of 0 from a missing one. Computed by OpportunityScore, which the analysis uses for survey means too. Derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity Score</em>' attribute.
	 * @see org.segmenta.model.SegmentaPackage#getNeed_OpportunityScore()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	double getOpportunityScore();

} // Need
