/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.segmenta.model.BuyingRole;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.EvaluationPerspective;
import org.segmenta.model.MotivationLevel;
import org.segmenta.model.Persona;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Buying Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getInfluenceWeight <em>Influence Weight</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getMotivationLevel <em>Motivation Level</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getMotives <em>Motives</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getEvaluationPerspective <em>Evaluation Perspective</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getInfluences <em>Influences</em>}</li>
 *   <li>{@link org.segmenta.model.impl.BuyingRoleImpl#getPersona <em>Persona</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BuyingRoleImpl extends NamedElementImpl implements BuyingRole {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BuyingRoleKind KIND_EDEFAULT = BuyingRoleKind.DECISION_MAKER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BuyingRoleKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInfluenceWeight() <em>Influence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluenceWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double INFLUENCE_WEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInfluenceWeight() <em>Influence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluenceWeight()
	 * @generated
	 * @ordered
	 */
	protected double influenceWeight = INFLUENCE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMotivationLevel() <em>Motivation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivationLevel()
	 * @generated
	 * @ordered
	 */
	protected static final MotivationLevel MOTIVATION_LEVEL_EDEFAULT = MotivationLevel.LOW;

	/**
	 * The cached value of the '{@link #getMotivationLevel() <em>Motivation Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivationLevel()
	 * @generated
	 * @ordered
	 */
	protected MotivationLevel motivationLevel = MOTIVATION_LEVEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMotives() <em>Motives</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotives()
	 * @generated
	 * @ordered
	 */
	protected EList<String> motives;

	/**
	 * The default value of the '{@link #getEvaluationPerspective() <em>Evaluation Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationPerspective()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationPerspective EVALUATION_PERSPECTIVE_EDEFAULT = EvaluationPerspective.ECONOMIC;

	/**
	 * The cached value of the '{@link #getEvaluationPerspective() <em>Evaluation Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluationPerspective()
	 * @generated
	 * @ordered
	 */
	protected EvaluationPerspective evaluationPerspective = EVALUATION_PERSPECTIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInfluences() <em>Influences</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInfluences()
	 * @generated
	 * @ordered
	 */
	protected EList<BuyingRole> influences;

	/**
	 * The cached value of the '{@link #getPersona() <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersona()
	 * @generated
	 * @ordered
	 */
	protected Persona persona;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BuyingRoleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.BUYING_ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuyingRoleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BuyingRoleKind newKind) {
		BuyingRoleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInfluenceWeight() {
		return influenceWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInfluenceWeight(double newInfluenceWeight) {
		double oldInfluenceWeight = influenceWeight;
		influenceWeight = newInfluenceWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__INFLUENCE_WEIGHT, oldInfluenceWeight, influenceWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MotivationLevel getMotivationLevel() {
		return motivationLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMotivationLevel(MotivationLevel newMotivationLevel) {
		MotivationLevel oldMotivationLevel = motivationLevel;
		motivationLevel = newMotivationLevel == null ? MOTIVATION_LEVEL_EDEFAULT : newMotivationLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__MOTIVATION_LEVEL, oldMotivationLevel, motivationLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMotives() {
		if (motives == null) {
			motives = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.BUYING_ROLE__MOTIVES);
		}
		return motives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationPerspective getEvaluationPerspective() {
		return evaluationPerspective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluationPerspective(EvaluationPerspective newEvaluationPerspective) {
		EvaluationPerspective oldEvaluationPerspective = evaluationPerspective;
		evaluationPerspective = newEvaluationPerspective == null ? EVALUATION_PERSPECTIVE_EDEFAULT : newEvaluationPerspective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__EVALUATION_PERSPECTIVE, oldEvaluationPerspective, evaluationPerspective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BuyingRole> getInfluences() {
		if (influences == null) {
			influences = new EObjectResolvingEList<BuyingRole>(BuyingRole.class, this, SegmentaPackage.BUYING_ROLE__INFLUENCES);
		}
		return influences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona getPersona() {
		if (persona != null && persona.eIsProxy()) {
			InternalEObject oldPersona = (InternalEObject)persona;
			persona = (Persona)eResolveProxy(oldPersona);
			if (persona != oldPersona) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegmentaPackage.BUYING_ROLE__PERSONA, oldPersona, persona));
			}
		}
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Persona basicGetPersona() {
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersona(Persona newPersona) {
		Persona oldPersona = persona;
		persona = newPersona;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.BUYING_ROLE__PERSONA, oldPersona, persona));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.BUYING_ROLE__KIND:
				return getKind();
			case SegmentaPackage.BUYING_ROLE__TITLE:
				return getTitle();
			case SegmentaPackage.BUYING_ROLE__INFLUENCE_WEIGHT:
				return getInfluenceWeight();
			case SegmentaPackage.BUYING_ROLE__MOTIVATION_LEVEL:
				return getMotivationLevel();
			case SegmentaPackage.BUYING_ROLE__MOTIVES:
				return getMotives();
			case SegmentaPackage.BUYING_ROLE__EVALUATION_PERSPECTIVE:
				return getEvaluationPerspective();
			case SegmentaPackage.BUYING_ROLE__INFLUENCES:
				return getInfluences();
			case SegmentaPackage.BUYING_ROLE__PERSONA:
				if (resolve) return getPersona();
				return basicGetPersona();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegmentaPackage.BUYING_ROLE__KIND:
				setKind((BuyingRoleKind)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__TITLE:
				setTitle((String)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__INFLUENCE_WEIGHT:
				setInfluenceWeight((Double)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__MOTIVATION_LEVEL:
				setMotivationLevel((MotivationLevel)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__MOTIVES:
				getMotives().clear();
				getMotives().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__EVALUATION_PERSPECTIVE:
				setEvaluationPerspective((EvaluationPerspective)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__INFLUENCES:
				getInfluences().clear();
				getInfluences().addAll((Collection<? extends BuyingRole>)newValue);
				return;
			case SegmentaPackage.BUYING_ROLE__PERSONA:
				setPersona((Persona)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SegmentaPackage.BUYING_ROLE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SegmentaPackage.BUYING_ROLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SegmentaPackage.BUYING_ROLE__INFLUENCE_WEIGHT:
				setInfluenceWeight(INFLUENCE_WEIGHT_EDEFAULT);
				return;
			case SegmentaPackage.BUYING_ROLE__MOTIVATION_LEVEL:
				setMotivationLevel(MOTIVATION_LEVEL_EDEFAULT);
				return;
			case SegmentaPackage.BUYING_ROLE__MOTIVES:
				getMotives().clear();
				return;
			case SegmentaPackage.BUYING_ROLE__EVALUATION_PERSPECTIVE:
				setEvaluationPerspective(EVALUATION_PERSPECTIVE_EDEFAULT);
				return;
			case SegmentaPackage.BUYING_ROLE__INFLUENCES:
				getInfluences().clear();
				return;
			case SegmentaPackage.BUYING_ROLE__PERSONA:
				setPersona((Persona)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SegmentaPackage.BUYING_ROLE__KIND:
				return kind != KIND_EDEFAULT;
			case SegmentaPackage.BUYING_ROLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SegmentaPackage.BUYING_ROLE__INFLUENCE_WEIGHT:
				return influenceWeight != INFLUENCE_WEIGHT_EDEFAULT;
			case SegmentaPackage.BUYING_ROLE__MOTIVATION_LEVEL:
				return motivationLevel != MOTIVATION_LEVEL_EDEFAULT;
			case SegmentaPackage.BUYING_ROLE__MOTIVES:
				return motives != null && !motives.isEmpty();
			case SegmentaPackage.BUYING_ROLE__EVALUATION_PERSPECTIVE:
				return evaluationPerspective != EVALUATION_PERSPECTIVE_EDEFAULT;
			case SegmentaPackage.BUYING_ROLE__INFLUENCES:
				return influences != null && !influences.isEmpty();
			case SegmentaPackage.BUYING_ROLE__PERSONA:
				return persona != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", influenceWeight: ");
		result.append(influenceWeight);
		result.append(", motivationLevel: ");
		result.append(motivationLevel);
		result.append(", motives: ");
		result.append(motives);
		result.append(", evaluationPerspective: ");
		result.append(evaluationPerspective);
		result.append(')');
		return result.toString();
	}

} //BuyingRoleImpl
