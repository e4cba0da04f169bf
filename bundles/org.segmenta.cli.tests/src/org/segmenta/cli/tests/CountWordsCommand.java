/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.tests;

import java.util.Set;

import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;

/** A command contributed by this test bundle through the extension point. */
public class CountWordsCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("fail-above"), Set.of());
		int words = arguments.positional().size();
		context.out().println(words + " words");
		int limit;
		try {
			limit = Integer.parseInt(arguments.option("fail-above").orElse(Integer.toString(Integer.MAX_VALUE)));
		} catch (NumberFormatException e) {
			throw new UsageException("--fail-above needs a number, got " + arguments.option("fail-above").get());
		}
		return words > limit ? ExitCode.PROBLEMS : ExitCode.OK;
	}
}
