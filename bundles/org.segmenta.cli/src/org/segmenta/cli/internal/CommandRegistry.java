/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

/** The commands contributed to {@code org.segmenta.cli.commands}, by name. */
final class CommandRegistry {

	static final String EXTENSION_POINT = "org.segmenta.cli.commands";

	private final Map<String, CommandDescriptor> commands = new TreeMap<>();

	CommandRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"command".equals(element.getName())) {
				continue;
			}
			CommandDescriptor descriptor = CommandDescriptor.of(element);
			CommandDescriptor clash = commands.putIfAbsent(descriptor.name(), descriptor);
			if (clash != null) {
				ILog.of(CommandRegistry.class).warn("Command '" + descriptor.name() + "' of "
						+ descriptor.contributor() + " ignored: " + clash.contributor() + " contributes it already");
			}
		}
	}

	Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	Collection<CommandDescriptor> all() {
		return commands.values();
	}
}
