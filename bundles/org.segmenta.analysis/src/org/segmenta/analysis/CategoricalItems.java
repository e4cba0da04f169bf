/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segmenta.analysis.internal.AnalysisTexts;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Categorical columns as level codes, one row per respondent, {@link #MISSING} for no answer:
 * what latent class analysis and k-prototypes work on. Numbers with few distinct values, such as a
 * 1-5 scale or 0/1, count as categories too.
 */
public final class CategoricalItems {

	public static final int MISSING = -1;

	/** More distinct numbers than this are a quantity, not categories. */
	public static final int MAX_NUMERIC_LEVELS = 20;

	private final List<String> names;
	private final List<List<String>> levels;
	private final int[][] codes;

	private CategoricalItems(List<String> names, List<List<String>> levels, int[][] codes) {
		this.names = List.copyOf(names);
		this.levels = List.copyOf(levels);
		this.codes = codes;
	}

	/** The columns as categories, every dataset row kept. */
	public static CategoricalItems of(Dataset data, List<String> columns) throws DataException {
		List<List<String>> levels = new ArrayList<>();
		int[][] codes = new int[columns.size()][];
		for (int j = 0; j < columns.size(); j++) {
			Column column = data.column(columns.get(j));
			if (column instanceof CategoricalColumn categorical) {
				levels.add(categorical.levels());
				codes[j] = new int[column.size()];
				for (int row = 0; row < column.size(); row++) {
					codes[j][row] = categorical.code(row);
				}
			} else {
				NumericColumn numeric = (NumericColumn) column;
				double[] distinct = numeric.distinctValues();
				if (distinct.length > MAX_NUMERIC_LEVELS) {
					throw new DataException(data.source(), 0, column.name(),
							AnalysisTexts.wording("items.tooManyNumbers", distinct.length, MAX_NUMERIC_LEVELS));
				}
				levels.add(Arrays.stream(distinct).mapToObj(NumericColumn::format).toList());
				codes[j] = new int[column.size()];
				for (int row = 0; row < column.size(); row++) {
					codes[j][row] = numeric.isMissing(row) ? MISSING : Arrays.binarySearch(distinct, numeric.value(row));
				}
			}
		}
		return new CategoricalItems(columns, levels, codes);
	}

	public List<String> names() {
		return names;
	}

	/** The number of items (columns). */
	public int items() {
		return codes.length;
	}

	/** The number of rows. */
	public int rows() {
		return codes.length == 0 ? 0 : codes[0].length;
	}

	public int levelCount(int item) {
		return levels.get(item).size();
	}

	public List<String> levels(int item) {
		return levels.get(item);
	}

	/** The level code of {@code row} on {@code item}, or {@link #MISSING}. */
	public int code(int row, int item) {
		return codes[item][row];
	}

	/** Whether {@code row} has an answer on every item. */
	public boolean isComplete(int row) {
		for (int[] item : codes) {
			if (item[row] == MISSING) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code row} has an answer on at least one item. */
	public boolean hasAnswers(int row) {
		for (int[] item : codes) {
			if (item[row] != MISSING) {
				return true;
			}
		}
		return false;
	}
}
