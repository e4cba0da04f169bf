/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;

/**
 * A careless contributed command: it trusts its file, a count on the first line, and allocates that
 * many numbers, so a bad file ends in the exceptions and errors of a real bug.
 */
public class AllocateCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Path file = context.resolve(Arguments.parse(context.arguments(), Set.of(), Set.of())
				.requireSinglePositional("FILE"));
		try {
			String count = Files.readAllLines(file).get(0);
			long[] numbers = new long[Integer.parseInt(count)];
			context.out().println(numbers.length + " numbers");
			return ExitCode.OK;
		} catch (IOException e) {
			throw new UsageException(file + ": cannot be read");
		}
	}
}
