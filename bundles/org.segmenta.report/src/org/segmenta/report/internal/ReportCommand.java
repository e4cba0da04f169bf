/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.report.ReportFormat;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportResult;
import org.segmenta.report.ReportWriter;

/**
 * {@code ./segmenta report MODEL --out DIR [--formats html,pdf,...] [--language da|sv|fi|en]}: writes the report in every
 * requested format through {@link ReportWriter}. One failing format leaves no file of its own
 * behind and does not stop the others; the command then exits with 1, as it does when cancelled.
 */
public class ReportCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("out", "formats", "language"), Set.of());
		Path modelFile = context.resolve(arguments.requireSinglePositional("MODEL file"));
		Path folder = context.resolve(arguments.option("out")
				.orElseThrow(() -> new UsageException("missing --out DIR, the folder to write the report into")));
		ReportWriter report = new ReportWriter();
		List<String> formats = select(report.formats().stream().map(ReportFormat::id).toList(),
				arguments.option("formats").orElse(""));

		ReportLanguage language = null;
		if (arguments.option("language").isPresent()) {
			try {
				language = ReportLanguage.of(arguments.option("language").get());
			} catch (IllegalArgumentException e) {
				throw new UsageException("--language: " + e.getMessage(), e);
			}
		}

		ReportResult result;
		try {
			result = report.write(modelFile, folder, formats, arguments.allowedFolders(context), language,
					context.progress());
		} catch (CoreException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (OperationCanceledException e) {
			context.err().println("segmenta report: "
					+ (language == null ? ReportLanguage.ENGLISH : language).text("command.cancelled", folder.toString()));
			return ExitCode.PROBLEMS;
		}
		for (String leftOut : result.sourcesLeftOut()) {
			context.err().println("segmenta report: " + leftOut);
		}
		for (ReportResult.Format failed : result.failed()) {
			context.err().println("segmenta report: " + result.language().text("command.failed", failed.name(), failed.message()));
		}
		result.written().forEach(context.out()::println);
		return result.isOK() ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	private static List<String> select(List<String> available, String formats) throws UsageException {
		if (formats.isBlank()) {
			return available;
		}
		Set<String> requested = new LinkedHashSet<>();
		for (String format : formats.split(",")) {
			if (!format.isBlank()) {
				requested.add(format.strip().toLowerCase(Locale.ROOT));
			}
		}
		for (String format : requested) {
			if (!available.contains(format)) {
				throw new UsageException("unknown format '" + format + "' in --formats; the formats are "
						+ String.join(", ", available));
			}
		}
		if (requested.isEmpty()) {
			throw new UsageException("--formats names no format; the formats are " + String.join(", ", available));
		}
		return List.copyOf(requested);
	}
}
