/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

/**
 * A headless command of the {@code ./segmenta} launcher, contributed through the
 * {@code org.segmenta.cli.commands} extension point.
 */
public interface Command {

	/**
	 * Runs the command.
	 *
	 * @return {@link ExitCode#OK} on success, {@link ExitCode#PROBLEMS} when the command ran and
	 *         found problems
	 * @throws UsageException for bad arguments or unusable input; the launcher prints the message
	 *                        on standard error and exits with {@link ExitCode#UNUSABLE_INPUT}
	 */
	int execute(CommandContext context) throws UsageException;

	/**
	 * Prints what {@code --help} adds about the other arguments given with it, after the usage (e.g.
	 * what the model named holds); nothing by default.
	 *
	 * @throws UsageException when those arguments are unusable
	 */
	default void printHelp(CommandContext context) throws UsageException {
		// most commands have nothing to add
	}
}
