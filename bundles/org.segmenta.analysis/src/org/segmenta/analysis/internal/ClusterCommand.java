/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.analysis.AnalyserRegistry;
import org.segmenta.analysis.AssignmentsFile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.SegmentationMethod;
import org.segmenta.analysis.SegmentationWriter;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * {@code ./segmenta cluster DATA --method M (--k N | --k-range A..B) --out DIR}: forms segments and
 * writes {@code result.json}, {@code assignments.csv} and, for a range, {@code k-selection.json}.
 * With {@code --model FILE --segmentation ID} the segmentation's basis variables and bounds are the
 * defaults, and the result is written into the model.
 */
public class ClusterCommand implements Command {

	private static final Set<String> OPTIONS = DataArguments.withDataOptions("method", "k", "k-range", "columns",
			"seed", "restarts", "min-share", "lambda", "out", "model", "segmentation");
	private static final Set<String> FLAGS = Set.of("standardize", "replace");

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments parsed = Arguments.parse(context.arguments(), OPTIONS, FLAGS);
		Path dataFile = context.resolve(parsed.requireSinglePositional("DATA file"));
		Path out = context.resolve(parsed.option("out").orElseThrow(() -> new UsageException("missing --out DIR")));
		AnalyserRegistry.Analyser analyser = analyser(parsed.option("method").orElse("kmeans"));
		ModelTarget target = ModelTarget.of(parsed, context);
		// the segmentation's data source names the weight and id unless --weight and --id do
		Arguments arguments = target == null ? parsed
				: DataArguments.withModelDefaults(parsed, target.segmentation().getDataSource());
		int[] range = range(arguments, target);
		ClusterSettings settings = new ClusterSettings(longOption(arguments, "seed", 1),
				(int) longOption(arguments, "restarts", 10), arguments.flag("standardize"),
				Runtime.getRuntime().availableProcessors(), lambda(arguments));
		double minShare = target == null ? 0.0 : target.segmentation().getMinSizeShare();
		if (arguments.option("min-share").isPresent()) {
			minShare = share(arguments.option("min-share").get());
		}

		SubMonitor progress = SubMonitor.convert(context.progress(), "Segmenting " + dataFile.getFileName(), 10);
		Dataset data = DataArguments.read(dataFile, arguments, context.err(), progress.split(1));
		try {
			SegmentationMethod method = analyser.create();
			List<String> columns = columns(arguments, target, data, method);
			if (data.weightColumn().isPresent() && !method.appliesWeights()) {
				throw new UsageException("--method " + analyser.id() + " does not apply case weights, and the data are"
						+ " weighted by " + data.weightColumn().get() + "; give --weight none to segment unweighted");
			}
			if (data.weightColumn().isPresent() && columns.contains(data.weightColumn().get())) {
				throw new UsageException("the weight " + data.weightColumn().get() + " cannot also be a basis column");
			}
			ClusterResult result;
			if (range[0] == range[1]) {
				result = method.cluster(data, columns, range[0], settings, progress.split(8));
			} else {
				SegmentCountSuggestion.Table table = SegmentCountSuggestion.suggest(method, data, columns, range[0],
						range[1], minShare, settings, progress.split(8));
				AtomicFiles.writeString(out.resolve("k-selection.json"),
						ResultJson.write(ResultJson.kSelection(table, minShare, DataArguments.weight(data))));
				if (table.suggested() == 0) {
					context.err().println("No k from " + range[0] + " to " + range[1] + " gives every segment at least "
							+ minShare * 100 + "% of the rows; see " + out.resolve("k-selection.json"));
					return ExitCode.PROBLEMS;
				}
				result = table.result(table.suggested());
				context.out().printf(Locale.ROOT, "Suggested k = %d (%s)%s%n", table.suggested(), table.criterion(),
						DataArguments.weightNote(data));
			}
			requireEverySegment(result, data, columns);
			AtomicFiles.writeString(out.resolve("result.json"),
					ResultJson.write(ResultJson.result(result, columns, analyser.missingValues(), DataArguments.weight(data))));
			AssignmentsFile.write(out.resolve("assignments.csv"), result.labels(), segment -> Integer.toString(segment + 1),
					DataArguments.ids(data, arguments));
			if (target != null) {
				SegmentationWriter.write(target.project(), target.segmentation(), data, result,
						describe(analyser, result, settings, columns) + DataArguments.weightNote(data), target.file());
			}
			context.out().println(summary(result) + DataArguments.weightNote(data));
			return ExitCode.OK;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		} catch (CoreException e) {
			throw new UsageException("the method " + analyser.id() + " cannot be created: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new UsageException("cannot write the results to " + out + ": " + e.getMessage(), e);
		} catch (OperationCanceledException e) {
			context.err().println("Cancelled; nothing was written for the unfinished step.");
			return ExitCode.PROBLEMS;
		}
	}

	/**
	 * Refuses a result with an empty segment: the rows did not allow k segments, as when the basis
	 * columns are constant or have fewer distinct answer patterns than k.
	 */
	private static void requireEverySegment(ClusterResult result, Dataset data, List<String> columns)
			throws UsageException {
		long formed = Arrays.stream(result.sizes()).filter(size -> size > 0).count();
		if (formed < result.k()) {
			throw new UsageException(data.source() + ": " + result.method() + " formed only " + formed + " of the "
					+ result.k() + " segments asked for (sizes " + Arrays.toString(result.sizes())
					+ "): the rows have too few distinct answers in " + String.join(", ", columns)
					+ "; choose a smaller --k or other --columns");
		}
	}

	static AnalyserRegistry.Analyser analyser(String id) throws UsageException {
		AnalyserRegistry registry = AnalyserRegistry.getDefault();
		return registry.find(id).orElseThrow(() -> new UsageException(
				"unknown --method " + id + "; use one of " + String.join(", ", registry.ids())));
	}

	private static int[] range(Arguments arguments, ModelTarget target) throws UsageException {
		Optional<String> k = arguments.option("k");
		Optional<String> kRange = arguments.option("k-range");
		if (k.isPresent() && kRange.isPresent()) {
			throw new UsageException("give either --k or --k-range, not both");
		}
		if (k.isPresent()) {
			int value = positive("k", k.get());
			return new int[] { value, value };
		}
		if (kRange.isPresent()) {
			String[] bounds = kRange.get().split("\\.\\.");
			if (bounds.length != 2) {
				throw new UsageException("--k-range expects A..B, such as 3..8; got " + kRange.get());
			}
			int low = positive("k-range", bounds[0]);
			int high = positive("k-range", bounds[1]);
			if (high < low) {
				throw new UsageException("--k-range " + kRange.get() + " is empty");
			}
			return new int[] { low, high };
		}
		if (target != null && target.segmentation().getMinSegmentCount() > 0
				&& target.segmentation().getMaxSegmentCount() >= target.segmentation().getMinSegmentCount()) {
			return new int[] { target.segmentation().getMinSegmentCount(), target.segmentation().getMaxSegmentCount() };
		}
		throw new UsageException("missing --k N or --k-range A..B");
	}

	private static List<String> columns(Arguments arguments, ModelTarget target, Dataset data,
			SegmentationMethod method) throws DataException, UsageException {
		Optional<String> given = arguments.option("columns");
		if (given.isPresent()) {
			return DataArguments.list(given.get());
		}
		if (target != null && !target.segmentation().getBasisVariables().isEmpty()) {
			return target.segmentation().getBasisVariables().stream().map(Variable::getColumn).toList();
		}
		List<String> columns = data.columns(List.of()).stream()
				.filter(column -> method.accepts(column) && !DataArguments.isBookkeeping(column, data, arguments))
				.map(column -> column.name()).toList();
		if (columns.isEmpty()) {
			throw new UsageException(data.source() + ": no column suits this method; name them with --columns");
		}
		return columns;
	}

	private static String describe(AnalyserRegistry.Analyser analyser, ClusterResult result, ClusterSettings settings,
			List<String> columns) {
		StringBuilder text = new StringBuilder(analyser.name()).append(" on ").append(String.join(", ", columns));
		text.append(settings.standardize() ? " (standardised)" : "").append(", k = ").append(result.k());
		text.append(", seed ").append(settings.seed()).append(", ").append(settings.restarts()).append(" restarts");
		if (result.silhouette() != null) {
			text.append(String.format(Locale.ROOT, "; silhouette %.3f", result.silhouette().value()));
		}
		return text.toString();
	}

	private static String summary(ClusterResult result) {
		String fit = result.fit().entrySet().stream()
				.map(entry -> String.format(Locale.ROOT, "%s %.4g", entry.getKey(), entry.getValue()))
				.collect(Collectors.joining(", "));
		String sizes = Arrays.stream(result.sizes()).mapToObj(Integer::toString)
				.collect(Collectors.joining(" "));
		String silhouette = result.silhouette() == null ? ""
				: String.format(Locale.ROOT, ", silhouette %.3f", result.silhouette().value());
		return String.format(Locale.ROOT, "%s, k = %d: sizes %s; %s%s", result.method(), result.k(), sizes, fit,
				silhouette);
	}

	private static long longOption(Arguments arguments, String name, long fallback) throws UsageException {
		Optional<String> value = arguments.option(name);
		if (value.isEmpty()) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value.get().strip());
			if (!name.equals("seed") && number < 1) {
				throw new UsageException("--" + name + " must be at least 1, not " + value.get());
			}
			return number;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " expects a whole number, not " + value.get());
		}
	}

	private static int positive(String option, String text) throws UsageException {
		try {
			int value = Integer.parseInt(text.strip());
			if (value < 1) {
				throw new UsageException("--" + option + " needs numbers of at least 1, not " + text);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + option + " expects whole numbers, not " + text);
		}
	}

	private static double lambda(Arguments arguments) throws UsageException {
		Optional<String> text = arguments.option("lambda");
		if (text.isEmpty()) {
			return Double.NaN;
		}
		try {
			double lambda = Double.parseDouble(text.get().strip());
			if (lambda >= 0) {
				return lambda;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--lambda expects a number of at least 0, such as 1.5; got " + text.get());
	}

	private static double share(String text) throws UsageException {
		try {
			double share = Double.parseDouble(text.strip());
			if (share >= 0 && share < 1) {
				return share;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("--min-share expects a share from 0 to below 1, such as 0.05; got " + text);
	}

	/** The model a result is written into. */
	record ModelTarget(Project project, Segmentation segmentation, Path file) {

		static ModelTarget of(Arguments arguments, CommandContext context) throws UsageException {
			Optional<String> model = arguments.option("model");
			Optional<String> id = arguments.option("segmentation");
			if (model.isEmpty() && id.isEmpty()) {
				return null;
			}
			if (model.isEmpty() || id.isEmpty()) {
				throw new UsageException("--model and --segmentation go together");
			}
			Path file = context.resolve(model.get());
			Project project = load(file, arguments.allowedFolders(context));
			Segmentation segmentation = project.getSegmentations().stream()
					.filter(candidate -> id.get().equals(candidate.getId())).findFirst()
					.orElseThrow(() -> new UsageException(file.getFileName() + ": no segmentation with id " + id.get()
							+ "; the segmentations are " + project.getSegmentations().stream()
									.map(Segmentation::getId).collect(Collectors.joining(", "))));
			if (!segmentation.getSegments().isEmpty() && !arguments.flag("replace")) {
				throw new UsageException(file.getFileName() + ": segmentation " + id.get() + " already has "
						+ segmentation.getSegments().size() + " segments; pass --replace to overwrite them");
			}
			return new ModelTarget(project, segmentation, file);
		}

		/**
		 * The project in {@code file}, whose references may also name files in {@code allowedFolders},
		 * or a usage error naming what is wrong with it.
		 */
		static Project load(Path file, List<Path> allowedFolders) throws UsageException {
			try {
				return SegmentationFiles.load(file, allowedFolders);
			} catch (ModelLoadException e) {
				throw new UsageException(e.getMessage(), e);
			}
		}
	}
}
