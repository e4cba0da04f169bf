/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.AtomicFiles;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;

/**
 * {@code ./segmenta validate MODEL [--format text|json|junit] [--out FILE] [--strict] [--language da|sv|fi|en]}:
 * checks a model against the segmentation method's rules, for CI. The findings are in English, so CI
 * output stays the same on every machine, unless {@code --language} names another language. Exits 0 without errors, 1 with errors
 * (or with warnings when strict), 2 when the model or its settings cannot be used.
 */
public class ValidateCommand implements Command {

	private final Clock clock;

	public ValidateCommand() {
		this(Clock.systemDefaultZone());
	}

	/** @param clock decides "today" for the age of insights */
	public ValidateCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("format", "out", "language"), Set.of("strict"));
		String modelArgument = arguments.requireSinglePositional("MODEL file");
		ReportFormat format = ReportFormat.named(arguments.option("format").orElse("text"));
		Optional<Path> out = arguments.option("out").map(context::resolve);
		boolean strict = arguments.flag("strict");
		Locale language = RuleMessages.DEFAULT;
		if (arguments.option("language").isPresent()) {
			String tag = arguments.option("language").get();
			language = RuleMessages.locale(tag);
			if (!RuleMessages.LANGUAGES.contains(language.getLanguage())) {
				throw new UsageException("--language: findings are not written in '" + tag + "'; the languages are "
						+ String.join(", ", RuleMessages.LANGUAGES));
			}
		}

		Path model = context.resolve(modelArgument);
		RuleCatalog rules = RuleCatalog.getDefault();
		rules.problems().forEach(problem -> context.err().println("segmenta validate: " + problem));
		ValidationSettings settings;
		Project project;
		try {
			project = SegmentationFiles.load(model, arguments.allowedFolders(context));
			settings = ValidationSettings.forModel(model, rules);
		} catch (ModelLoadException e) {
			// refused in the language of the findings, as a file outside the project is
			throw new UsageException(e.getMessage(language), e);
		} catch (SettingsException e) {
			throw new UsageException(e.getMessage(language), e);
		}

		ValidationReport report = new SegmentationValidator(settings, clock, language).validate(project);
		String rendered = format.render(report, modelArgument, strict);
		if (out.isPresent()) {
			try {
				AtomicFiles.writeString(out.get(), rendered);
			} catch (IOException e) {
				throw new UsageException(out.get() + ": cannot write the report: " + e.getMessage(), e);
			}
		} else {
			context.out().print(rendered);
			context.out().flush();
		}
		// the summary is for the person at the terminal: in the language asked for, as the findings are
		RuleMessages summary = RuleMessages.of(RuleMessages.class, language);
		context.err().println(summary.text("summary", modelArgument, report.count(Severity.ERROR), report.count(Severity.WARNING),
				report.rulesRun().size(), out.map(file -> summary.text("summary.out", format.word(), file)).orElse("")));
		return report.fails(strict) ? ExitCode.PROBLEMS : ExitCode.OK;
	}
}
