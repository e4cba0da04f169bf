/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.state.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.diagram.state.DiagramNote;
import org.segmenta.diagram.state.DiagramStatePackage;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.diagram.state.EdgeLayout;
import org.segmenta.diagram.state.NodeLayout;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram View</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#isCustomised <em>Customised</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getHiddenElements <em>Hidden Elements</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getHiddenLabels <em>Hidden Labels</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getPinnedNodes <em>Pinned Nodes</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.segmenta.diagram.state.impl.DiagramViewImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramViewImpl extends MinimalEObjectImpl.Container implements DiagramView {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected String root = ROOT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActiveLayers() <em>Active Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeLayers;

	/**
	 * The cached value of the '{@link #getActiveFilters() <em>Active Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeFilters;

	/**
	 * The default value of the '{@link #isCustomised() <em>Customised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomised()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CUSTOMISED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCustomised() <em>Customised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCustomised()
	 * @generated
	 * @ordered
	 */
	protected boolean customised = CUSTOMISED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHiddenElements() <em>Hidden Elements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenElements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hiddenElements;

	/**
	 * The cached value of the '{@link #getHiddenLabels() <em>Hidden Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hiddenLabels;

	/**
	 * The cached value of the '{@link #getPinnedNodes() <em>Pinned Nodes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinnedNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pinnedNodes;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeLayout> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeLayout> edges;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramNote> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramViewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DiagramStatePackage.Literals.DIAGRAM_VIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_VIEW__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_VIEW__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return root;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		String oldRoot = root;
		root = newRoot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_VIEW__ROOT, oldRoot, root));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveLayers() {
		if (activeLayers == null) {
			activeLayers = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_LAYERS);
		}
		return activeLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveFilters() {
		if (activeFilters == null) {
			activeFilters = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_FILTERS);
		}
		return activeFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCustomised() {
		return customised;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomised(boolean newCustomised) {
		boolean oldCustomised = customised;
		customised = newCustomised;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramStatePackage.DIAGRAM_VIEW__CUSTOMISED, oldCustomised, customised));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHiddenElements() {
		if (hiddenElements == null) {
			hiddenElements = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_ELEMENTS);
		}
		return hiddenElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHiddenLabels() {
		if (hiddenLabels == null) {
			hiddenLabels = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_LABELS);
		}
		return hiddenLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPinnedNodes() {
		if (pinnedNodes == null) {
			pinnedNodes = new EDataTypeUniqueEList<String>(String.class, this, DiagramStatePackage.DIAGRAM_VIEW__PINNED_NODES);
		}
		return pinnedNodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeLayout> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<NodeLayout>(NodeLayout.class, this, DiagramStatePackage.DIAGRAM_VIEW__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeLayout> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<EdgeLayout>(EdgeLayout.class, this, DiagramStatePackage.DIAGRAM_VIEW__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<DiagramNote>(DiagramNote.class, this, DiagramStatePackage.DIAGRAM_VIEW__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DiagramStatePackage.DIAGRAM_VIEW__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case DiagramStatePackage.DIAGRAM_VIEW__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
			case DiagramStatePackage.DIAGRAM_VIEW__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
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
			case DiagramStatePackage.DIAGRAM_VIEW__NAME:
				return getName();
			case DiagramStatePackage.DIAGRAM_VIEW__KIND:
				return getKind();
			case DiagramStatePackage.DIAGRAM_VIEW__ROOT:
				return getRoot();
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_LAYERS:
				return getActiveLayers();
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_FILTERS:
				return getActiveFilters();
			case DiagramStatePackage.DIAGRAM_VIEW__CUSTOMISED:
				return isCustomised();
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_ELEMENTS:
				return getHiddenElements();
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_LABELS:
				return getHiddenLabels();
			case DiagramStatePackage.DIAGRAM_VIEW__PINNED_NODES:
				return getPinnedNodes();
			case DiagramStatePackage.DIAGRAM_VIEW__NODES:
				return getNodes();
			case DiagramStatePackage.DIAGRAM_VIEW__EDGES:
				return getEdges();
			case DiagramStatePackage.DIAGRAM_VIEW__NOTES:
				return getNotes();
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
			case DiagramStatePackage.DIAGRAM_VIEW__NAME:
				setName((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__KIND:
				setKind((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ROOT:
				setRoot((String)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_LAYERS:
				getActiveLayers().clear();
				getActiveLayers().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_FILTERS:
				getActiveFilters().clear();
				getActiveFilters().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__CUSTOMISED:
				setCustomised((Boolean)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				getHiddenElements().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_LABELS:
				getHiddenLabels().clear();
				getHiddenLabels().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__PINNED_NODES:
				getPinnedNodes().clear();
				getPinnedNodes().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends NodeLayout>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends EdgeLayout>)newValue);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends DiagramNote>)newValue);
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
			case DiagramStatePackage.DIAGRAM_VIEW__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_LAYERS:
				getActiveLayers().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_FILTERS:
				getActiveFilters().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__CUSTOMISED:
				setCustomised(CUSTOMISED_EDEFAULT);
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_ELEMENTS:
				getHiddenElements().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_LABELS:
				getHiddenLabels().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__PINNED_NODES:
				getPinnedNodes().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__NODES:
				getNodes().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__EDGES:
				getEdges().clear();
				return;
			case DiagramStatePackage.DIAGRAM_VIEW__NOTES:
				getNotes().clear();
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
			case DiagramStatePackage.DIAGRAM_VIEW__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DiagramStatePackage.DIAGRAM_VIEW__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case DiagramStatePackage.DIAGRAM_VIEW__ROOT:
				return ROOT_EDEFAULT == null ? root != null : !ROOT_EDEFAULT.equals(root);
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_LAYERS:
				return activeLayers != null && !activeLayers.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__ACTIVE_FILTERS:
				return activeFilters != null && !activeFilters.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__CUSTOMISED:
				return customised != CUSTOMISED_EDEFAULT;
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_ELEMENTS:
				return hiddenElements != null && !hiddenElements.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__HIDDEN_LABELS:
				return hiddenLabels != null && !hiddenLabels.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__PINNED_NODES:
				return pinnedNodes != null && !pinnedNodes.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__NODES:
				return nodes != null && !nodes.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__EDGES:
				return edges != null && !edges.isEmpty();
			case DiagramStatePackage.DIAGRAM_VIEW__NOTES:
				return notes != null && !notes.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", root: ");
		result.append(root);
		result.append(", activeLayers: ");
		result.append(activeLayers);
		result.append(", activeFilters: ");
		result.append(activeFilters);
		result.append(", customised: ");
		result.append(customised);
		result.append(", hiddenElements: ");
		result.append(hiddenElements);
		result.append(", hiddenLabels: ");
		result.append(hiddenLabels);
		result.append(", pinnedNodes: ");
		result.append(pinnedNodes);
		result.append(')');
		return result.toString();
	}

} //DiagramViewImpl
