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
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.internal.DescriptionChecker;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.diagram.internal.DiagramResourceFactory;

/**
 * The diagram kinds available: the descriptions and services contributed through the
 * {@code org.segmenta.diagram.descriptions} extension point. A description that does not load or
 * does not fit the metamodel is left out, and the reason reported, naming its file.
 */
public final class DiagramKinds {

	public static final String EXTENSION_POINT = "org.segmenta.diagram.descriptions";
	public static final String FILE_EXTENSION = "diagramdescription";

	private static DiagramKinds installed;

	private final Map<String, DiagramDescription> descriptions = new LinkedHashMap<>();
	private final Map<String, DiagramService> services = new HashMap<>();

	private DiagramKinds() {
	}

	/** The kinds contributed to the running platform, loaded once. */
	public static synchronized DiagramKinds getDefault() {
		if (installed == null) {
			ILog log = Platform.getLog(DiagramKinds.class);
			installed = fromExtensions(Platform.getExtensionRegistry(), log::warn);
		}
		return installed;
	}

	/** The kinds contributed to {@code registry}; unusable contributions go to {@code problems}. */
	public static DiagramKinds fromExtensions(IExtensionRegistry registry, Consumer<String> problems) {
		DiagramKinds kinds = new DiagramKinds();
		ResourceSet resourceSet = newResourceSet();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			switch (element.getName()) {
			case "description" -> {
				URI uri = URI.createPlatformPluginURI(contributor + "/" + element.getAttribute("file"), true);
				try {
					kinds.add(load(resourceSet, uri));
				} catch (IllegalArgumentException e) {
					problems.accept(e.getMessage());
				}
			}
			case "service" -> {
				try {
					kinds.services.put(element.getAttribute("name"), (DiagramService) element.createExecutableExtension("class"));
				} catch (CoreException | ClassCastException e) {
					problems.accept(contributor + ": diagram service '" + element.getAttribute("name") + "' cannot be created: "
							+ e.getMessage());
				}
			}
			default -> problems.accept(contributor + ": unknown element '" + element.getName() + "' in " + EXTENSION_POINT);
			}
		}
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
