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
 * The segment of every data row as CSV, {@code row,segment}: rows are numbered from 1 as in the data
 * file (not counting its header); a row left out of the segmentation has an empty segment.
 */
public final class AssignmentsFile {

	private AssignmentsFile() {
	}

	/** Writes {@code labels}, naming segment {@code s} (0..k-1) {@code names.apply(s)}; atomically. */
	public static void write(Path file, int[] labels, IntFunction<String> names) throws IOException {
		AtomicFiles.write(file, content(labels, names));
	}

	/** The content of the file {@link #write} writes, for {@link AtomicFiles#writeAll}. */
	public static AtomicFiles.Content content(int[] labels, IntFunction<String> names) {
		return out -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write("row,segment\n");
			for (int row = 0; row < labels.length; row++) {
				writer.write(Integer.toString(row + 1));
				writer.write(',');
				if (labels[row] != ClusterResult.UNASSIGNED) {
					writer.write(CsvCells.field(names.apply(labels[row])));
				}
				writer.write('\n');
			}
			writer.flush();
		};
	}
}
