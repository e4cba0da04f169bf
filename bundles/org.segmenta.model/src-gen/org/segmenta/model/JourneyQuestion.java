/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Question</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question a persona asks at one stage of the journey.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.JourneyQuestion#getStage <em>Stage</em>}</li>
 *   <li>{@link org.segmenta.model.JourneyQuestion#getQuestion <em>Question</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getJourneyQuestion()
 * @model
 * @generated
 */
public interface JourneyQuestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journey stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' reference.
	 * @see #setStage(JourneyStage)
	 * @see org.segmenta.model.SegmentaPackage#getJourneyQuestion_Stage()
	 * @model
	 * @generated
	 */
	JourneyStage getStage();

	/**
	 * Sets the value of the '{@link org.segmenta.model.JourneyQuestion#getStage <em>Stage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' reference.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(JourneyStage value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The question, in the persona's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see org.segmenta.model.SegmentaPackage#getJourneyQuestion_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link org.segmenta.model.JourneyQuestion#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

} // JourneyQuestion
