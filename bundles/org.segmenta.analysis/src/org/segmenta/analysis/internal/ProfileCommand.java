/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnLabels;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * {@code ./segmenta profile DATA (--by COLUMN | --assignments FILE) [--vars ...] [--target COLUMN] --out DIR [--model FILE]}:
 * profiles the segments given by a column of the data, or by the assignments a {@code cluster} run
 * wrote, against the total and writes {@code profile.json} (weighted, with the base of every
 * segment and of the total: their people and their weights); the model's data source of DATA names
 * the defaults of {@code --weight} and {@code --id}.
 */
public class ProfileCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments parsed = Arguments.parse(context.arguments(),
				DataArguments.withDataOptions("by", "assignments", "vars", "target", "out", "model"), Set.of());
		Path dataFile = context.resolve(parsed.requireSinglePositional("DATA file"));
		// the model's data source of this file names the weight and id unless --weight and --id do
		Arguments arguments = DataArguments.withModelDefaults(parsed, DataArguments.model(parsed, context), dataFile,
				context.err());
		if (arguments.option("by").isPresent() == arguments.option("assignments").isPresent()) {
			throw new UsageException("give either --by COLUMN or --assignments FILE");
		}
		String by = arguments.option("by").orElse("segment");
		Path out = context.resolve(arguments.option("out").orElseThrow(() -> new UsageException("missing --out DIR")));
		SubMonitor progress = SubMonitor.convert(context.progress(), "Profiling " + dataFile.getFileName(), 3);
		Dataset data = DataArguments.read(dataFile, arguments, context.err(), progress.split(2));
		progress.subTask("Profiling");
		try {
			SegmentColumn segments = arguments.option("assignments").isPresent()
					? DataArguments.readAssignments(context.resolve(arguments.option("assignments").get()), data, arguments, null)
					: SegmentColumn.of(data.column(by));
			List<String> variables = variables(arguments, data, by);
			List<VariableProfile> profiles = Profiler.profile(data, segments.labels(), segments.names().size(),
					variables);
			VariableProfile relevance = null;
			if (arguments.option("target").isPresent()) {
				relevance = Profiler.profile(data, segments.labels(), segments.names().size(),
						List.of(arguments.option("target").get())).get(0);
			}
			long[] sizes = new long[segments.names().size()];
			int[] labels = segments.labels();
			for (int label : labels) {
				if (label != ClusterResult.UNASSIGNED) {
					sizes[label]++;
				}
			}
			AtomicFiles.writeString(out.resolve("profile.json"),
					ResultJson.write(ResultJson.profile(segments.names(), sizes, weightedSizes(data, labels, sizes.length),
							profiles, relevance, DataArguments.weight(data), variable -> labels(data, variable))));
			context.out().printf(Locale.ROOT, "Profiled %d variables over %d segments%s%n", profiles.size(), sizes.length,
					DataArguments.weightNote(data));
			return ExitCode.OK;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (IOException e) {
			throw new UsageException("cannot write " + out.resolve("profile.json") + ": " + e.getMessage(), e);
		}
	}

	/** The weights of each segment's people, the base of its weighted column; {@code null} when unweighted. */
	private static double[] weightedSizes(Dataset data, int[] labels, int segments) throws DataException {
		Optional<NumericColumn> weights = data.caseWeightColumn();
		if (weights.isEmpty()) {
			return null;
		}
		double[] sums = new double[segments];
		for (int row = 0; row < labels.length; row++) {
			if (labels[row] != ClusterResult.UNASSIGNED) {
				sums[labels[row]] += weights.get().value(row);
			}
		}
		return sums;
	}

	private static ColumnLabels labels(Dataset data, String variable) {
		try {
			return data.column(variable).labels();
		} catch (DataException e) {
			return ColumnLabels.NONE; // profiled, so present
		}
	}

	private static List<String> variables(Arguments arguments, Dataset data, String by) throws DataException {
		// the weight is not profiled: it is how the rows count
		if (arguments.option("vars").isPresent()) {
			return DataArguments.list(arguments.option("vars").get());
		}
		List<String> variables = new ArrayList<>();
		for (Column column : data.columns(List.of())) {
			if (!column.name().equals(by) && !DataArguments.isBookkeeping(column, data, arguments)) {
				variables.add(column.name());
			}
		}
		return variables;
	}
}
