/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.ColumnLabels;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.DataWarning;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.TextColumn;

/**
 * Collects one column while a file streams past, keeping it both as numbers and as category codes
 * until the values rule one out. Only primitive arrays and the distinct category texts are held.
 */
public final class ColumnBuilder {

	/** More distinct texts than this make a column free text rather than a category. */
	public static final int MAX_LEVELS = 1000;

	/** The cells a warning about stray texts in a numeric column names. */
	static final int WARNING_CELLS = 5;

	private final String source;
	private final String name;
	private final char decimalSeparator;
	/** The distinct texts the column may have and still be categorical. */
	private final int levelLimit;

	/** The capacity of a column's first arrays, doubled for each next one: a wide file with few rows stays small. */
	private static final int INITIAL_CAPACITY = 8;
	/** The capacity beyond which the arrays of cells added one by one grow no more. */
	private static final int MAX_CAPACITY = 1 << 16;

	/** The cells added one by one since the last ones went to the parts; {@code null} once not numeric. */
	private double[] numbers = new double[INITIAL_CAPACITY];
	/** As {@link #numbers}, the category codes; {@code null} once not categorical. */
	private int[] codes = new int[INITIAL_CAPACITY];
	/** The cells in {@link #numbers} and {@link #codes}. */
	private int filled;
	/** The numbers before those in {@link #numbers}; {@code null} once not numeric. */
	private ArrayParts<double[]> numberParts = new ArrayParts<>(double[]::new);
	private ArrayParts<int[]> codeParts = new ArrayParts<>(int[]::new);
	private Map<String, Integer> dictionary = new HashMap<>();
	private int size;

	private long firstTextLine;
	private String firstText;

	/** Counted to the end, so a scale with a few stray answers can be told from a text column. */
	private long numberCount;
	private long textCount;
	private final List<CategoricalColumn.Cell> firstTexts = new ArrayList<>();

	public ColumnBuilder(String source, String name, char decimalSeparator) {
		this(source, name, decimalSeparator, false);
	}

	/**
	 * @param declaredCategorical whether the user declared the column categorical, so that it keeps
	 *                            all its distinct values (a respondent id has one a person)
	 */
	public ColumnBuilder(String source, String name, char decimalSeparator, boolean declaredCategorical) {
		this.source = source;
		this.name = name;
		this.decimalSeparator = decimalSeparator;
		this.levelLimit = declaredCategorical ? Integer.MAX_VALUE : MAX_LEVELS;
	}

	public String name() {
		return name;
	}

	/** Adds the next cell; {@code null} is a missing value. */
	public void add(String text, long line) {
		if (filled == capacity()) {
			moveFilledToParts();
		}
		if (text == null) {
			addMissing();
		} else {
			addValue(text, line);
		}
		filled++;
		size++;
	}

	private void addMissing() {
		if (numbers != null) {
			numbers[filled] = Double.NaN;
		}
		if (codes != null) {
			codes[filled] = CategoricalColumn.MISSING;
		}
	}

	private void addValue(String text, long line) {
		double value = NumberText.parse(text, decimalSeparator);
		if (Double.isNaN(value)) {
			countText(text, line);
		} else {
			numberCount++;
		}
		if (numbers != null) {
			if (Double.isNaN(value)) {
				ruleOutNumbers(text, line);
			} else {
				numbers[filled] = value;
			}
		}
		if (codes != null) {
			Integer code = dictionary.get(text);
			if (code == null) {
				code = dictionary.size();
				dictionary.put(text, code);
			}
			codes[filled] = code;
			if (dictionary.size() > levelLimit) {
				ruleOutCategories();
			}
		}
	}

	/** The column is not numeric, {@code text} on {@code line} being its first cell that is not a number. */
	private void ruleOutNumbers(String text, long line) {
		numbers = null;
		numberParts = null;
		firstText = text;
		firstTextLine = line;
	}

	private void ruleOutCategories() {
		codes = null;
		codeParts = null;
		dictionary = null;
	}

	/**
	 * Adds the cells of {@code block}, whose lines count from {@code firstLine}, as {@link #add} would
	 * add them one by one.
	 */
	public void append(ColumnBlock block, long firstLine) {
		int count = block.rows();
		moveFilledToParts();
		if (numbers != null) {
			if (block.textCount() > 0) {
				CategoricalColumn.Cell first = block.firstTexts().get(0);
				ruleOutNumbers(first.text(), firstLine + first.line());
			} else {
				numberParts.add(block.values(), count);
			}
		}
		if (codes != null) {
			appendCodes(block);
		}
		numberCount += block.numberCount();
		textCount += block.textCount();
		for (CategoricalColumn.Cell cell : block.firstTexts()) {
			if (firstTexts.size() < WARNING_CELLS) {
				firstTexts.add(new CategoricalColumn.Cell(firstLine + cell.line(), cell.text()));
			}
		}
		size += count;
	}

	private void appendCodes(ColumnBlock block) {
		int[] local = block.codes();
		if (local == null) {
			ruleOutCategories();
			return;
		}
		List<String> levels = block.levels();
		int[] recode = new int[levels.size()];
		for (int i = 0; i < recode.length; i++) {
			recode[i] = dictionary.computeIfAbsent(levels.get(i), text -> dictionary.size());
		}
		if (dictionary.size() > levelLimit) {
			ruleOutCategories();
			return;
		}
		// the block is the column's now, so its codes become the column's in place
		for (int row = 0; row < block.rows(); row++) {
			local[row] = local[row] == CategoricalColumn.MISSING ? CategoricalColumn.MISSING : recode[local[row]];
		}
		codeParts.add(local, block.rows());
	}

	/**
	 * The distinct texts a block of the column may have and still be categorical; 0 when the column
	 * can no longer be, so a block keeps no codes.
	 */
	int levelLimit() {
		return codes != null ? levelLimit : 0;
	}

	private void countText(String text, long line) {
		textCount++;
		if (firstTexts.size() < WARNING_CELLS) {
			firstTexts.add(new CategoricalColumn.Cell(line, text));
		}
	}

	private int capacity() {
		return numbers != null ? numbers.length : codes != null ? codes.length : Integer.MAX_VALUE;
	}

	/** Moves the cells added one by one to the parts, and starts larger arrays for the next ones. */
	private void moveFilledToParts() {
		if (filled == 0) {
			return;
		}
		int capacity = (int) Math.min(MAX_CAPACITY, 2L * capacity());
		if (numbers != null) {
			numberParts.add(numbers, filled);
			numbers = new double[capacity];
		}
		if (codes != null) {
			codeParts.add(codes, filled);
			codes = new int[capacity];
		}
		filled = 0;
	}

	/**
	 * The finished column, of the inferred type or of {@code requested} when the user gave one.
	 *
	 * @throws DataException when the values cannot have the requested type
	 */
	public Column build(ColumnType requested) throws DataException {
		moveFilledToParts();
		if (numbers != null) {
			double[] values = numberParts.join();
			ColumnType inferred = inferNumericType(values);
			if (requested == null || requested == inferred || requested == ColumnType.NUMERIC
					|| requested == ColumnType.ORDINAL || requested == ColumnType.BINARY && inferred == ColumnType.BINARY) {
				return new NumericColumn(name, requested == null ? inferred : requested, values);
			}
			return categorical(requested);
		}
		if (requested == ColumnType.NUMERIC || requested == ColumnType.ORDINAL) {
			throw new DataException(source, firstTextLine, name,
					DataTexts.wording("cell.notNumberForType", firstText, requested.name().toLowerCase()));
		}
		if (codes == null) {
			return new TextColumn(name, size, new CategoricalColumn.Cell(firstTextLine, firstText), ColumnLabels.NONE);
		}
		return categorical(requested);
	}

	/**
	 * A warning when the column was inferred not to be numeric although most of its values are
	 * numbers (a scale with a few answers such as "Vet ej"), naming the first cells that are not;
	 * {@code null} otherwise.
	 */
	public DataWarning strayTexts(ColumnType requested, Column built) {
		if (requested != null || built instanceof NumericColumn || textCount == 0 || numberCount < textCount) {
			return null;
		}
		String cells = firstTexts.stream().map(cell -> "line " + cell.line() + " '" + cell.text() + "'")
				.collect(Collectors.joining(", "));
		String kind = built instanceof TextColumn ? "free text" : "categories";
		return new DataWarning(source, name, firstTexts, "read as " + kind + ", not numbers, because " + textCount
				+ " of " + (textCount + numberCount) + " values are not numbers (" + cells
				+ (textCount > firstTexts.size() ? ", ..." : "")
				+ "); declare them missing codes if they mean no answer");
	}

	private Column categorical(ColumnType requested) throws DataException {
		if (codes == null) {
			throw new DataException(source, 0, name, DataTexts.wording("column.tooManyLevels", MAX_LEVELS));
		}
		// levels in natural order (numerically when they are numbers) so codes do not depend on row order
		List<String> levels = new ArrayList<>(dictionary.keySet());
		levels.sort(numbers != null ? Comparator.comparingDouble(level -> NumberText.parse(level, decimalSeparator))
				: Comparator.naturalOrder());
		int[] recode = new int[levels.size()];
		for (int i = 0; i < levels.size(); i++) {
			recode[dictionary.get(levels.get(i))] = i;
		}
		int[] values = codeParts.join();
		for (int row = 0; row < size; row++) {
			values[row] = values[row] == CategoricalColumn.MISSING ? CategoricalColumn.MISSING : recode[values[row]];
		}
		ColumnType type = requested != null ? requested : levels.size() == 2 ? ColumnType.BINARY : ColumnType.NOMINAL;
		if (type == ColumnType.BINARY && levels.size() > 2) {
			throw new DataException(source, 0, name, DataTexts.wording("column.notBinary", levels.size()));
		}
		return new CategoricalColumn(name, type, values, levels,
				firstText == null ? null : new CategoricalColumn.Cell(firstTextLine, firstText));
	}

	/**
	 * 0/1 is binary; whole numbers with at most 11 distinct values within a span of 10 (a rating
	 * scale such as 1-5 or 0-10) are ordinal; anything else is numeric.
	 */
	static ColumnType inferNumericType(double[] values) {
		TreeSet<Double> seen = new TreeSet<>();
		for (double value : values) {
			// twelve distinct values already rule out binary and ordinal
			if (!Double.isNaN(value) && seen.add(value) && seen.size() == 12) {
				break;
			}
		}
		double[] distinct = seen.stream().mapToDouble(Double::doubleValue).toArray();
		if (distinct.length == 0) {
			return ColumnType.NUMERIC;
		}
		if (distinct.length <= 2 && distinct[0] >= 0 && distinct[distinct.length - 1] <= 1
				&& Arrays.stream(distinct).allMatch(value -> value == 0 || value == 1)) {
			return ColumnType.BINARY;
		}
		boolean whole = Arrays.stream(distinct).allMatch(value -> value == Math.rint(value));
		if (whole && distinct.length <= 11 && distinct[distinct.length - 1] - distinct[0] <= 10) {
			return ColumnType.ORDINAL;
		}
		return ColumnType.NUMERIC;
	}
}
