/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * What a command runs with: its arguments, the streams to write to, the directory relative paths
 * are resolved against, and a progress monitor that prints a line per step on standard error.
 *
 * @param arguments        the words after the command name
 * @param out              results: what a pipeline captures
 * @param err              messages and progress
 * @param workingDirectory the directory relative paths are resolved against
 * @param progress         reports progress headless; long steps check it for cancellation
 */
public record CommandContext(List<String> arguments, PrintStream out, PrintStream err, Path workingDirectory,
		IProgressMonitor progress) {

	public CommandContext {
		arguments = List.copyOf(arguments);
	}

	/** {@code path} resolved against the working directory. */
	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}
}
