/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value people hold, such as 'work-life balance' or 'professional curiosity'.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segmenta.model.SegmentaPackage#getValue()
 * @model
 * @generated
 */
public interface Value extends NamedElement {
} // Value
