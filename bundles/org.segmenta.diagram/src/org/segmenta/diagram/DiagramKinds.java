/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.internal.DescriptionChecker;
import org.segmenta.diagram.internal.DiagramResourceFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.registry.ContributionReader;
import org.segmenta.registry.ContributionRegistry;

/**
 * The diagram kinds available: the descriptions and services contributed through the
 * {@code org.segmenta.diagram.descriptions} extension point. A description that does not load or
 * does not fit the metamodel is left out, and the reason reported, naming its file.
 */
public final class DiagramKinds {

	public static final String EXTENSION_POINT = "org.segmenta.diagram.descriptions";
	public static final String FILE_EXTENSION = "diagramdescription";

	private static final ContributionRegistry<DiagramKinds> INSTALLED = ContributionRegistry
			.ofPlatform(registry -> fromExtensions(registry, ContributionReader.LOG_ONLY), EXTENSION_POINT);

	private final Map<String, DiagramDescription> descriptions = new LinkedHashMap<>();
	private final Map<String, DiagramService> services = new HashMap<>();

	private DiagramKinds() {
	}

	/** The kinds contributed to the running platform, loaded once and again after their contributions change. */
	public static DiagramKinds getDefault() {
		return INSTALLED.get();
	}

	/**
	 * The kinds contributed to {@code registry}. A description that does not load or fit the
	 * metamodel, a service that cannot be created, a second kind with an id or a second service with
	 * a name already taken, are logged, told to {@code problems} and left out.
	 */
	public static DiagramKinds fromExtensions(IExtensionRegistry registry, Consumer<String> problems) {
		DiagramKinds kinds = new DiagramKinds();
		ResourceSet resourceSet = newResourceSet();
		new ContributionReader(EXTENSION_POINT, Set.of("description", "service"), problems) {
			@Override
			protected void readElement(IConfigurationElement element) {
				if (element.getName().equals("description")) {
					readDescription(element);
				} else {
					readService(element);
				}
			}

			private void readDescription(IConfigurationElement element) {
				String file = requiredAttribute(element, "file");
				if (file == null) {
					return;
				}
				URI uri = URI.createPlatformPluginURI(element.getContributor().getName() + "/" + file, true);
				try {
					DiagramDescription description = load(resourceSet, uri);
					if (claim(element, "diagram kind", description.getId())) {
						kinds.add(description);
					}
				} catch (IllegalArgumentException e) {
					logError(element, e.getMessage() + "; the kind is left out");
				}
			}

			private void readService(IConfigurationElement element) {
				String name = requiredAttribute(element, "name");
				if (name == null) {
					return;
				}
				DiagramService service = createExtension(element, "class", DiagramService.class);
				if (service != null && claim(element, "diagram service", name)) {
					kinds.services.put(name, service);
				}
			}
		}.readRegistry(registry);
		return kinds;
	}

	/** Kinds made of the given descriptions and services, without the extension registry. */
	public static DiagramKinds of(Collection<DiagramDescription> descriptions, Map<String, DiagramService> services) {
		DiagramKinds kinds = new DiagramKinds();
		descriptions.forEach(kinds::add);
		kinds.services.putAll(services);
		return kinds;
	}

	/**
	 * Loads and checks the description in {@code uri}.
	 *
	 * @throws IllegalArgumentException naming the file and what is wrong
	 */
	public static DiagramDescription load(ResourceSet resourceSet, URI uri) {
		Resource resource;
		try {
			resource = resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new IllegalArgumentException(uri + ": the diagram description cannot be read: " + cause.getMessage(), e);
		}
		List<EObject> contents = resource.getContents();
		if (contents.size() != 1 || !(contents.get(0) instanceof DiagramDescription description)) {
			throw new IllegalArgumentException(uri + ": holds no diagram description");
		}
		List<String> problems = new DescriptionChecker(SegmentaPackage.eINSTANCE).check(description);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(uri + ": " + String.join("; ", problems));
		}
		return description;
	}

	/** A resource set that reads description files, with or without OSGi. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new DiagramResourceFactory());
		return resourceSet;
	}

	private void add(DiagramDescription description) {
		descriptions.putIfAbsent(description.getId(), description);
	}

	public List<DiagramDescription> all() {
		return new ArrayList<>(descriptions.values());
	}

	public Optional<DiagramDescription> find(String id) {
		return Optional.ofNullable(descriptions.get(id));
	}

	/** @throws IllegalArgumentException naming the known kinds when there is none with {@code id} */
	public DiagramDescription get(String id) {
		DiagramDescription description = descriptions.get(id);
		if (description == null) {
			throw new IllegalArgumentException("no diagram kind '" + id + "'; the kinds are " + String.join(", ", descriptions.keySet()));
		}
		return description;
	}

	/** The service contributed as {@code name}, or {@code null}. */
	public DiagramService service(String name) {
		return services.get(name);
	}
}
