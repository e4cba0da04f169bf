/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.description.EdgeMapping;
import org.segmenta.diagram.description.Filter;
import org.segmenta.diagram.description.Layer;
import org.segmenta.diagram.description.LayoutAlgorithm;
import org.segmenta.diagram.description.LayoutDirection;
import org.segmenta.diagram.description.NodeMapping;
import org.segmenta.diagram.description.Tool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getDocumentation <em>Documentation</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getRootClass <em>Root Class</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getLayoutAlgorithm <em>Layout Algorithm</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getTools <em>Tools</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.segmenta.diagram.description.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends MinimalEObjectImpl.Container implements DiagramDescription {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentation()
	 * @generated
	 * @ordered
	 */
	protected String documentation = DOCUMENTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootClass() <em>Root Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootClass()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootClass() <em>Root Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootClass()
	 * @generated
	 * @ordered
	 */
	protected String rootClass = ROOT_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutAlgorithm LAYOUT_ALGORITHM_EDEFAULT = LayoutAlgorithm.LAYERED;

	/**
	 * The cached value of the '{@link #getLayoutAlgorithm() <em>Layout Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayoutAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected LayoutAlgorithm layoutAlgorithm = LAYOUT_ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection DIRECTION_EDEFAULT = LayoutDirection.DOWN;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpacing() <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final double SPACING_EDEFAULT = 40.0;

	/**
	 * The cached value of the '{@link #getSpacing() <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacing()
	 * @generated
	 * @ordered
	 */
	protected double spacing = SPACING_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected static final int COLUMNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColumns() <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumns()
	 * @generated
	 * @ordered
	 */
	protected int columns = COLUMNS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeMappings() <em>Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> nodeMappings;

	/**
	 * The cached value of the '{@link #getEdgeMappings() <em>Edge Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> edgeMappings;

	/**
	 * The cached value of the '{@link #getTools() <em>Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTools()
	 * @generated
	 * @ordered
	 */
	protected EList<Tool> tools;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentation() {
		return documentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentation(String newDocumentation) {
		String oldDocumentation = documentation;
		documentation = newDocumentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION, oldDocumentation, documentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootClass() {
		return rootClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootClass(String newRootClass) {
		String oldRootClass = rootClass;
		rootClass = newRootClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_CLASS, oldRootClass, rootClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutAlgorithm getLayoutAlgorithm() {
		return layoutAlgorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutAlgorithm(LayoutAlgorithm newLayoutAlgorithm) {
		LayoutAlgorithm oldLayoutAlgorithm = layoutAlgorithm;
		layoutAlgorithm = newLayoutAlgorithm == null ? LAYOUT_ALGORITHM_EDEFAULT : newLayoutAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM, oldLayoutAlgorithm, layoutAlgorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(LayoutDirection newDirection) {
		LayoutDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpacing() {
		return spacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpacing(double newSpacing) {
		double oldSpacing = spacing;
		spacing = newSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__SPACING, oldSpacing, spacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColumns() {
		return columns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumns(int newColumns) {
		int oldColumns = columns;
		columns = newColumns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__COLUMNS, oldColumns, columns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getNodeMappings() {
		if (nodeMappings == null) {
			nodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS);
		}
		return nodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getEdgeMappings() {
		if (edgeMappings == null) {
			edgeMappings = new EObjectContainmentEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS);
		}
		return edgeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tool> getTools() {
		if (tools == null) {
			tools = new EObjectContainmentEList<Tool>(Tool.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS);
		}
		return tools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return ((InternalEList<?>)getNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return ((InternalEList<?>)getEdgeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return ((InternalEList<?>)getTools()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				return getId();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				return getLabel();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return getDocumentation();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_CLASS:
				return getRootClass();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				return getLayoutAlgorithm();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return getDirection();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SPACING:
				return getSpacing();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__COLUMNS:
				return getColumns();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return getNodeMappings();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return getEdgeMappings();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return getTools();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return getLayers();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				setId((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_CLASS:
				setRootClass((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				setLayoutAlgorithm((LayoutAlgorithm)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				setDirection((LayoutDirection)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SPACING:
				setSpacing((Double)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__COLUMNS:
				setColumns((Integer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				getNodeMappings().clear();
				getNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				getEdgeMappings().addAll((Collection<? extends EdgeMapping>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				getTools().clear();
				getTools().addAll((Collection<? extends Tool>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				setId(ID_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				setDocumentation(DOCUMENTATION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_CLASS:
				setRootClass(ROOT_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				setLayoutAlgorithm(LAYOUT_ALGORITHM_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SPACING:
				setSpacing(SPACING_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__COLUMNS:
				setColumns(COLUMNS_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				getNodeMappings().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				getTools().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOCUMENTATION:
				return DOCUMENTATION_EDEFAULT == null ? documentation != null : !DOCUMENTATION_EDEFAULT.equals(documentation);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_CLASS:
				return ROOT_CLASS_EDEFAULT == null ? rootClass != null : !ROOT_CLASS_EDEFAULT.equals(rootClass);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT_ALGORITHM:
				return layoutAlgorithm != LAYOUT_ALGORITHM_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__SPACING:
				return spacing != SPACING_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__COLUMNS:
				return columns != COLUMNS_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_MAPPINGS:
				return nodeMappings != null && !nodeMappings.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EDGE_MAPPINGS:
				return edgeMappings != null && !edgeMappings.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return tools != null && !tools.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return layers != null && !layers.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", documentation: ");
		result.append(documentation);
		result.append(", rootClass: ");
		result.append(rootClass);
		result.append(", layoutAlgorithm: ");
		result.append(layoutAlgorithm);
		result.append(", direction: ");
		result.append(direction);
		result.append(", spacing: ");
		result.append(spacing);
		result.append(", columns: ");
		result.append(columns);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
