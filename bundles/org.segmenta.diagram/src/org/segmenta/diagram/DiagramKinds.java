/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.segmenta.diagram.description.DescriptionPackage;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.internal.DescriptionChecker;
import org.segmenta.diagram.internal.DescriptionTranslations;
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

	/** The language of each translated description, for its labels' numbers and words and its refusals. */
	private static final Map<DiagramDescription, Locale> LANGUAGES = Collections.synchronizedMap(new WeakHashMap<>());

	private final Map<String, DiagramDescription> descriptions = new LinkedHashMap<>();
	private final Map<String, DiagramService> services = new HashMap<>();
	/** The kinds as their descriptions are written, which {@link #in(Locale)} translates. */
	private final DiagramKinds originals;
	private final Map<String, DiagramKinds> translations = new ConcurrentHashMap<>();
	private final Locale locale;

	private DiagramKinds() {
		this.originals = this;
		this.locale = Locale.ENGLISH;
	}

	private DiagramKinds(DiagramKinds originals, Locale locale) {
		this.originals = originals;
		this.locale = locale;
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

	/**
	 * These kinds with their texts in {@code locale}'s language (headings, labels, tools, layers,
	 * filters, the names of new elements, and the numbers and enumeration values in labels): the
	 * translations {@code NAME_LANG.properties} beside each description file (see
	 * {@link DescriptionTranslations}). English, and a language a description has no file for, give
	 * the description as written. The workbench shows its diagrams in its own language, a report in
	 * the report's.
	 */
	public DiagramKinds in(Locale locale) {
		String language = locale.getLanguage();
		if (language.isEmpty() || language.equals(Locale.ENGLISH.getLanguage())) {
			return originals;
		}
		return originals.translations.computeIfAbsent(language, key -> originals.translate(Locale.of(key)));
	}

	private DiagramKinds translate(Locale locale) {
		DiagramKinds translated = new DiagramKinds(this, locale);
		translated.services.putAll(services);
		for (DiagramDescription description : descriptions.values()) {
			Properties texts;
			try {
				texts = DescriptionTranslations.read(description, locale.getLanguage());
			} catch (IOException e) {
				// a broken translation leaves the diagram readable, in the description's own words
				Platform.getLog(DiagramKinds.class).warn(description.eResource().getURI() + ": the " + locale.getLanguage()
						+ " texts cannot be read: " + e.getMessage());
				texts = new Properties();
			}
			DiagramDescription copy = DescriptionTranslations.translate(description, texts);
			LANGUAGES.put(copy, locale);
			translated.add(copy);
		}
		return translated;
	}

	/** The language of these kinds' texts: English, or the one {@link #in(Locale)} was asked for. */
	public Locale locale() {
		return locale;
	}

	/** The language {@code description}'s texts are in: English unless {@link #in(Locale)} translated it. */
	public static Locale language(DiagramDescription description) {
		return LANGUAGES.getOrDefault(description, Locale.ENGLISH);
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
