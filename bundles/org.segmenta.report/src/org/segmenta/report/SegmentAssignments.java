/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.ModelPaths;

/**
 * The assignments CSV a segmentation references ({@link Segmentation#getAssignmentsLocation()}):
 * one row per respondent or customer, with a header and a {@code segment} column holding a segment's
 * id or name, or nothing for a row the analysis left unassigned. Every row is checked against the segmentation when the file is read, so a report
 * never exports assignments to segments that do not exist.
 *
 * @param segmentation  the segmentation whose segments the rows name
 * @param file          the CSV file
 * @param header        the column names, as in the file
 * @param rows          the rows, each as long as the header
 * @param segmentColumn the position of the {@code segment} column
 */
public record SegmentAssignments(Segmentation segmentation, Path file, List<String> header, List<List<String>> rows,
		int segmentColumn) {

	/** The name of the column that holds the segment. */
	public static final String SEGMENT_COLUMN = "segment";

	/**
	 * Reads the assignments of {@code segmentation}, whose location is relative to {@code modelFile},
	 * under the model's {@link ModelPaths} policy: a file outside the project is refused unread.
	 */
	public static SegmentAssignments read(Segmentation segmentation, Path modelFile) throws IOException {
		String location = segmentation.getAssignmentsLocation().strip();
		// refused before anything is read, so a message never carries a line of an outside file
		ModelPaths paths = segmentation.eResource() == null ? ModelPaths.forModel(modelFile, List.of())
				: ModelPaths.of(segmentation);
		Path file = paths.resolve(segmentation,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION);
		String owner = "segmentation '" + ReportText.label(segmentation) + "' (assignmentsLocation=\"" + location + "\")";
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + ": no such file; it is the assignments file of " + owner);
		}
		Map<String, Segment> segmentsByKey = new HashMap<>();
		segmentation.eAllContents().forEachRemaining(object -> {
			if (object instanceof Segment segment) {
				if (segment.getName() != null) {
					segmentsByKey.putIfAbsent(segment.getName().strip(), segment);
				}
				if (segment.getId() != null) {
					segmentsByKey.put(segment.getId(), segment);
				}
			}
		});
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames();
			int segmentColumn = -1;
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(SEGMENT_COLUMN)) {
					segmentColumn = i;
				}
			}
			if (segmentColumn < 0) {
				throw new IOException(file + ":1: the header has no '" + SEGMENT_COLUMN + "' column (found: "
						+ String.join(", ", header) + "); it is the assignments file of " + owner);
			}
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (record.size() != header.size()) {
					throw new IOException(file + ":" + line + ": " + record.size() + " values, the header has "
							+ header.size());
				}
				String segment = record.get(segmentColumn);
				// an empty segment is a row the analysis left out (a missing answer), as cluster writes it
				if (!segment.isEmpty() && !segmentsByKey.containsKey(segment)) {
					throw new IOException(file + ":" + line + ": '" + segment + "' is no segment of " + owner);
				}
				rows.add(record.toList());
			}
			return new SegmentAssignments(segmentation, file, List.copyOf(header), List.copyOf(rows), segmentColumn);
		} catch (CharacterCodingException e) {
			throw new IOException(file + ": not UTF-8 text; it is the assignments file of " + owner, e);
		} catch (UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException) {
				throw new IOException(file + ": not UTF-8 text; it is the assignments file of " + owner, e);
			}
			throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
		} catch (IllegalArgumentException | IllegalStateException e) {
			throw new IOException(file + ": not a readable CSV file: " + e.getMessage(), e);
		}
	}

	/**
	 * How many rows each segment (by id or name as written in the file) has, in first-seen order;
	 * the unassigned rows are not counted.
	 */
	public Map<String, Integer> countsBySegment() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (List<String> row : rows) {
			if (!row.get(segmentColumn).isEmpty()) {
				counts.merge(row.get(segmentColumn), 1, Integer::sum);
			}
		}
		return counts;
	}
}
