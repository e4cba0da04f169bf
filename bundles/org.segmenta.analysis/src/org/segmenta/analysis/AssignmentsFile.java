/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntFunction;

import org.segmenta.model.persistence.AtomicFiles;
import org.segmenta.model.persistence.CsvCells;

/**
 * The segment of every data row as CSV, {@code row,segment} (or {@code row,ID,segment} with an id
 * column): rows are numbered from 1 as in the data file (not counting its header); a row left out
 * of the segmentation has an empty segment.
 */
public final class AssignmentsFile {

	private AssignmentsFile() {
	}

	/** An id column written beside the row numbers: its name and the id of every data row. */
	public record Ids(String name, IntFunction<String> values) {
	}

	/** Writes {@code labels}, naming segment {@code s} (0..k-1) {@code names.apply(s)}; atomically. */
	public static void write(Path file, int[] labels, IntFunction<String> names) throws IOException {
		write(file, labels, names, null);
	}

	/** Writes {@code labels} as {@code row,ID,segment} when {@code ids} is not {@code null}; atomically. */
	public static void write(Path file, int[] labels, IntFunction<String> names, Ids ids) throws IOException {
		AtomicFiles.write(file, content(labels, names, ids));
	}

	/** The content of the file {@link #write} writes, for {@link AtomicFiles#writeAll}. */
	public static AtomicFiles.Content content(int[] labels, IntFunction<String> names) {
		return content(labels, names, null);
	}

	private static AtomicFiles.Content content(int[] labels, IntFunction<String> names, Ids ids) {
		return out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write(ids == null ? "row,segment\n" : "row," + CsvCells.field(ids.name()) + ",segment\n");
			for (int row = 0; row < labels.length; row++) {
				writer.write(Integer.toString(row + 1));
				writer.write(',');
				if (ids != null) {
					writer.write(CsvCells.field(ids.values().apply(row)));
					writer.write(',');
				}
				if (labels[row] != ClusterResult.UNASSIGNED) {
					writer.write(CsvCells.field(names.apply(labels[row])));
				}
				writer.write('\n');
			}
			writer.flush();
		};
	}
}
