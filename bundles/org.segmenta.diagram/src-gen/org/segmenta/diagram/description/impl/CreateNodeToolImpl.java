/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.segmenta.diagram.description.CreateNodeTool;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Create Node Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl#getContainerFeature <em>Container Feature</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.CreateNodeToolImpl#getInitialName <em>Initial Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CreateNodeToolImpl extends ToolImpl implements CreateNodeTool {
	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected NodeMapping mapping;

	/**
	 * The cached value of the '{@link #getContainerMappings() <em>Container Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> containerMappings;

	/**
	 * The default value of the '{@link #getContainerFeature() <em>Container Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerFeature() <em>Container Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerFeature()
	 * @generated
	 * @ordered
	 */
	protected String containerFeature = CONTAINER_FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialName() <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialName()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialName() <em>Initial Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialName()
	 * @generated
	 * @ordered
	 */
	protected String initialName = INITIAL_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CreateNodeToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CREATE_NODE_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping getMapping() {
		if (mapping != null && mapping.eIsProxy()) {
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (NodeMapping)eResolveProxy(oldMapping);
			if (mapping != oldMapping) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.CREATE_NODE_TOOL__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NodeMapping basicGetMapping() {
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(NodeMapping newMapping) {
		NodeMapping oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CREATE_NODE_TOOL__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getContainerMappings() {
		if (containerMappings == null) {
			containerMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_MAPPINGS);
		}
		return containerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerFeature() {
		return containerFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerFeature(String newContainerFeature) {
		String oldContainerFeature = containerFeature;
		containerFeature = newContainerFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_FEATURE, oldContainerFeature, containerFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialName() {
		return initialName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialName(String newInitialName) {
		String oldInitialName = initialName;
		initialName = newInitialName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.CREATE_NODE_TOOL__INITIAL_NAME, oldInitialName, initialName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.CREATE_NODE_TOOL__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_MAPPINGS:
				return getContainerMappings();
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_FEATURE:
				return getContainerFeature();
			case DescriptionPackage.CREATE_NODE_TOOL__INITIAL_NAME:
				return getInitialName();
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
			case DescriptionPackage.CREATE_NODE_TOOL__MAPPING:
				setMapping((NodeMapping)newValue);
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				getContainerMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_FEATURE:
				setContainerFeature((String)newValue);
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__INITIAL_NAME:
				setInitialName((String)newValue);
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
			case DescriptionPackage.CREATE_NODE_TOOL__MAPPING:
				setMapping((NodeMapping)null);
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_FEATURE:
				setContainerFeature(CONTAINER_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.CREATE_NODE_TOOL__INITIAL_NAME:
				setInitialName(INITIAL_NAME_EDEFAULT);
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
			case DescriptionPackage.CREATE_NODE_TOOL__MAPPING:
				return mapping != null;
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_MAPPINGS:
				return containerMappings != null && !containerMappings.isEmpty();
			case DescriptionPackage.CREATE_NODE_TOOL__CONTAINER_FEATURE:
				return CONTAINER_FEATURE_EDEFAULT == null ? containerFeature != null : !CONTAINER_FEATURE_EDEFAULT.equals(containerFeature);
			case DescriptionPackage.CREATE_NODE_TOOL__INITIAL_NAME:
				return INITIAL_NAME_EDEFAULT == null ? initialName != null : !INITIAL_NAME_EDEFAULT.equals(initialName);
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
		result.append(" (containerFeature: ");
		result.append(containerFeature);
		result.append(", initialName: ");
		result.append(initialName);
		result.append(')');
		return result.toString();
	}

} //CreateNodeToolImpl
