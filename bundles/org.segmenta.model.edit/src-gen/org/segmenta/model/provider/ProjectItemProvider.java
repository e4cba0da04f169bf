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

import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;

/**
 * This is the item provider adapter for a {@link org.segmenta.model.Project} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ProjectItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectItemProvider(AdapterFactory adapterFactory) {
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

			addOrganisationPropertyDescriptor(object);
			addAudiencePropertyDescriptor(object);
			addLanguagePropertyDescriptor(object);
			addPrimarySegmentationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_organisation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_organisation_feature", "_UI_Project_type"),
				 SegmentaPackage.Literals.PROJECT__ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Audience feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudiencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_audience_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_audience_feature", "_UI_Project_type"),
				 SegmentaPackage.Literals.PROJECT__AUDIENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Language feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLanguagePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_language_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_language_feature", "_UI_Project_type"),
				 SegmentaPackage.Literals.PROJECT__LANGUAGE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Segmentation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimarySegmentationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Project_primarySegmentation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Project_primarySegmentation_feature", "_UI_Project_type"),
				 SegmentaPackage.Literals.PROJECT__PRIMARY_SEGMENTATION,
				 false,
				 false,
				 false,
				 null,
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
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__SEGMENTATIONS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__VALUE_COMMUNITIES);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__VALUES);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__PERSONAS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__JOBS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__BUYING_CENTERS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__VARIABLES);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__DATA_SOURCES);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__INSIGHTS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__CHANNELS);
			childrenFeatures.add(SegmentaPackage.Literals.PROJECT__JOURNEY_STAGES);
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
	 * This returns Project.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Project"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Project)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Project_type") :
			getString("_UI_Project_type") + " " + label;
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

		switch (notification.getFeatureID(Project.class)) {
			case SegmentaPackage.PROJECT__ORGANISATION:
			case SegmentaPackage.PROJECT__AUDIENCE:
			case SegmentaPackage.PROJECT__LANGUAGE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SegmentaPackage.PROJECT__SEGMENTATIONS:
			case SegmentaPackage.PROJECT__VALUE_COMMUNITIES:
			case SegmentaPackage.PROJECT__VALUES:
			case SegmentaPackage.PROJECT__PERSONAS:
			case SegmentaPackage.PROJECT__JOBS:
			case SegmentaPackage.PROJECT__BUYING_CENTERS:
			case SegmentaPackage.PROJECT__VARIABLES:
			case SegmentaPackage.PROJECT__DATA_SOURCES:
			case SegmentaPackage.PROJECT__INSIGHTS:
			case SegmentaPackage.PROJECT__CHANNELS:
			case SegmentaPackage.PROJECT__JOURNEY_STAGES:
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
				(SegmentaPackage.Literals.PROJECT__SEGMENTATIONS,
				 SegmentaFactory.eINSTANCE.createSegmentation()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__VALUE_COMMUNITIES,
				 SegmentaFactory.eINSTANCE.createValueCommunity()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__VALUES,
				 SegmentaFactory.eINSTANCE.createValue()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__PERSONAS,
				 SegmentaFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__JOBS,
				 SegmentaFactory.eINSTANCE.createJob()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__BUYING_CENTERS,
				 SegmentaFactory.eINSTANCE.createBuyingCenter()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__VARIABLES,
				 SegmentaFactory.eINSTANCE.createVariable()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__DATA_SOURCES,
				 SegmentaFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__INSIGHTS,
				 SegmentaFactory.eINSTANCE.createInsight()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__CHANNELS,
				 SegmentaFactory.eINSTANCE.createChannel()));

		newChildDescriptors.add
			(createChildParameter
				(SegmentaPackage.Literals.PROJECT__JOURNEY_STAGES,
				 SegmentaFactory.eINSTANCE.createJourneyStage()));
	}

}
