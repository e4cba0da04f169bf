/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.segmenta.analysis.AssignmentsFile;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.Printable;
import org.segmenta.cli.UsageException;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnType;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.DataWarning;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.ModelPaths;

/** Reading the data file and the column options shared by the analysis commands. */
final class DataArguments {

	private DataArguments() {
	}

	/** The options every command that reads DATA takes, and its own. */
	static Set<String> withDataOptions(String... own) {
		Set<String> options = new java.util.HashSet<>(Set.of(own));
		options.addAll(Set.of("types", "sheet", "missing", "weight", "id"));
		return options;
	}

	/** The {@code --id} column's name and values for an assignments file, or {@code null} without {@code --id}. */
	static AssignmentsFile.Ids ids(Dataset data, Arguments arguments) throws DataException {
		if (arguments.option("id").isEmpty()) {
			return null;
		}
		Column column = idColumn(data, arguments.option("id").get());
		return new AssignmentsFile.Ids(column.name(), column::text);
	}

	/**
	 * {@code arguments} with the weight and id variables that {@code source} names as the values of
	 * {@code --weight} and {@code --id} where the command line gives none; {@code arguments} itself
	 * when {@code source} is {@code null}.
	 */
	static Arguments withModelDefaults(Arguments arguments, DataSource source) {
		if (source == null) {
			return arguments;
		}
		return arguments.withDefault("weight", source.getWeightVariable()).withDefault("id", source.getIdVariable());
	}

	/** The project of {@code --model FILE}, or {@code null} without it. */
	static Project model(Arguments arguments, CommandContext context) throws UsageException {
		Optional<String> model = arguments.option("model");
		return model.isEmpty() ? null
				: ClusterCommand.ModelTarget.load(context.resolve(model.get()), arguments.allowedFolders(context));
	}

	/**
	 * {@code arguments} with the defaults of {@code --weight} and {@code --id} that the data source of
	 * {@code project} whose location is {@code dataFile} names ({@code memberships}, {@code profile}
	 * and {@code typing-tool} with {@code --model}); {@code arguments} itself when {@code project} is
	 * {@code null}, and, with a warning on {@code err}, when no data source of it names the file.
	 */
	static Arguments withModelDefaults(Arguments arguments, Project project, Path dataFile, PrintStream err) {
		if (project == null) {
			return arguments;
		}
		DataSource source = dataSourceOf(project, dataFile);
		if (source == null) {
			err.println("warning: no data source of " + Printable.text(arguments.option("model").orElse(""))
					+ " has the location " + Printable.text(dataFile.toString())
					+ ", so the model names no default for --weight and --id");
		}
		return withModelDefaults(arguments, source);
	}

	/** The data source of {@code project} whose location is {@code dataFile}, or {@code null}. */
	static DataSource dataSourceOf(Project project, Path dataFile) {
		for (DataSource source : project.getDataSources()) {
			if (source.getLocation() == null || source.getLocation().isBlank()) {
				continue;
			}
			try {
				Path located = ModelPaths.of(source).resolve(source, SegmentaPackage.Literals.DATA_SOURCE__LOCATION);
				if (Files.exists(located) && Files.isSameFile(located, dataFile)) {
					return source;
				}
			} catch (IOException e) {
				// a location the model may not name, or cannot be compared, is not this file
			}
		}
		return null;
	}

	/** {@code --weight none}: unweighted, even where the file declares a weight. */
	static final String NO_WEIGHT = "none";

	/**
	 * Reads {@code file} with the {@code --types}, {@code --sheet}, {@code --missing} and
	 * {@code --weight} options, turning bad data into usage errors and printing the reader's
	 * warnings on {@code err}. Without {@code --weight} the weight the file declares (SPSS) applies;
	 * {@code --weight none} drops it.
	 */
	static Dataset read(Path file, Arguments arguments, PrintStream err, IProgressMonitor monitor)
			throws UsageException {
		Map<String, ColumnType> types = types(arguments.option("types").orElse(""));
		// ids are matched as the file writes them (007 is not 7)
		arguments.option("id").ifPresent(id -> types.putIfAbsent(id, ColumnType.NOMINAL));
		try {
			ReadOptions options = missing(ReadOptions.detect().withTypes(types), arguments.option("missing").orElse(""));
			if (arguments.option("sheet").isPresent()) {
				options = options.withSheet(arguments.option("sheet").get());
			}
			Dataset data = DataFiles.read(file, options, monitor);
			for (DataWarning warning : data.warnings()) {
				err.println("warning: " + Printable.text(warning.message()) + " (--missing CODES)");
			}
			Optional<String> weight = arguments.option("weight");
			if (weight.isPresent()) {
				data = data.withWeightColumn(weight.get().equals(NO_WEIGHT) ? null : weight.get());
			} else {
				data.caseWeights(); // a declared weight is checked before any work
			}
			if (arguments.option("id").isPresent()) {
				idColumn(data, arguments.option("id").get());
			}
			return data;
		} catch (DataException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	/**
	 * {@code options} with the missing codes of {@code --missing}: groups separated by {@code ;},
	 * each a comma-separated list of codes for every column ({@code 99,Vet ej,Ved ikke}) or, after
	 * {@code COLUMN=}, for one column ({@code q1=98,99}).
	 */
	static ReadOptions missing(ReadOptions options, String text) throws UsageException {
		ReadOptions result = options;
		for (String group : text.split(";")) {
			int equals = group.indexOf('=');
			boolean perColumn = equals >= 0 && group.lastIndexOf(',', equals) < 0;
			List<String> codes = list(perColumn ? group.substring(equals + 1) : group);
			if (perColumn && (equals == 0 || group.substring(0, equals).isBlank() || codes.isEmpty())) {
				throw new UsageException("--missing expects codes such as \"99,Vet ej\" or COLUMN=CODES such as"
						+ " q1=98,99, groups separated by ';'; got '" + group.strip() + "'");
			}
			result = perColumn ? result.withMissingCodes(group.substring(0, equals).strip(), codes)
					: result.withMissingCodes(codes);
		}
		return result;
	}

	/** The weight column's name, for the results, or {@code null} when unweighted. */
	static String weight(Dataset data) {
		return data.weightColumn().orElse(null);
	}

	/** {@code " (weighted by W)"} for a printed summary, or nothing when unweighted. */
	static String weightNote(Dataset data) {
		return data.weightColumn().map(name -> " (weighted by " + Printable.text(name) + ")").orElse("");
	}

	/** The column named by {@code --id}: present, with a value in every row, each value once. */
	static Column idColumn(Dataset data, String name) throws DataException {
		Column column = data.column(name);
		Map<String, Integer> seen = new java.util.HashMap<>();
		for (int row = 0; row < column.size(); row++) {
			if (column.isMissing(row)) {
				throw new DataException(data.source(), 0, name, AnalysisTexts.wording("id.missing", row + 1));
			}
			Integer first = seen.putIfAbsent(column.text(row), row);
			if (first != null) {
				throw new DataException(data.source(), 0, name, AnalysisTexts.wording("id.repeated", column.text(row), first + 1, row + 1));
			}
		}
		return column;
	}

	/**
	 * The segments of an {@code assignments.csv} ({@code row,segment}, or {@code row,ID,segment}) for
	 * the rows of {@code data}: with {@code --id ID} joined by the id, so that the rows of the data
	 * may be in any order; otherwise row by row.
	 */
	static SegmentColumn readAssignments(Path file, Dataset data, Arguments arguments, IProgressMonitor monitor)
			throws UsageException, DataException {
		Optional<String> id = arguments.option("id");
		Map<String, ColumnType> types = id.isPresent() ? Map.of(id.get(), ColumnType.NOMINAL) : Map.of();
		Dataset assignments = new CsvDataReader(ReadOptions.detect().withTypes(types)).read(file, monitor);
		SegmentColumn segments = SegmentColumn.of(assignments.column("segment"));
		if (id.isEmpty()) {
			if (assignments.rowCount() != data.rowCount()) {
				throw new UsageException(assignments.source() + " has " + assignments.rowCount() + " rows, "
						+ data.source() + " has " + data.rowCount() + "; they must match row by row, or give --id COLUMN");
			}
			return segments;
		}
		Column assigned = idColumn(assignments, id.get());
		Column ids = idColumn(data, id.get());
		Map<String, Integer> rowOfId = new java.util.HashMap<>();
		for (int row = 0; row < ids.size(); row++) {
			rowOfId.put(ids.text(row), row);
		}
		int[] labels = new int[data.rowCount()];
		java.util.Arrays.fill(labels, Integer.MIN_VALUE);
		for (int row = 0; row < assigned.size(); row++) {
			Integer dataRow = rowOfId.get(assigned.text(row));
			if (dataRow == null) {
				throw new DataException(assignments.source(), 0, id.get(),
						AnalysisTexts.wording("id.notIn", row + 1, assigned.text(row), data.source()));
			}
			labels[dataRow] = segments.labels()[row];
		}
		for (int row = 0; row < labels.length; row++) {
			if (labels[row] == Integer.MIN_VALUE) {
				throw new DataException(data.source(), 0, id.get(),
						AnalysisTexts.wording("id.notIn", row + 1, ids.text(row), assignments.source()));
			}
		}
		return new SegmentColumn(segments.names(), labels);
	}

	/** {@code age=numeric,country=nominal}. */
	static Map<String, ColumnType> types(String text) throws UsageException {
		Map<String, ColumnType> types = new LinkedHashMap<>();
		for (String pair : list(text)) {
			int equals = pair.indexOf('=');
			String type = equals < 0 ? "" : pair.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
			if (equals <= 0 || Arrays.stream(ColumnType.values()).noneMatch(value -> value.name().equals(type))) {
				throw new UsageException("--types expects COLUMN=TYPE pairs with TYPE one of numeric, ordinal,"
						+ " nominal, binary; got '" + pair + "'");
			}
			types.put(pair.substring(0, equals).strip(), ColumnType.valueOf(type));
		}
		return types;
	}

	/** The comma-separated words of {@code text}, trimmed, without empty ones. */
	static List<String> list(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split(",")) {
			if (!word.isBlank()) {
				words.add(word.strip());
			}
		}
		return words;
	}

	/**
	 * Whether {@code column} looks like a row identifier: whole numbers or texts (such as
	 * {@code R0001}), all different. Such a column is never a default basis or profile variable: a
	 * text id would be profiled as a table of one person a level. Measurements with fractions are
	 * variables even where no two people share a value.
	 */
	private static boolean isIdentifier(Column column) {
		if (column.size() < 2) {
			return false;
		}
		// a missing value is no whole number, so a numeric column's test stops at its first one, or at
		// its first fraction, without a pass over all rows first
		return column instanceof NumericColumn numeric ? numeric.holdsDistinctWholeNumbers()
				: column instanceof CategoricalColumn categorical && categorical.missingCount() == 0
						&& categorical.levels().size() == column.size();
	}

	/**
	 * Whether {@code column} is never a default basis or profile variable: it looks like an identifier,
	 * or it is the weight or the {@code --id} column.
	 */
	static boolean isBookkeeping(Column column, Dataset data, Arguments arguments) {
		return isIdentifier(column) || data.weightColumn().filter(column.name()::equals).isPresent()
				|| arguments.option("id").filter(column.name()::equals).isPresent();
	}
}
