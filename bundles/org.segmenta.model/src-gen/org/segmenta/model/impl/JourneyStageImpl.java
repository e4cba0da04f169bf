/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.segmenta.model.JourneyStage;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class JourneyStageImpl extends NamedElementImpl implements JourneyStage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyStageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.JOURNEY_STAGE;
	}

} //JourneyStageImpl
