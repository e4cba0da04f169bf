/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.segmenta.cli.Command;
import org.segmenta.registry.ContributionReader;

/** One contributed command, read from the extension registry; its class is loaded on first use. */
record CommandDescriptor(String name, String usage, String description, IConfigurationElement element) {

	Command create() throws CoreException {
		return ContributionReader.create(element, "class", Command.class);
	}
}
