/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.TypingTool;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.Printable;
import org.segmenta.cli.UsageException;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * {@code ./segmenta typing-tool DATA --assignments FILE --columns c1,c2,... --out DIR [--model FILE]}: trains a
 * classifier that types new people into the segments of an {@code assignments.csv} and writes
 * {@code typing-tool.json} (rules and accuracy) and {@code typing-tool.sql} (a {@code CASE}
 * expression); the model's data source of DATA names the defaults of {@code --weight} and {@code --id}.
 */
public class TypingToolCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments parsed = Arguments.parse(context.arguments(),
				DataArguments.withDataOptions("assignments", "columns", "classifier", "seed", "out", "model"), Set.of());
		Path dataFile = context.resolve(parsed.requireSinglePositional("DATA file"));
		// the model's data source of this file names the weight and id unless --weight and --id do
		Arguments arguments = DataArguments.withModelDefaults(parsed, DataArguments.model(parsed, context), dataFile,
				context.err());
		Path assignmentsFile = context.resolve(
				arguments.option("assignments").orElseThrow(() -> new UsageException("missing --assignments FILE")));
		List<String> columns = DataArguments.list(
				arguments.option("columns").orElseThrow(() -> new UsageException("missing --columns c1,c2,...")));
		Path out = context.resolve(arguments.option("out").orElseThrow(() -> new UsageException("missing --out DIR")));
		TypingTool.Kind kind = switch (arguments.option("classifier").orElse("lda")) {
		case "lda" -> TypingTool.Kind.LDA;
		case "centroid" -> TypingTool.Kind.NEAREST_CENTROID;
		default -> throw new UsageException("--classifier is lda or centroid, not " + arguments.option("classifier").get());
		};
		SubMonitor progress = SubMonitor.convert(context.progress(), "Typing tool for " + dataFile.getFileName(), 4);
		Dataset data = DataArguments.read(dataFile, arguments, context.err(), progress.split(2));
		try {
			SegmentColumn segments = DataArguments.readAssignments(assignmentsFile, data, arguments, progress.split(1));
			int[] typed = IntStream.range(0, data.rowCount())
					.filter(row -> segments.labels()[row] >= 0).toArray();
			FeatureMatrix matrix = FeatureMatrix.of(data, columns, false, typed);
			int[] labels = new int[matrix.rows()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = segments.labels()[matrix.row(i)];
			}
			int k = segments.names().size();
			double[] caseWeights = data.caseWeights().orElse(null);
			double[] weights = caseWeights == null ? null
					: IntStream.range(0, matrix.rows()).mapToDouble(i -> caseWeights[matrix.row(i)]).toArray();
			TypingTool tool = TypingTool.train(kind, matrix, labels, k, weights);
			long seed = Long.parseLong(arguments.option("seed").orElse("1"));
			List<TypingTool.Accuracy> accuracies = new ArrayList<>();
			accuracies.add(TypingTool.holdOut(kind, matrix, labels, k, seed, weights));
			if (kind == TypingTool.Kind.NEAREST_CENTROID) {
				accuracies.add(TypingTool.leaveOneOutNearestCentroid(matrix, labels, k));
			}
			Map<String, Object> json = new LinkedHashMap<>();
			if (weights != null) {
				json.put("weight", DataArguments.weight(data));
			}
			json.putAll(tool.rules(columns, segments.names()));
			List<Object> accuracyJson = new ArrayList<>();
			List<Object> confusionJson = new ArrayList<>();
			for (TypingTool.Accuracy accuracy : accuracies) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("method", accuracy.method());
				entry.put("correct", accuracy.correct());
				entry.put("tested", accuracy.tested());
				entry.put("accuracy", accuracy.value());
				if (!Double.isNaN(accuracy.weightedShare())) {
					entry.put("accuracyWeighted", true);
				}
				Map<String, Object> confusion = new LinkedHashMap<>();
				confusion.put("method", accuracy.method());
				confusion.put("rows", "true segment");
				confusion.put("columns", "typed segment");
				confusion.put("segments", segments.names());
				confusion.put("counts", List.of(accuracy.confusion()));
				confusionJson.add(confusion);
				accuracyJson.add(entry);
				context.out().printf(Locale.ROOT, "%s accuracy (%s): %.1f%% of %d%s%n", json.get("classifier"),
						accuracy.method(), accuracy.value() * 100, accuracy.tested(), DataArguments.weightNote(data));
				printConfusion(context, segments.names(), accuracy.confusion());
			}
			json.put("accuracy", accuracyJson);
			AtomicFiles.writeString(out.resolve("typing-tool.json"), ResultJson.write(json));
			AtomicFiles.writeString(out.resolve("typing-tool-confusion.json"), ResultJson.write(confusionJson));
			AtomicFiles.writeString(out.resolve("typing-tool.sql"), tool.sql(columns, segments.names()) + "\n");
			return ExitCode.OK;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (NumberFormatException e) {
			throw new UsageException("--seed expects a whole number", e);
		} catch (IOException e) {
			throw new UsageException("cannot write the typing tool to " + out + ": " + e.getMessage(), e);
		}
	}

	/** The confusion matrix: a row per true segment, a column per typed one. */
	private static void printConfusion(CommandContext context, List<String> names, int[][] confusion) {
		int width = 8;
		for (String name : names) {
			width = Math.max(width, Printable.text(name).length() + 1);
		}
		String cell = "%" + width + "s";
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT, cell, "true\\typed"));
		for (String name : names) {
			text.append(String.format(Locale.ROOT, cell, Printable.text(name)));
		}
		context.out().println(text);
		for (int row = 0; row < confusion.length; row++) {
			text = new StringBuilder(String.format(Locale.ROOT, cell, Printable.text(names.get(row))));
			for (int count : confusion[row]) {
				text.append(String.format(Locale.ROOT, cell, count));
			}
			context.out().println(text);
		}
	}
}
