/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * The one way an editing domain for Segmenta models is made: the item providers registered for
 * the model's packages (Segmenta's own, {@link SegmentaEditAdapterFactory}, and any a plug-in
 * contributes), a {@link ModelCommandStack}, and the guarded resource set of
 * {@link SegmentationFiles#newResourceSet()}.
 */
public final class ModelEditingDomains {

	private ModelEditingDomains() {
	}

	/** A new editing domain; the caller disposes its adapter factory when done with it. */
	public static AdapterFactoryEditingDomain newEditingDomain() {
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new ModelCommandStack(),
				SegmentationFiles.newResourceSet());
		// what AdapterFactoryEditingDomain.getEditingDomainFor asks: the Properties view and the diagrams find the domain so
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		return domain;
	}

	/** The composed adapter factory of a domain made by {@link #newEditingDomain()}. */
	public static ComposedAdapterFactory adapterFactory(AdapterFactoryEditingDomain domain) {
		return (ComposedAdapterFactory) domain.getAdapterFactory();
	}
}
