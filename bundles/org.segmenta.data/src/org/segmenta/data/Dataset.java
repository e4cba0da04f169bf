/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.segmenta.data.internal.ColumnBuilder;
import org.segmenta.data.internal.DataTexts;

/** Rows and typed columns read from a file, held column by column. */
public final class Dataset {

	private final String source;
	private final int rowCount;
	private final Map<String, Column> columns = new LinkedHashMap<>();
	private final List<DataWarning> warnings;
	private final String weightColumn;
	/** The checked weights, once asked for: the columns never change. */
	private volatile double[] checkedWeights;

	/**
	 * @param source the file the data came from, used in messages
	 */
	public Dataset(String source, List<? extends Column> columns) {
		this(source, columns, List.of(), null);
	}

	/**
	 * @param source       the file the data came from, used in messages
	 * @param warnings     what the reader noticed about the data, see {@link #warnings()}
	 * @param weightColumn the column the file declares as its case weight, or {@code null}
	 */
	public Dataset(String source, List<? extends Column> columns, List<DataWarning> warnings, String weightColumn) {
		this.source = source;
		this.warnings = List.copyOf(warnings);
		this.weightColumn = weightColumn;
		this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
		for (Column column : columns) {
			if (column.size() != rowCount) {
				throw new IllegalArgumentException("column " + column.name() + " has " + column.size()
						+ " rows, expected " + rowCount);
			}
			this.columns.put(column.name(), column);
		}
	}

	public String source() {
		return source;
	}

	public int rowCount() {
		return rowCount;
	}

	/** What the reader noticed that the user may not expect, such as a scale read as categories. */
	public List<DataWarning> warnings() {
		return warnings;
	}

	/**
	 * The name of the case-weight column: the one the file declares (SPSS's {@code WEIGHT BY}), or
	 * the one chosen with {@link #withWeightColumn(String)}. Every analysis applies it.
	 */
	public Optional<String> weightColumn() {
		return Optional.ofNullable(weightColumn);
	}

	/**
	 * The same rows weighted by the column {@code name}, or unweighted when {@code name} is
	 * {@code null}.
	 *
	 * @throws DataException when the column does not exist, is not numeric, or holds a missing,
	 *                       negative or non-finite weight (named by its data row), or only zeros
	 */
	public Dataset withWeightColumn(String name) throws DataException {
		Dataset weighted = new Dataset(source, new ArrayList<>(columns.values()), warnings, name);
		weighted.caseWeights();
		return weighted;
	}

	/**
	 * The case weights, one per row, when the dataset has a {@linkplain #weightColumn() weight
	 * column}; empty otherwise, and then every row counts once.
	 *
	 * @throws DataException naming the first data row (1-based) whose weight is missing, negative or not finite,
	 *                       or when every weight is zero
	 */
	public Optional<double[]> caseWeights() throws DataException {
		if (weightColumn == null) {
			return Optional.empty();
		}
		return Optional.of(checkedWeights().clone());
	}

	/**
	 * The case weights as {@link #caseWeights()} gives them, as a column that reads them without a
	 * copy (for analyses of large data that read them once); empty when the dataset is unweighted.
	 *
	 * @throws DataException as {@link #caseWeights()}
	 */
	public Optional<NumericColumn> caseWeightColumn() throws DataException {
		if (weightColumn == null) {
			return Optional.empty();
		}
		return Optional.of(new NumericColumn(weightColumn, ColumnType.NUMERIC, checkedWeights()));
	}

	private double[] checkedWeights() throws DataException {
		double[] checked = checkedWeights;
		if (checked == null) {
			checked = checkWeights();
			checkedWeights = checked;
		}
		return checked;
	}

	private double[] checkWeights() throws DataException {
		NumericColumn column = weightNumbers();
		double[] weights = new double[rowCount];
		boolean anyPositive = false;
		for (int row = 0; row < rowCount; row++) {
			double weight = column.value(row);
			if (column.isMissing(row) || !Double.isFinite(weight) || weight < 0) {
				// rows, not lines: a data row is not always one line (quoted line breaks, SPSS cases)
				throw new DataException(source, 0, weightColumn, column.isMissing(row)
						? DataTexts.wording("weight.missing", row + 1)
						: DataTexts.wording("weight.notNonNegative", row + 1, column.text(row)));
			}
			weights[row] = weight;
			anyPositive |= weight > 0;
		}
		if (!anyPositive) {
			throw new DataException(source, 0, weightColumn, DataTexts.wording("weight.allZero"));
		}
		return weights;
	}

	/**
	 * The weight column as numbers; text in it (free text or categories) is refused naming the
	 * first cell that is not a number, rather than as a column that cannot be analysed.
	 */
	private NumericColumn weightNumbers() throws DataException {
		Column column = columns.get(weightColumn);
		CategoricalColumn.Cell cell = column instanceof TextColumn text ? text.firstNonNumber()
				: column instanceof CategoricalColumn categorical ? categorical.firstNonNumber() : null;
		if (cell != null) {
			throw new DataException(source, cell.line(), weightColumn,
					"the weight must be numeric, but '" + cell.text() + "' is not a number");
		}
		return numericColumn(weightColumn);
	}

	public List<Column> columns() {
		return Collections.unmodifiableList(new ArrayList<>(columns.values()));
	}

	/**
	 * The column named {@code name}, ready to analyse.
	 *
	 * @throws DataException when there is no such column or all its values are missing
	 */
	public Column column(String name) throws DataException {
		Column column = columns.get(name);
		if (column == null) {
			throw new DataException(source, 0, name, DataTexts.wording("column.none", String.join(", ", columns.keySet())));
		}
		if (column instanceof TextColumn) {
			throw new DataException(source, 0, name, DataTexts.wording("column.freeText", ColumnBuilder.MAX_LEVELS));
		}
		if (column.isAllMissing()) {
			throw new DataException(source, 0, name, DataTexts.wording("column.allMissing"));
		}
		return column;
	}

	/**
	 * The column named {@code name} as numbers (numeric, ordinal or 0/1 binary).
	 *
	 * @throws DataException naming the first cell that is not a number, when there is one
	 */
	public NumericColumn numericColumn(String name) throws DataException {
		Column column = column(name);
		if (column instanceof NumericColumn numeric) {
			return numeric;
		}
		if (column instanceof CategoricalColumn categorical && categorical.firstNonNumber() != null) {
			CategoricalColumn.Cell cell = categorical.firstNonNumber();
			throw new DataException(source, cell.line(), name, DataTexts.wording("cell.notNumber", cell.text()));
		}
		throw new DataException(source, 0, name,
				DataTexts.wording(column instanceof TextColumn ? "column.freeTextNotNumbers" : "column.categoriesNotNumbers"));
	}

	/** The named columns, or every column except those all missing when {@code names} is empty. */
	public List<Column> columns(List<String> names) throws DataException {
		if (names.isEmpty()) {
			return columns.values().stream().filter(column -> !column.isAllMissing() && !(column instanceof TextColumn)).collect(Collectors.toList());
		}
		List<Column> selected = new ArrayList<>();
		for (String name : names) {
			selected.add(column(name));
		}
		return selected;
	}
}
