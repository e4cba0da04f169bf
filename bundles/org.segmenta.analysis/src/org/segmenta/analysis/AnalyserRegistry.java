/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

/** The segmentation methods contributed to the {@code org.segmenta.analysis.analysers} extension point. */
public final class AnalyserRegistry {

	public static final String EXTENSION_POINT = "org.segmenta.analysis.analysers";

	/**
	 * One contributed method.
	 *
	 * @param id            what users pass as {@code --method}
	 * @param name          a human-readable name
	 * @param missingValues how the method treats missing values, in one sentence
	 */
	public record Analyser(String id, String name, String missingValues, IConfigurationElement element) {

		/** A new instance of the method. */
		public SegmentationMethod create() throws CoreException {
			return (SegmentationMethod) element.createExecutableExtension("class");
		}
	}

	private final List<Analyser> analysers = new ArrayList<>();

	public AnalyserRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if ("analyser".equals(element.getName())) {
				analysers.add(new Analyser(element.getAttribute("id"), element.getAttribute("name"),
						element.getAttribute("missingValues"), element));
			}
		}
	}

	public List<Analyser> analysers() {
		return List.copyOf(analysers);
	}

	public Optional<Analyser> find(String id) {
		return analysers.stream().filter(analyser -> analyser.id().equals(id)).findFirst();
	}

	/** The ids, for messages such as "use one of ...". */
	public List<String> ids() {
		return analysers.stream().map(Analyser::id).toList();
	}
}
