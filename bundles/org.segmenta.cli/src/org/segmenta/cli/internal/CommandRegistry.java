/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.segmenta.registry.ContributionReader;
import org.segmenta.registry.ContributionRegistry;

/** The commands contributed to {@code org.segmenta.cli.commands}, by name. */
final class CommandRegistry {

	static final String EXTENSION_POINT = "org.segmenta.cli.commands";

	private static final ContributionRegistry<CommandRegistry> INSTALLED = ContributionRegistry
			.ofPlatform(CommandRegistry::new, EXTENSION_POINT);

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();

	/**
	 * The commands of {@code registry}; one without a name, class, usage or description, or whose
	 * name is taken, is logged and left out.
	 */
	CommandRegistry(IExtensionRegistry registry) {
		new ContributionReader(EXTENSION_POINT, Set.of("command"), ContributionReader.LOG_ONLY) {
			@Override
			protected void readElement(IConfigurationElement element) {
				Map<String, String> attributes = requiredAttributes(element, "name", "usage", "description", "class");
				if (attributes != null && claim(element, "command", attributes.get("name"))) {
					String name = attributes.get("name");
					commands.put(name, new CommandDescriptor(name, attributes.get("usage"), attributes.get("description"), element));
				}
			}
		}.readRegistry(registry);
	}

	/** The commands of the running platform, read once and again after their contributions change. */
	static CommandRegistry getDefault() {
		return INSTALLED.get();
	}

	Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	Collection<CommandDescriptor> all() {
		return commands.values();
	}
}
