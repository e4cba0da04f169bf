/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Status;

/**
 * Reads the contributions to one extension point, in the manner of EMF's {@code RegistryReader}:
 * {@link #readRegistry} hands every element to {@link #readElement}. A contribution that cannot be
 * used (a missing attribute, a class that cannot be created or has the wrong type, a duplicate key,
 * an unknown element) is logged with the contributing bundle's name and skipped, so one broken
 * plug-in never stops the others.
 * <p>
 * Unlike EMF's reader, the element names the extension point knows are given up front, so that
 * {@link #readElement} sees only those; and there is no incremental removal: a registry built from
 * a reader is read again as a whole when its extension point changes (see
 * {@link ContributionRegistry}), because which of two duplicates wins and the order of the rest
 * depend on all contributions together.
 */
public abstract class ContributionReader {

	/** For readers whose problems are logged and shown to no one else. */
	public static final Consumer<String> LOG_ONLY = problem -> {
	};

	private final String extensionPoint;
	private final Set<String> elementNames;
	private final Consumer<String> problems;
	private final List<String> logged = new ArrayList<>();
	private final Map<String, String> claimedBy = new HashMap<>();

	/**
	 * @param elementNames the elements the extension point knows; others are logged as unknown
	 * @param problems     told every logged problem as one line, for callers that show them too
	 *                     (the headless commands print them)
	 */
	protected ContributionReader(String extensionPoint, Set<String> elementNames, Consumer<String> problems) {
		this.extensionPoint = extensionPoint;
		this.elementNames = Set.copyOf(elementNames);
		this.problems = problems;
	}

	/** Reads every contribution to the extension point, in the registry's order. */
	public void readRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
			if (!elementNames.contains(element.getName())) {
				logError(element, "unknown element '" + element.getName() + "' in " + extensionPoint + "; it is ignored");
				continue;
			}
			try {
				readElement(element);
			} catch (RuntimeException e) {
				// a contributed class may fail in its constructor or its first method
				logError(element, element.getName() + " cannot be read (" + ContributionLog.describe(e) + "); it is ignored", e);
			}
		}
	}

	/** Reads one contributed element of a known name, logging through {@link #logError} what makes it unusable. */
	protected abstract void readElement(IConfigurationElement element);

	/**
	 * The values of {@code attributes}, stripped, by name; {@code null} when one is missing or
	 * blank, each of those logged.
	 */
	protected Map<String, String> requiredAttributes(IConfigurationElement element, String... attributes) {
		Map<String, String> values = new HashMap<>();
		for (String attribute : attributes) {
			values.put(attribute, requiredAttribute(element, attribute));
		}
		return values.containsValue(null) ? null : values;
	}

	/** The value of {@code attribute}, stripped; {@code null}, logged, when it is missing or blank. */
	protected String requiredAttribute(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			logMissingAttribute(element, attribute);
			return null;
		}
		return value.strip();
	}

	/**
	 * A new instance of the class named by {@code attribute}; {@code null}, logged, when the
	 * attribute is missing or the class cannot be created or is no {@code type}.
	 */
	protected <T> T createExtension(IConfigurationElement element, String attribute, Class<T> type) {
		if (requiredAttribute(element, attribute) == null) {
			return null;
		}
		try {
			return create(element, attribute, type);
		} catch (CoreException e) {
			logError(element, e.getMessage() + "; it is ignored", e);
			return null;
		}
	}

	/**
	 * Whether {@code key} is contributed here for the first time; a later contribution of it is
	 * logged and refused, so the first one keeps it.
	 *
	 * @param kind what the key is, for the message: {@code rule id}, {@code command}
	 */
	protected boolean claim(IConfigurationElement element, String kind, String key) {
		String first = claimedBy.putIfAbsent(kind + '\n' + key, element.getContributor().getName());
		if (first == null) {
			return true;
		}
		logError(element, kind + " '" + key + "' is already contributed by " + first + "; the second contribution is ignored");
		return false;
	}

	protected void logMissingAttribute(IConfigurationElement element, String attribute) {
		logError(element, element.getName() + " in " + extensionPoint + " has no '" + attribute + "' attribute; it is ignored");
	}

	/** Logs {@code message} with the name of the bundle that contributed {@code element}. */
	protected void logError(IConfigurationElement element, String message) {
		logError(element, message, null);
	}

	protected void logError(IConfigurationElement element, String message, Throwable cause) {
		String line = ContributionLog.warn(element, message, cause);
		logged.add(line);
		problems.accept(line);
	}

	/** What this reader has logged so far, one line each, naming the plug-in. */
	public List<String> problems() {
		return List.copyOf(logged);
	}

	/**
	 * A new instance of the class named by {@code attribute}, for descriptors that load their
	 * class on first use.
	 *
	 * @throws CoreException saying which class cannot be created, or that it is no {@code type}
	 */
	public static <T> T create(IConfigurationElement element, String attribute, Class<T> type) throws CoreException {
		String what = element.getName() + " class " + element.getAttribute(attribute);
		Object instance;
		try {
			instance = element.createExecutableExtension(attribute);
		} catch (CoreException e) {
			throw new CoreException(Status.error(what + " cannot be created (" + ContributionLog.describe(e) + ")", e));
		}
		if (!type.isInstance(instance)) {
			throw new CoreException(Status.error(what + " does not implement " + type.getName()));
		}
		return type.cast(instance);
	}
}
