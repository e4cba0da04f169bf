/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.segmenta.registry.ContributionReader;
import org.segmenta.registry.ContributionRegistry;

/** The segmentation methods contributed to the {@code org.segmenta.analysis.analysers} extension point. */
public final class AnalyserRegistry {

	public static final String EXTENSION_POINT = "org.segmenta.analysis.analysers";

	private static final ContributionRegistry<AnalyserRegistry> INSTALLED = ContributionRegistry
			.ofPlatform(registry -> fromExtensions(registry, ContributionReader.LOG_ONLY), EXTENSION_POINT);

	/**
	 * One contributed method.
	 *
	 * @param id            what users pass as {@code --method}
	 * @param name          a human-readable name
	 * @param missingValues how the method treats missing values, in one sentence
	 */
	public record Analyser(String id, String name, String missingValues, IConfigurationElement element) {

		/** A new instance of the method; its class is loaded on first use. */
		public SegmentationMethod create() throws CoreException {
			return ContributionReader.create(element, "class", SegmentationMethod.class);
		}
	}

	private final List<Analyser> analysers;

	private AnalyserRegistry(List<Analyser> analysers) {
		this.analysers = List.copyOf(analysers);
	}

	/** The methods contributed to the running platform, read once and again after their contributions change. */
	public static AnalyserRegistry getDefault() {
		return INSTALLED.get();
	}

	/**
	 * The methods contributed to {@code registry}. A contribution without an id, name, class or
	 * missing-values sentence, or with an id already taken, is logged, told to {@code problems} and
	 * left out.
	 */
	public static AnalyserRegistry fromExtensions(IExtensionRegistry registry, Consumer<String> problems) {
		List<Analyser> analysers = new ArrayList<>();
		new ContributionReader(EXTENSION_POINT, Set.of("analyser"), problems) {
			@Override
			protected void readElement(IConfigurationElement element) {
				Map<String, String> attributes = requiredAttributes(element, "id", "name", "missingValues", "class");
				if (attributes != null && claim(element, "analyser id", attributes.get("id"))) {
					analysers.add(new Analyser(attributes.get("id"), attributes.get("name"), attributes.get("missingValues"), element));
				}
			}
		}.readRegistry(registry);
		return new AnalyserRegistry(analysers);
	}

	public List<Analyser> analysers() {
		return analysers;
	}

	public Optional<Analyser> find(String id) {
		return analysers.stream().filter(analyser -> analyser.id().equals(id)).findFirst();
	}

	/** The ids, for messages such as "use one of ...". */
	public List<String> ids() {
		return analysers.stream().map(Analyser::id).toList();
	}
}
