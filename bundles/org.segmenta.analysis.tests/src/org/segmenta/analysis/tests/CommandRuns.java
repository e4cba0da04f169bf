/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.UsageException;

/** Headless commands run in a folder, their output and errors gathered in {@link #out}. */
final class CommandRuns {

	private CommandRuns() {
	}

	/** Runs {@code command} with {@code words} in {@code folder}, printing into {@code out}. */
	static int run(Path folder, ByteArrayOutputStream out, Command command, String... words) throws UsageException {
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		return command.execute(new CommandContext(Arrays.asList(words), stream, stream, folder,
				new NullProgressMonitor()));
	}
}
