/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.Job;
import org.segmenta.model.Need;
import org.segmenta.model.OpportunityScore;
import org.segmenta.model.SegmentaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getBarriers <em>Barriers</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getSatisfaction <em>Satisfaction</em>}</li>
 *   <li>{@link org.segmenta.model.impl.JobImpl#getOpportunityScore <em>Opportunity Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobImpl extends NamedElementImpl implements Job {
	/**
	 * The default value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected static final String STATEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatement() <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatement()
	 * @generated
	 * @ordered
	 */
	protected String statement = STATEMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMotivations() <em>Motivations</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMotivations()
	 * @generated
	 * @ordered
	 */
	protected EList<String> motivations;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected EList<Need> needs;

	/**
	 * The cached value of the '{@link #getBarriers() <em>Barriers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBarriers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> barriers;

	/**
	 * The default value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected static final double IMPORTANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getImportance() <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportance()
	 * @generated
	 * @ordered
	 */
	protected double importance = IMPORTANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected static final double SATISFACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSatisfaction() <em>Satisfaction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSatisfaction()
	 * @generated
	 * @ordered
	 */
	protected double satisfaction = SATISFACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpportunityScore() <em>Opportunity Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunityScore()
	 * @generated
	 * @ordered
	 */
	protected static final double OPPORTUNITY_SCORE_EDEFAULT = 0.0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.JOB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatement() {
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatement(String newStatement) {
		String oldStatement = statement;
		statement = newStatement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.JOB__STATEMENT, oldStatement, statement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMotivations() {
		if (motivations == null) {
			motivations = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.JOB__MOTIVATIONS);
		}
		return motivations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Need> getNeeds() {
		if (needs == null) {
			needs = new EObjectContainmentEList<Need>(Need.class, this, SegmentaPackage.JOB__NEEDS);
		}
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBarriers() {
		if (barriers == null) {
			barriers = new EDataTypeUniqueEList<String>(String.class, this, SegmentaPackage.JOB__BARRIERS);
		}
		return barriers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getImportance() {
		return importance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportance(double newImportance) {
		double oldImportance = importance;
		importance = newImportance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.JOB__IMPORTANCE, oldImportance, importance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSatisfaction() {
		return satisfaction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfaction(double newSatisfaction) {
		double oldSatisfaction = satisfaction;
		satisfaction = newSatisfaction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.JOB__SATISFACTION, oldSatisfaction, satisfaction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOpportunityScore() {
		return OpportunityScore.ofRatings(importance, satisfaction);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.JOB__NEEDS:
				return ((InternalEList<?>)getNeeds()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegmentaPackage.JOB__STATEMENT:
				return getStatement();
			case SegmentaPackage.JOB__MOTIVATIONS:
				return getMotivations();
			case SegmentaPackage.JOB__NEEDS:
				return getNeeds();
			case SegmentaPackage.JOB__BARRIERS:
				return getBarriers();
			case SegmentaPackage.JOB__IMPORTANCE:
				return getImportance();
			case SegmentaPackage.JOB__SATISFACTION:
				return getSatisfaction();
			case SegmentaPackage.JOB__OPPORTUNITY_SCORE:
				return getOpportunityScore();
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
			case SegmentaPackage.JOB__STATEMENT:
				setStatement((String)newValue);
				return;
			case SegmentaPackage.JOB__MOTIVATIONS:
				getMotivations().clear();
				getMotivations().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.JOB__NEEDS:
				getNeeds().clear();
				getNeeds().addAll((Collection<? extends Need>)newValue);
				return;
			case SegmentaPackage.JOB__BARRIERS:
				getBarriers().clear();
				getBarriers().addAll((Collection<? extends String>)newValue);
				return;
			case SegmentaPackage.JOB__IMPORTANCE:
				setImportance((Double)newValue);
				return;
			case SegmentaPackage.JOB__SATISFACTION:
				setSatisfaction((Double)newValue);
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
			case SegmentaPackage.JOB__STATEMENT:
				setStatement(STATEMENT_EDEFAULT);
				return;
			case SegmentaPackage.JOB__MOTIVATIONS:
				getMotivations().clear();
				return;
			case SegmentaPackage.JOB__NEEDS:
				getNeeds().clear();
				return;
			case SegmentaPackage.JOB__BARRIERS:
				getBarriers().clear();
				return;
			case SegmentaPackage.JOB__IMPORTANCE:
				setImportance(IMPORTANCE_EDEFAULT);
				return;
			case SegmentaPackage.JOB__SATISFACTION:
				setSatisfaction(SATISFACTION_EDEFAULT);
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
			case SegmentaPackage.JOB__STATEMENT:
				return STATEMENT_EDEFAULT == null ? statement != null : !STATEMENT_EDEFAULT.equals(statement);
			case SegmentaPackage.JOB__MOTIVATIONS:
				return motivations != null && !motivations.isEmpty();
			case SegmentaPackage.JOB__NEEDS:
				return needs != null && !needs.isEmpty();
			case SegmentaPackage.JOB__BARRIERS:
				return barriers != null && !barriers.isEmpty();
			case SegmentaPackage.JOB__IMPORTANCE:
				return importance != IMPORTANCE_EDEFAULT;
			case SegmentaPackage.JOB__SATISFACTION:
				return satisfaction != SATISFACTION_EDEFAULT;
			case SegmentaPackage.JOB__OPPORTUNITY_SCORE:
				return getOpportunityScore() != OPPORTUNITY_SCORE_EDEFAULT;
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
		result.append(" (statement: ");
		result.append(statement);
		result.append(", motivations: ");
		result.append(motivations);
		result.append(", barriers: ");
		result.append(barriers);
		result.append(", importance: ");
		result.append(importance);
		result.append(", satisfaction: ");
		result.append(satisfaction);
		result.append(')');
		return result.toString();
	}

} //JobImpl
