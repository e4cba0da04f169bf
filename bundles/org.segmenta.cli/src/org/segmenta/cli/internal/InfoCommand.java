/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.model.summary.ModelSummary;

/** {@code ./segmenta info MODEL}: what a model holds, at a glance. */
public class InfoCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of(), Set.of());
		Path file = context.resolve(arguments.requireSinglePositional("MODEL file"));
		Project project;
		try {
			project = SegmentationFiles.load(file, arguments.allowedFolders(context));
		} catch (ModelLoadException e) {
			throw new UsageException(e.getMessage(), e);
		}
		print(project, file, context.out());
		return ExitCode.OK;
	}

	static void print(Project project, Path file, PrintStream out) {
		out.println(label(project) + "  (" + file.getFileName() + ")");
		printIfSet(out, "Organisation", project.getOrganisation());
		printIfSet(out, "Audience", project.getAudience());

		ModelSummary summary = ModelSummary.of(project);
		out.println();
		out.println("Elements (" + summary.total() + ")");
		for (Map.Entry<EClass, Integer> count : summary.counts().entrySet()) {
			if (count.getValue() > 0) {
				out.printf("  %-20s %6d%n", count.getKey().getName(), count.getValue());
			}
		}

		out.println();
		out.println("Segmentations (" + project.getSegmentations().size() + ")");
		for (Segmentation segmentation : project.getSegmentations()) {
			out.printf("  %s%s [%s] - %d segments%n", segmentation.isPrimary() ? "* " : "  ", label(segmentation),
					segmentation.getPerspective().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' '),
					segmentation.getSegments().size());
			printSegments(out, segmentation.getSegments(), "      ", "");
			if (segmentation.isWeighted()) {
				// the shares listed are weighted; the people stay counts
				out.printf(Locale.ROOT, "      base: n = %d (weighted %.1f), weighted by %s%n",
						segmentation.getUnweightedBase(), segmentation.getWeightedTotal(), segmentation.getWeightedBy());
			}
		}
		if (project.getSegmentations().stream().anyMatch(Segmentation::isPrimary)) {
			out.println("  (* primary)");
		}

		out.println();
		out.println("Personas (" + project.getPersonas().size() + ")");
		for (Persona persona : project.getPersonas()) {
			StringBuilder line = new StringBuilder("  ").append(label(persona));
			if (persona.getAge() > 0) {
				line.append(", ").append(persona.getAge());
			}
			if (persona.getOccupation() != null) {
				line.append(", ").append(persona.getOccupation());
			}
			if (persona.getHome() != null) {
				line.append(", ").append(persona.getHome());
			}
			if (!persona.getSegments().isEmpty()) {
				line.append("  -> ").append(names(persona.getSegments()));
			}
			out.println(line);
		}
	}

	private static void printSegments(PrintStream out, List<Segment> segments, String indent, String nesting) {
		for (Segment segment : segments) {
			// sub-segments are marked and indented, their figures stay in the same columns
			String name = nesting + label(segment);
			StringBuilder line = new StringBuilder(indent).append(String.format(Locale.ROOT, "%-34s", name));
			double share = segment.getAudienceShare();
			if (share > 0) {
				line.append(String.format(Locale.ROOT, " %5.1f%%", share * 100));
			}
			if (segment.getSize() > 0) {
				line.append(String.format(Locale.ROOT, " %7d people", segment.getSize()));
			}
			if (!segment.getPersonas().isEmpty()) {
				line.append("  persona: ").append(names(segment.getPersonas()));
			}
			out.println(line.toString().stripTrailing());
			printSegments(out, segment.getSubSegments(), indent, "  " + nesting + "- ");
		}
	}

	private static void printIfSet(PrintStream out, String label, String value) {
		if (value != null && !value.isBlank()) {
			out.println(label + ": " + value);
		}
	}

	private static String names(List<? extends NamedElement> elements) {
		return elements.stream().map(InfoCommand::label).collect(Collectors.joining(", "));
	}

	private static String label(NamedElement element) {
		return element.getName() == null || element.getName().isBlank() ? "(unnamed " + element.eClass().getName() + ")"
				: element.getName();
	}
}
