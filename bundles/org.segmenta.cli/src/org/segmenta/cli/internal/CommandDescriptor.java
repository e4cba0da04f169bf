/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.segmenta.cli.Command;

/** One contributed command, read from the extension registry; its class is loaded on first use. */
record CommandDescriptor(String name, String usage, String description, String contributor,
		IConfigurationElement element) {

	static CommandDescriptor of(IConfigurationElement element) {
		return new CommandDescriptor(element.getAttribute("name"), element.getAttribute("usage"),
				element.getAttribute("description"), element.getContributor().getName(), element);
	}

	Command create() throws CoreException {
		return (Command) element.createExecutableExtension("class");
	}
}
