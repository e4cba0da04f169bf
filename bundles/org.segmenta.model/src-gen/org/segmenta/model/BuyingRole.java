/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buying Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A participant in a buying centre, modelled by motives rather than as one 'typical buyer'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.BuyingRole#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getTitle <em>Title</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getInfluenceWeight <em>Influence Weight</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getMotivationLevel <em>Motivation Level</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getMotives <em>Motives</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getEvaluationPerspective <em>Evaluation Perspective</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getInfluences <em>Influences</em>}</li>
 *   <li>{@link org.segmenta.model.BuyingRole#getPersona <em>Persona</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getBuyingRole()
 * @model
 * @generated
 */
public interface BuyingRole extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.BuyingRoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The part the participant plays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.BuyingRoleKind
	 * @see #setKind(BuyingRoleKind)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_Kind()
	 * @model
	 * @generated
	 */
	BuyingRoleKind getKind();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.segmenta.model.BuyingRoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BuyingRoleKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant's job title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Influence Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participant's weight in the decision, from 0 to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Influence Weight</em>' attribute.
	 * @see #setInfluenceWeight(double)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_InfluenceWeight()
	 * @model
	 * @generated
	 */
	double getInfluenceWeight();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getInfluenceWeight <em>Influence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Influence Weight</em>' attribute.
	 * @see #getInfluenceWeight()
	 * @generated
	 */
	void setInfluenceWeight(double value);

	/**
	 * Returns the value of the '<em><b>Motivation Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.MotivationLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How motivated the participant is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motivation Level</em>' attribute.
	 * @see org.segmenta.model.MotivationLevel
	 * @see #setMotivationLevel(MotivationLevel)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_MotivationLevel()
	 * @model
	 * @generated
	 */
	MotivationLevel getMotivationLevel();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getMotivationLevel <em>Motivation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Motivation Level</em>' attribute.
	 * @see org.segmenta.model.MotivationLevel
	 * @see #getMotivationLevel()
	 * @generated
	 */
	void setMotivationLevel(MotivationLevel value);

	/**
	 * Returns the value of the '<em><b>Motives</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the participant wants from the purchase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motives</em>' attribute list.
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_Motives()
	 * @model
	 * @generated
	 */
	EList<String> getMotives();

	/**
	 * Returns the value of the '<em><b>Evaluation Perspective</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segmenta.model.EvaluationPerspective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perspective from which the participant evaluates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evaluation Perspective</em>' attribute.
	 * @see org.segmenta.model.EvaluationPerspective
	 * @see #setEvaluationPerspective(EvaluationPerspective)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_EvaluationPerspective()
	 * @model
	 * @generated
	 */
	EvaluationPerspective getEvaluationPerspective();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getEvaluationPerspective <em>Evaluation Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluation Perspective</em>' attribute.
	 * @see org.segmenta.model.EvaluationPerspective
	 * @see #getEvaluationPerspective()
	 * @generated
	 */
	void setEvaluationPerspective(EvaluationPerspective value);

	/**
	 * Returns the value of the '<em><b>Influences</b></em>' reference list.
	 * The list contents are of type {@link org.segmenta.model.BuyingRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other participants this one influences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Influences</em>' reference list.
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_Influences()
	 * @model
	 * @generated
	 */
	EList<BuyingRole> getInfluences();

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A persona that describes the participant, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.segmenta.model.SegmentaPackage#getBuyingRole_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.segmenta.model.BuyingRole#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

} // BuyingRole
