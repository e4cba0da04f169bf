/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;

/** A command contributed only at run time, by {@link RegistryChangeTest}: prints its words. */
public class EchoCommand implements Command {

	@Override
	public int execute(CommandContext context) {
		context.out().println(String.join(" ", context.arguments()));
		return ExitCode.OK;
	}
}
