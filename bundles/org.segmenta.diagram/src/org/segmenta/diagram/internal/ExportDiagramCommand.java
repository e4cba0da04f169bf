/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramJson;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramMessages;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationSettings;

/**
 * {@code ./segmenta export-diagram MODEL (--kind KIND [--root ID] | --representation NAME) --out
 * FILE.svg|png|json [--language da|sv|fi|en] [--no-validation]}: renders a diagram of a model without a browser. With
 * {@code --kind} a new view of the kind (of the whole model, with the kind's saved layout, or of
 * the element {@code --root} names, laid out by ELK); with {@code --representation} a saved one with
 * its layout. Validation findings are badges; {@code .json} writes the laid-out graph in ELK's JSON
 * format. {@code --help MODEL} lists the model's saved representations. As {@code report} does, it
 * draws in the model's {@code language} unless {@code --language} names another, and speaks that
 * language on the terminal too (progress, the summary, a model that cannot be read); wrong
 * arguments are refused in English, as every command refuses them.
 */
public class ExportDiagramCommand implements Command {

	private static final Set<String> VALUE_OPTIONS = Set.of("kind", "root", "representation", "out", "language");

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), VALUE_OPTIONS, Set.of("no-validation"));
		Path model = context.resolve(arguments.requireSinglePositional("MODEL file"));
		DiagramKinds kinds = DiagramKinds.getDefault();
		String kindsList = kindList(kinds);
		Optional<String> representation = arguments.option("representation");
		Optional<String> kind = arguments.option("kind");
		if (representation.isPresent() == kind.isPresent()) {
			throw new UsageException(representation.isPresent() ? "give --kind or --representation, not both"
					: "--kind or --representation is required; the kinds are " + kindsList);
		}
		if (representation.isPresent() && arguments.option("root").isPresent()) {
			throw new UsageException("--root goes with --kind; a representation keeps its own root");
		}
		String out = arguments.option("out").orElseThrow(() -> new UsageException("--out FILE.svg, FILE.png or FILE.json is required"));
		String lower = out.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".svg") && !lower.endsWith(".png") && !lower.endsWith(".json")) {
			throw new UsageException("--out " + out + ": the file name must end in .svg, .png or .json");
		}
		if (kind.isPresent() && kinds.find(kind.get()).isEmpty()) {
			throw new UsageException("--kind " + kind.get() + ": no such diagram kind; the kinds are " + kindsList);
		}
		Optional<Locale> asked = language(arguments);
		DiagramSession session;
		Locale language = asked.orElse(RuleMessages.DEFAULT);
		try {
			Project project = SegmentationFiles.load(model, arguments.allowedFolders(context));
			// drawn in the model's language, as a report draws it, unless --language names another
			language = asked.orElse(RuleMessages.locale(project.getLanguage()));
			DiagramKinds localized = kinds.in(language);
			DiagramMessages texts = DiagramMessages.of(language);
			context.progress().beginTask(texts.text("export.progress", representation
					.orElseGet(() -> localized.find(kind.get()).map(DiagramDescription::getLabel).orElse(kind.get()))), 3);
			if (representation.isPresent()) {
				session = DiagramSession.openRepresentation(project, localized, representation.get());
			} else if (arguments.option("root").isPresent()) {
				session = DiagramSession.preview(project, localized, kind.get(), arguments.option("root").get());
			} else {
				session = DiagramSession.open(project, localized, kind.get());
			}
			if (!arguments.flag("no-validation")) {
				RuleCatalog rules = RuleCatalog.getDefault();
				rules.problems().forEach(problem -> context.err().println("segmenta export-diagram: " + problem));
				session.showValidation(new SegmentationValidator(ValidationSettings.forModel(model, rules),
						Clock.systemDefaultZone(), language).validate(project));
			}
		} catch (ModelLoadException e) {
			throw new UsageException(e.getMessage(language), e);
		} catch (SettingsException e) {
			throw new UsageException(e.getMessage(language), e);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
		DiagramMessages texts = DiagramMessages.of(language);
		context.progress().worked(1);
		DiagramGraph graph = session.graph();
		context.progress().worked(1);
		Path file = context.resolve(out);
		try {
			if (lower.endsWith(".json")) {
				DiagramJson.write(graph, session.representation().getName(), file);
			} else {
				DiagramImages.write(graph, file);
			}
		} catch (IOException e) {
			throw new UsageException(texts.text("export.cannotWrite", file, e.getMessage()), e);
		}
		context.progress().done();
		context.err().println(texts.text("export.written", session.representation().getName(),
				session.description().getId(), graph.nodes().size(), graph.edges().size(), file.toString()));
		return ExitCode.OK;
	}

	/** The language {@code --language} names, refused unless diagrams are drawn in it; empty without the option. */
	private static Optional<Locale> language(Arguments arguments) throws UsageException {
		Optional<String> tag = arguments.option("language");
		if (tag.isEmpty()) {
			return Optional.empty();
		}
		Locale language = RuleMessages.locale(tag.get());
		if (!RuleMessages.LANGUAGES.contains(language.getLanguage())) {
			throw new UsageException("--language: diagrams are not drawn in '" + tag.get() + "'; the languages are "
					+ String.join(", ", RuleMessages.LANGUAGES));
		}
		return Optional.of(language);
	}

	/** {@code --help MODEL}: the kinds, and the model's saved representations. */
	@Override
	public void printHelp(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), VALUE_OPTIONS, Set.of("no-validation"));
		Path model = context.resolve(arguments.requireSinglePositional("MODEL file"));
		DiagramKinds kinds = DiagramKinds.getDefault();
		context.out().println();
		context.out().println("Kinds (--kind): " + kindList(kinds));
		Representations representations;
		try {
			Project project = SegmentationFiles.load(model, arguments.allowedFolders(context));
			representations = Representations.of(project, kinds);
		} catch (ModelLoadException e) {
			throw new UsageException(e.getMessage(), e);
		}
		List<DiagramView> views = representations.all();
		if (views.isEmpty()) {
			context.out().println("Representations (--representation) of " + model.getFileName() + ": none saved yet");
			return;
		}
		context.out().println("Representations (--representation) of " + model.getFileName() + ":");
		for (DiagramView view : views) {
			context.out().println("  " + representations.describe(view));
		}
	}

	private static String kindList(DiagramKinds kinds) {
		return String.join(", ", kinds.all().stream().map(DiagramDescription::getId).toList());
	}
}
