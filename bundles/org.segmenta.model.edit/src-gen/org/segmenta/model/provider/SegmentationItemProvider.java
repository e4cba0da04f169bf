/**
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;

/**
 * This is the item provider adapter for a {@link org.segmenta.model.Segmentation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SegmentationItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentationItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPerspectivePropertyDescriptor(object);
			addPrimaryPropertyDescriptor(object);
			addBasisVariablesPropertyDescriptor(object);
			addTargetBehaviourPropertyDescriptor(object);
			addTargetBehaviourDescriptionPropertyDescriptor(object);
			addMinSegmentCountPropertyDescriptor(object);
			addMaxSegmentCountPropertyDescriptor(object);
			addMinSizeSharePropertyDescriptor(object);
			addDataSourcePropertyDescriptor(object);
			addMethodPropertyDescriptor(object);
			addAssignmentsLocationPropertyDescriptor(object);
			addWeightedByPropertyDescriptor(object);
			addWeightedTotalPropertyDescriptor(object);
			addUnweightedBasePropertyDescriptor(object);
			addWeightedPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Perspective feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPerspectivePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_perspective_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_perspective_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__PERSPECTIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_primary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_primary_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__PRIMARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Basis Variables feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBasisVariablesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_basisVariables_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_basisVariables_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__BASIS_VARIABLES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Behaviour feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetBehaviourPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_targetBehaviour_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_targetBehaviour_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__TARGET_BEHAVIOUR,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Behaviour Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetBehaviourDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_targetBehaviourDescription_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_targetBehaviourDescription_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Segment Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinSegmentCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_minSegmentCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_minSegmentCount_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__MIN_SEGMENT_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Max Segment Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaxSegmentCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_maxSegmentCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_maxSegmentCount_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__MAX_SEGMENT_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Min Size Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinSizeSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_minSizeShare_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_minSizeShare_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__MIN_SIZE_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Data Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDataSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_dataSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_dataSource_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__DATA_SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_method_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_method_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assignments Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssignmentsLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_assignmentsLocation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_assignmentsLocation_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weighted By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_weightedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_weightedBy_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__WEIGHTED_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weighted Total feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightedTotalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_weightedTotal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_weightedTotal_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__WEIGHTED_TOTAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Unweighted Base feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUnweightedBasePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_unweightedBase_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_unweightedBase_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__UNWEIGHTED_BASE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weighted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Segmentation_weighted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Segmentation_weighted_feature", "_UI_Segmentation_type"),
				 SegmentaPackage.Literals.SEGMENTATION__WEIGHTED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SegmentaPackage.Literals.SEGMENTATION__SEGMENTS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Segmentation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Segmentation"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Segmentation)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Segmentation_type") :
			getString("_UI_Segmentation_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Segmentation.class)) {
			case SegmentaPackage.SEGMENTATION__PERSPECTIVE:
			case SegmentaPackage.SEGMENTATION__PRIMARY:
			case SegmentaPackage.SEGMENTATION__TARGET_BEHAVIOUR_DESCRIPTION:
			case SegmentaPackage.SEGMENTATION__MIN_SEGMENT_COUNT:
			case SegmentaPackage.SEGMENTATION__MAX_SEGMENT_COUNT:
			case SegmentaPackage.SEGMENTATION__MIN_SIZE_SHARE:
			case SegmentaPackage.SEGMENTATION__METHOD:
			case SegmentaPackage.SEGMENTATION__ASSIGNMENTS_LOCATION:
			case SegmentaPackage.SEGMENTATION__WEIGHTED_BY:
			case SegmentaPackage.SEGMENTATION__WEIGHTED_TOTAL:
			case SegmentaPackage.SEGMENTATION__UNWEIGHTED_BASE:
			case SegmentaPackage.SEGMENTATION__WEIGHTED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SegmentaPackage.SEGMENTATION__SEGMENTS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.SEGMENTATION__SEGMENTS,
				 SegmentaFactory.eINSTANCE.createSegment()));
	}

}
