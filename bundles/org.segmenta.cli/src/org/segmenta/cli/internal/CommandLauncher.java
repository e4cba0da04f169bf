/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.Printable;
import org.segmenta.cli.ProgressLine;
import org.segmenta.cli.UsageException;

/** Dispatches {@code ./segmenta COMMAND ARGS...} to the contributed command and maps the outcome to an exit code. */
public final class CommandLauncher {

	private final CommandRegistry registry;
	private final PrintStream out;
	private final PrintStream err;
	private final Path workingDirectory;

	/** A launcher for the commands contributed to the running platform. */
	public CommandLauncher(PrintStream out, PrintStream err, Path workingDirectory) {
		this.registry = CommandRegistry.getDefault();
		this.out = out;
		this.err = err;
		this.workingDirectory = workingDirectory;
	}

	public int run(List<String> words) {
		if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("-h")
				|| words.get(0).equals("help")) {
			printHelp(out);
			return ExitCode.OK;
		}
		String name = words.get(0);
		Optional<CommandDescriptor> descriptor = registry.find(name);
		if (descriptor.isEmpty()) {
			err.println("segmenta: unknown command '" + name + "'. Run ./segmenta --help for the list.");
			return ExitCode.UNUSABLE_INPUT;
		}
		List<String> arguments = words.subList(1, words.size());
		boolean help = arguments.contains("--help");
		if (help) {
			out.println("usage: ./segmenta " + descriptor.get().usage());
			out.println(descriptor.get().description());
			arguments = arguments.stream().filter(word -> !word.equals("--help")).toList();
			if (arguments.isEmpty()) {
				return ExitCode.OK;
			}
		}
		try (ProgressLine progress = new ProgressLine(err)) {
			Command command = descriptor.get().create();
			CommandContext context = new CommandContext(arguments, out, err, workingDirectory, progress);
			if (help) {
				command.printHelp(context);
				return ExitCode.OK;
			}
			return command.execute(context);
		} catch (UsageException e) {
			err.println("segmenta " + name + ": " + Printable.text(e.getMessage()));
			return ExitCode.UNUSABLE_INPUT;
		} catch (OperationCanceledException e) {
			err.println("segmenta " + name + ": cancelled");
			return ExitCode.PROBLEMS;
		} catch (CoreException e) {
			err.println("segmenta " + name + ": the command could not be started: " + Printable.text(e.getMessage()));
			return ExitCode.UNUSABLE_INPUT;
		} catch (OutOfMemoryError e) {
			err.println("segmenta " + name + ": ran out of memory on " + inputs(arguments)
					+ "; the input is too large for the memory given (raise it with SEGMENTA_VM_ARGS=-Xmx…, see the README)");
			return ExitCode.UNUSABLE_INPUT;
		} catch (StackOverflowError e) {
			err.println("segmenta " + name + ": " + inputs(arguments) + " is nested too deeply to process");
			return ExitCode.UNUSABLE_INPUT;
		} catch (RuntimeException | LinkageError | AssertionError e) {
			// a command should report bad input as a UsageException; this keeps the promise of exit 2
			// with the input named instead of the platform's exit 13 and its log file
			err.println("segmenta " + name + ": failed on " + inputs(arguments) + ": " + describe(e));
			return ExitCode.UNUSABLE_INPUT;
		}
	}

	/** The files and words a command was given, for a message about a failure it did not explain. */
	private static String inputs(List<String> arguments) {
		List<String> positional = arguments.stream().filter(word -> !word.startsWith("--")).toList();
		return positional.isEmpty() ? "its arguments" : Printable.text(String.join(" ", positional));
	}

	/** An unexpected exception in one line: its kind and message, and those of its root cause. */
	private static String describe(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
		if (root != e) {
			text += " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage())
					+ ")";
		}
		return Printable.text(text);
	}

	void printHelp(PrintStream stream) {
		stream.println("usage: ./segmenta [COMMAND [ARGS...]]");
		stream.println();
		stream.println("Without a command, the workbench opens. Commands run headless:");
		for (CommandDescriptor command : registry.all()) {
			// usages grow long with options, so each description gets its own indented line
			stream.println("  " + command.usage());
			stream.println("      " + command.description());
		}
		stream.println();
		stream.println("Exit codes: 0 success; 1 the command ran and found problems;");
		stream.println("            2 unusable input or arguments (the reason is on standard error).");
		stream.println("ARGS --help shows one command's usage. --allow-path DIR (repeatable) lets a model name");
		stream.println("files in DIR, outside the model's folder.");
	}
}
