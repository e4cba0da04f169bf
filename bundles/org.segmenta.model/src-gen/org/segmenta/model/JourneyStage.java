/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of the customer or member journey, such as awareness, consideration, joining or renewal.
 * <!-- end-model-doc -->
 *
 *
 * @see org.segmenta.model.SegmentaPackage#getJourneyStage()
 * @model
 * @generated
 */
public interface JourneyStage extends NamedElement {
} // JourneyStage
