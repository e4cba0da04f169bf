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
import org.segmenta.model.ValueCommunity;

/**
 * This is the item provider adapter for a {@link org.segmenta.model.ValueCommunity} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ValueCommunityItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueCommunityItemProvider(AdapterFactory adapterFactory) {
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

			addStatementPropertyDescriptor(object);
			addValuesPropertyDescriptor(object);
			addSegmentsPropertyDescriptor(object);
			addPersonasPropertyDescriptor(object);
			addMemberCountPropertyDescriptor(object);
			addSharePropertyDescriptor(object);
			addWeightedByPropertyDescriptor(object);
			addWeightedTotalPropertyDescriptor(object);
			addUnweightedBasePropertyDescriptor(object);
			addWeightedPropertyDescriptor(object);
			addSupportPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Statement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_statement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_statement_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__STATEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Values feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValuesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_values_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_values_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__VALUES,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segments feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_segments_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_segments_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__SEGMENTS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Personas feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPersonasPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_personas_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_personas_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__PERSONAS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Member Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMemberCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_memberCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_memberCount_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__MEMBER_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_share_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_share_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
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
				 getString("_UI_ValueCommunity_weightedBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_weightedBy_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__WEIGHTED_BY,
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
				 getString("_UI_ValueCommunity_weightedTotal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_weightedTotal_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__WEIGHTED_TOTAL,
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
				 getString("_UI_ValueCommunity_unweightedBase_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_unweightedBase_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__UNWEIGHTED_BASE,
				 true,
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
				 getString("_UI_ValueCommunity_weighted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_weighted_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__WEIGHTED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Support feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSupportPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ValueCommunity_support_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ValueCommunity_support_feature", "_UI_ValueCommunity_type"),
				 SegmentaPackage.Literals.VALUE_COMMUNITY__SUPPORT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(SegmentaPackage.Literals.VALUE_COMMUNITY__SUB_COMMUNITIES);
			childrenFeatures.add(SegmentaPackage.Literals.VALUE_COMMUNITY__OVERLAPS);
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
	 * This returns ValueCommunity.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ValueCommunity"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ValueCommunity)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ValueCommunity_type") :
			getString("_UI_ValueCommunity_type") + " " + label;
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

		switch (notification.getFeatureID(ValueCommunity.class)) {
			case SegmentaPackage.VALUE_COMMUNITY__STATEMENT:
			case SegmentaPackage.VALUE_COMMUNITY__MEMBER_COUNT:
			case SegmentaPackage.VALUE_COMMUNITY__SHARE:
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_BY:
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED_TOTAL:
			case SegmentaPackage.VALUE_COMMUNITY__UNWEIGHTED_BASE:
			case SegmentaPackage.VALUE_COMMUNITY__WEIGHTED:
			case SegmentaPackage.VALUE_COMMUNITY__SUPPORT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SegmentaPackage.VALUE_COMMUNITY__SUB_COMMUNITIES:
			case SegmentaPackage.VALUE_COMMUNITY__OVERLAPS:
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
				(SegmentaPackage.Literals.VALUE_COMMUNITY__SUB_COMMUNITIES,
				 SegmentaFactory.eINSTANCE.createValueCommunity()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.VALUE_COMMUNITY__OVERLAPS,
				 SegmentaFactory.eINSTANCE.createCommunityOverlap()));
	}

}
