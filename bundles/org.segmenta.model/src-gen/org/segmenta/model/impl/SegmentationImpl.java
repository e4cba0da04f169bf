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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.model.DataSource;
import org.segmenta.model.Perspective;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segmentation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getPerspective <em>Perspective</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getBasisVariables <em>Basis Variables</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getTargetBehaviour <em>Target Behaviour</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getTargetBehaviourDescription <em>Target Behaviour Description</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getMinSegmentCount <em>Min Segment Count</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getMaxSegmentCount <em>Max Segment Count</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getMinSizeShare <em>Min Size Share</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getAssignmentsLocation <em>Assignments Location</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getWeightedBy <em>Weighted By</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getWeightedTotal <em>Weighted Total</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getUnweightedBase <em>Unweighted Base</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#isWeighted <em>Weighted</em>}</li>
 *   <li>{@link org.segmenta.model.impl.SegmentationImpl#getSegments <em>Segments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentationImpl extends NamedElementImpl implements Segmentation {
	/**
	 * The default value of the '{@link #getPerspective() <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerspective()
	 * @generated
	 * @ordered
	 */
	protected static final Perspective PERSPECTIVE_EDEFAULT = Perspective.PRODUCT_CATEGORY;

	/**
	 * The cached value of the '{@link #getPerspective() <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerspective()
	 * @generated
	 * @ordered
	 */
	protected Perspective perspective = PERSPECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBasisVariables() <em>Basis Variables</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasisVariables()
	 * @generated
	 * @ordered
	 */
	protected EList<Variable> basisVariables;

	/**
	 * The cached value of the '{@link #getTargetBehaviour() <em>Target Behaviour</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetBehaviour()
	 * @generated
	 * @ordered
	 */
	protected Variable targetBehaviour;

	/**
	 * The default value of the '{@link #getTargetBehaviourDescription() <em>Target Behaviour Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetBehaviourDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_BEHAVIOUR_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetBehaviourDescription() <em>Target Behaviour Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetBehaviourDescription()
	 * @generated
	 * @ordered
	 */
	protected String targetBehaviourDescription = TARGET_BEHAVIOUR_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinSegmentCount() <em>Min Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSegmentCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_SEGMENT_COUNT_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getMinSegmentCount() <em>Min Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSegmentCount()
	 * @generated
	 * @ordered
	 */
	protected int minSegmentCount = MIN_SEGMENT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxSegmentCount() <em>Max Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSegmentCount()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_SEGMENT_COUNT_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getMaxSegmentCount() <em>Max Segment Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSegmentCount()
	 * @generated
	 * @ordered
	 */
	protected int maxSegmentCount = MAX_SEGMENT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinSizeShare() <em>Min Size Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSizeShare()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_SIZE_SHARE_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getMinSizeShare() <em>Min Size Share</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinSizeShare()
	 * @generated
	 * @ordered
	 */
	protected double minSizeShare = MIN_SIZE_SHARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSource;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssignmentsLocation() <em>Assignments Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignmentsLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNMENTS_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignmentsLocation() <em>Assignments Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignmentsLocation()
	 * @generated
	 * @ordered
	 */
	protected String assignmentsLocation = ASSIGNMENTS_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightedBy() <em>Weighted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String WEIGHTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeightedBy() <em>Weighted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedBy()
	 * @generated
	 * @ordered
	 */
	protected String weightedBy = WEIGHTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightedTotal() <em>Weighted Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedTotal()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHTED_TOTAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightedTotal() <em>Weighted Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightedTotal()
	 * @generated
	 * @ordered
	 */
	protected double weightedTotal = WEIGHTED_TOTAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnweightedBase() <em>Unweighted Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnweightedBase()
	 * @generated
	 * @ordered
	 */
	protected static final int UNWEIGHTED_BASE_EDEFAULT = 0;

	/**
	 * The default value of the '{@link #isWeighted() <em>Weighted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWeighted()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WEIGHTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegmentaPackage.Literals.SEGMENTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Perspective getPerspective() {
		return perspective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerspective(Perspective newPerspective) {
		Perspective oldPerspective = perspective;
		perspective = newPerspective == null ? PERSPECTIVE_EDEFAULT : newPerspective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__PERSPECTIVE, oldPerspective, perspective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variable> getBasisVariables() {
		if (basisVariables == null) {
			basisVariables = new EObjectResolvingEList<Variable>(Variable.class, this, SegmentaPackage.SEGMENTATION__BASIS_VARIABLES);
		}
		return basisVariables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variable getTargetBehaviour() {
		if (targetBehaviour != null && targetBehaviour.eIsProxy()) {
			InternalEObject oldTargetBehaviour = (InternalEObject)targetBehaviour;
			targetBehaviour = (Variable)eResolveProxy(oldTargetBehaviour);
			if (targetBehaviour != oldTargetBehaviour) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR, oldTargetBehaviour, targetBehaviour));
			}
		}
		return targetBehaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Variable basicGetTargetBehaviour() {
		return targetBehaviour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetBehaviour(Variable newTargetBehaviour) {
		Variable oldTargetBehaviour = targetBehaviour;
		targetBehaviour = newTargetBehaviour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR, oldTargetBehaviour, targetBehaviour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetBehaviourDescription() {
		return targetBehaviourDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetBehaviourDescription(String newTargetBehaviourDescription) {
		String oldTargetBehaviourDescription = targetBehaviourDescription;
		targetBehaviourDescription = newTargetBehaviourDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION, oldTargetBehaviourDescription, targetBehaviourDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinSegmentCount() {
		return minSegmentCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSegmentCount(int newMinSegmentCount) {
		int oldMinSegmentCount = minSegmentCount;
		minSegmentCount = newMinSegmentCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT, oldMinSegmentCount, minSegmentCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxSegmentCount() {
		return maxSegmentCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSegmentCount(int newMaxSegmentCount) {
		int oldMaxSegmentCount = maxSegmentCount;
		maxSegmentCount = newMaxSegmentCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT, oldMaxSegmentCount, maxSegmentCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinSizeShare() {
		return minSizeShare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinSizeShare(double newMinSizeShare) {
		double oldMinSizeShare = minSizeShare;
		minSizeShare = newMinSizeShare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE, oldMinSizeShare, minSizeShare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSource() {
		if (dataSource != null && dataSource.eIsProxy()) {
			InternalEObject oldDataSource = (InternalEObject)dataSource;
			dataSource = (DataSource)eResolveProxy(oldDataSource);
			if (dataSource != oldDataSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SegmentaPackage.SEGMENTATION__DATA_SOURCE, oldDataSource, dataSource));
			}
		}
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(DataSource newDataSource) {
		DataSource oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__DATA_SOURCE, oldDataSource, dataSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignmentsLocation() {
		return assignmentsLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignmentsLocation(String newAssignmentsLocation) {
		String oldAssignmentsLocation = assignmentsLocation;
		assignmentsLocation = newAssignmentsLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION, oldAssignmentsLocation, assignmentsLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWeightedBy() {
		return weightedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightedBy(String newWeightedBy) {
		String oldWeightedBy = weightedBy;
		weightedBy = newWeightedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__WEIGHTED_BY, oldWeightedBy, weightedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightedTotal() {
		return weightedTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightedTotal(double newWeightedTotal) {
		double oldWeightedTotal = weightedTotal;
		weightedTotal = newWeightedTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL, oldWeightedTotal, weightedTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getUnweightedBase() {
		long total = 0;
		for (Segment topLevel : getSegments()) {
			total += Math.max(topLevel.getSize(), 0);
		}
		return (int) Math.min(total, Integer.MAX_VALUE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWeighted() {
		return weightedBy != null && !weightedBy.isBlank() && weightedTotal > 0.0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectContainmentEList<Segment>(Segment.class, this, SegmentaPackage.SEGMENTATION__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				return ((InternalEList<?>)getSegments()).basicRemove(otherEnd, msgs);
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
			case SegmentaPackage.SEGMENTATION__PERSPECTIVE:
				return getPerspective();
			case SegmentaPackage.SEGMENTATION__PRIMARY:
				return isPrimary();
			case SegmentaPackage.SEGMENTATION__BASIS_VARIABLES:
				return getBasisVariables();
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR:
				if (resolve) return getTargetBehaviour();
				return basicGetTargetBehaviour();
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION:
				return getTargetBehaviourDescription();
			case SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT:
				return getMinSegmentCount();
			case SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT:
				return getMaxSegmentCount();
			case SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE:
				return getMinSizeShare();
			case SegmentaPackage.SEGMENTATION__DATA_SOURCE:
				if (resolve) return getDataSource();
				return basicGetDataSource();
			case SegmentaPackage.SEGMENTATION__METHOD:
				return getMethod();
			case SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION:
				return getAssignmentsLocation();
			case SegmentaPackage.SEGMENTATION__WEIGHTED_BY:
				return getWeightedBy();
			case SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL:
				return getWeightedTotal();
			case SegmentaPackage.SEGMENTATION__UNWEIGHTED_BASE:
				return getUnweightedBase();
			case SegmentaPackage.SEGMENTATION__WEIGHTED:
				return isWeighted();
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				return getSegments();
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
			case SegmentaPackage.SEGMENTATION__PERSPECTIVE:
				setPerspective((Perspective)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__BASIS_VARIABLES:
				getBasisVariables().clear();
				getBasisVariables().addAll((Collection<? extends Variable>)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR:
				setTargetBehaviour((Variable)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION:
				setTargetBehaviourDescription((String)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT:
				setMinSegmentCount((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT:
				setMaxSegmentCount((Integer)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE:
				setMinSizeShare((Double)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__DATA_SOURCE:
				setDataSource((DataSource)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__METHOD:
				setMethod((String)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION:
				setAssignmentsLocation((String)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__WEIGHTED_BY:
				setWeightedBy((String)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL:
				setWeightedTotal((Double)newValue);
				return;
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
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
			case SegmentaPackage.SEGMENTATION__PERSPECTIVE:
				setPerspective(PERSPECTIVE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__BASIS_VARIABLES:
				getBasisVariables().clear();
				return;
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR:
				setTargetBehaviour((Variable)null);
				return;
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION:
				setTargetBehaviourDescription(TARGET_BEHAVIOUR_DESCRIPTION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT:
				setMinSegmentCount(MIN_SEGMENT_COUNT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT:
				setMaxSegmentCount(MAX_SEGMENT_COUNT_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE:
				setMinSizeShare(MIN_SIZE_SHARE_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__DATA_SOURCE:
				setDataSource((DataSource)null);
				return;
			case SegmentaPackage.SEGMENTATION__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION:
				setAssignmentsLocation(ASSIGNMENTS_LOCATION_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__WEIGHTED_BY:
				setWeightedBy(WEIGHTED_BY_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL:
				setWeightedTotal(WEIGHTED_TOTAL_EDEFAULT);
				return;
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				getSegments().clear();
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
			case SegmentaPackage.SEGMENTATION__PERSPECTIVE:
				return perspective != PERSPECTIVE_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__BASIS_VARIABLES:
				return basisVariables != null && !basisVariables.isEmpty();
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR:
				return targetBehaviour != null;
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION:
				return TARGET_BEHAVIOUR_DESCRIPTION_EDEFAULT == null ? targetBehaviourDescription != null : !TARGET_BEHAVIOUR_DESCRIPTION_EDEFAULT.equals(targetBehaviourDescription);
			case SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT:
				return minSegmentCount != MIN_SEGMENT_COUNT_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT:
				return maxSegmentCount != MAX_SEGMENT_COUNT_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE:
				return minSizeShare != MIN_SIZE_SHARE_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__DATA_SOURCE:
				return dataSource != null;
			case SegmentaPackage.SEGMENTATION__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION:
				return ASSIGNMENTS_LOCATION_EDEFAULT == null ? assignmentsLocation != null : !ASSIGNMENTS_LOCATION_EDEFAULT.equals(assignmentsLocation);
			case SegmentaPackage.SEGMENTATION__WEIGHTED_BY:
				return WEIGHTED_BY_EDEFAULT == null ? weightedBy != null : !WEIGHTED_BY_EDEFAULT.equals(weightedBy);
			case SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL:
				return weightedTotal != WEIGHTED_TOTAL_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__UNWEIGHTED_BASE:
				return getUnweightedBase() != UNWEIGHTED_BASE_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__WEIGHTED:
				return isWeighted() != WEIGHTED_EDEFAULT;
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				return segments != null && !segments.isEmpty();
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
		result.append(" (perspective: ");
		result.append(perspective);
		result.append(", primary: ");
		result.append(primary);
		result.append(", targetBehaviourDescription: ");
		result.append(targetBehaviourDescription);
		result.append(", minSegmentCount: ");
		result.append(minSegmentCount);
		result.append(", maxSegmentCount: ");
		result.append(maxSegmentCount);
		result.append(", minSizeShare: ");
		result.append(minSizeShare);
		result.append(", method: ");
		result.append(method);
		result.append(", assignmentsLocation: ");
		result.append(assignmentsLocation);
		result.append(", weightedBy: ");
		result.append(weightedBy);
		result.append(", weightedTotal: ");
		result.append(weightedTotal);
		result.append(')');
		return result.toString();
	}

} //SegmentationImpl
