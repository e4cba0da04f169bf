/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationSettings;

/**
 * {@code ./segmenta export-diagram MODEL --kind KIND --out FILE.svg|png [--no-validation]}: renders
 * a diagram kind of a model with its saved layout (or an ELK layout when it has none) and the
 * validation findings as badges, without a browser.
 */
public class ExportDiagramCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("kind", "out"), Set.of("no-validation"));
		Path model = context.resolve(arguments.requireSinglePositional("MODEL file"));
		DiagramKinds kinds = DiagramKinds.getDefault();
		String kind = arguments.option("kind").orElseThrow(() -> new UsageException(
				"--kind is required; the kinds are " + String.join(", ", kinds.all().stream().map(DiagramDescription::getId).toList())));
		String out = arguments.option("out").orElseThrow(() -> new UsageException("--out FILE.svg or FILE.png is required"));
		String lower = out.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(".svg") && !lower.endsWith(".png")) {
			throw new UsageException("--out " + out + ": the file name must end in .svg or .png");
		}
		if (kinds.find(kind).isEmpty()) {
			throw new UsageException("--kind " + kind + ": no such diagram kind; the kinds are "
					+ String.join(", ", kinds.all().stream().map(DiagramDescription::getId).toList()));
		}
		context.progress().beginTask("Exporting the " + kind + " diagram", 3);
		DiagramSession session;
		try {
			Project project = SegmentationFiles.load(model, arguments.allowedFolders(context));
			session = DiagramSession.open(project, kinds, kind);
			if (!arguments.flag("no-validation")) {
				RuleCatalog rules = RuleCatalog.getDefault();
				rules.problems().forEach(problem -> context.err().println("segmenta export-diagram: " + problem));
				session.showValidation(new SegmentationValidator(ValidationSettings.forModel(model, rules),
						Clock.systemDefaultZone()).validate(project));
			}
		} catch (ModelLoadException | SettingsException e) {
			throw new UsageException(e.getMessage(), e);
		}
		context.progress().worked(1);
		DiagramGraph graph = session.graph();
		context.progress().worked(1);
		Path file = context.resolve(out);
		try {
			DiagramImages.write(graph, file);
		} catch (IOException e) {
			throw new UsageException(file + ": cannot write the diagram: " + e.getMessage(), e);
		}
		context.progress().done();
		context.err().printf("%s: %d nodes, %d edges in %s%n", kind, graph.nodes().size(), graph.edges().size(), file);
		return ExitCode.OK;
	}
}
