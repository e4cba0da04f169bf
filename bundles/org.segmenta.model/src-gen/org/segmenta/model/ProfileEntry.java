/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line of a segment's profile: the segment's share or mean on a variable (or one of its levels) beside the total's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.ProfileEntry#getVariable <em>Variable</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileEntry#getLevel <em>Level</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileEntry#getSegmentValue <em>Segment Value</em>}</li>
 *   <li>{@link org.segmenta.model.ProfileEntry#getTotalValue <em>Total Value</em>}</li>
 * </ul>
 *
 * @see org.segmenta.model.SegmentaPackage#getProfileEntry()
 * @model
 * @generated
 */
public interface ProfileEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Variable</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The profiled variable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable</em>' reference.
	 * @see #setVariable(Variable)
	 * @see org.segmenta.model.SegmentaPackage#getProfileEntry_Variable()
	 * @model
	 * @generated
	 */
	Variable getVariable();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileEntry#getVariable <em>Variable</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable</em>' reference.
	 * @see #getVariable()
	 * @generated
	 */
	void setVariable(Variable value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The level of a categorical variable; empty for a numeric variable's mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(String)
	 * @see org.segmenta.model.SegmentaPackage#getProfileEntry_Level()
	 * @model
	 * @generated
	 */
	String getLevel();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileEntry#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(String value);

	/**
	 * Returns the value of the '<em><b>Segment Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share (0-1) or mean in the segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment Value</em>' attribute.
	 * @see #setSegmentValue(double)
	 * @see org.segmenta.model.SegmentaPackage#getProfileEntry_SegmentValue()
	 * @model
	 * @generated
	 */
	double getSegmentValue();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileEntry#getSegmentValue <em>Segment Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment Value</em>' attribute.
	 * @see #getSegmentValue()
	 * @generated
	 */
	void setSegmentValue(double value);

	/**
	 * Returns the value of the '<em><b>Total Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share (0-1) or mean in the whole audience.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Value</em>' attribute.
	 * @see #setTotalValue(double)
	 * @see org.segmenta.model.SegmentaPackage#getProfileEntry_TotalValue()
	 * @model
	 * @generated
	 */
	double getTotalValue();

	/**
	 * Sets the value of the '{@link org.segmenta.model.ProfileEntry#getTotalValue <em>Total Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Value</em>' attribute.
	 * @see #getTotalValue()
	 * @generated
	 */
	void setTotalValue(double value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The index: segment value / total value x 100; 100 means no difference from the total. NaN when the total is 0.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double index();

} // ProfileEntry
