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
import org.segmenta.cli.UsageException;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * {@code ./segmenta typing-tool DATA --assignments FILE --columns c1,c2,... --out DIR}: trains a
 * classifier that types new people into the segments of an {@code assignments.csv} and writes
 * {@code typing-tool.json} (rules and accuracy) and {@code typing-tool.sql} (a {@code CASE}
 * expression).
 */
public class TypingToolCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(),
				Set.of("assignments", "columns", "classifier", "seed", "types", "sheet", "missing", "out"), Set.of());
		Path dataFile = context.resolve(arguments.requireSinglePositional("DATA file"));
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
			SegmentColumn segments = DataArguments.readAssignments(assignmentsFile, data, progress.split(1));
			int[] typed = IntStream.range(0, data.rowCount())
					.filter(row -> segments.labels()[row] >= 0).toArray();
			FeatureMatrix matrix = FeatureMatrix.of(data, columns, false, typed);
			int[] labels = new int[matrix.rows()];
			for (int i = 0; i < labels.length; i++) {
				labels[i] = segments.labels()[matrix.row(i)];
			}
			int k = segments.names().size();
			TypingTool tool = TypingTool.train(kind, matrix, labels, k);
			long seed = Long.parseLong(arguments.option("seed").orElse("1"));
			List<TypingTool.Accuracy> accuracies = new ArrayList<>();
			accuracies.add(TypingTool.holdOut(kind, matrix, labels, k, seed));
			if (kind == TypingTool.Kind.NEAREST_CENTROID) {
				accuracies.add(TypingTool.leaveOneOutNearestCentroid(matrix, labels, k));
			}
			Map<String, Object> json = tool.rules(columns, segments.names());
			List<Object> accuracyJson = new ArrayList<>();
			for (TypingTool.Accuracy accuracy : accuracies) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("method", accuracy.method());
				entry.put("correct", accuracy.correct());
				entry.put("tested", accuracy.tested());
				entry.put("accuracy", accuracy.value());
				accuracyJson.add(entry);
				context.out().printf(Locale.ROOT, "%s accuracy (%s): %.1f%% of %d%n", json.get("classifier"),
						accuracy.method(), accuracy.value() * 100, accuracy.tested());
			}
			json.put("accuracy", accuracyJson);
			AtomicFiles.writeString(out.resolve("typing-tool.json"), ResultJson.write(json));
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
}
