/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.DataTexts;
import org.segmenta.data.internal.DatasetBuilder;
import org.segmenta.data.internal.SavCaseBytes;
import org.segmenta.data.internal.SavDictionary;

import com.bedatadriven.spss.SpssDataFileReader;
import com.bedatadriven.spss.SpssVariable;

/**
 * Reads an SPSS system file ({@code .sav}, uncompressed or bytecode-compressed) into a
 * {@link Dataset} through BeDataDriven's spss-reader. Carries over what SPSS users put into their
 * files: value labels and variable labels become the columns' {@link ColumnLabels}, user-missing
 * values (discrete codes and ranges) are missing, the measurement level gives the type (scale
 * numeric, ordinal ordinal, nominal nominal; {@link ReadOptions#types()} still win), the weight
 * variable becomes {@link Dataset#weightColumn()}, dates become ISO dates, and texts are decoded in
 * the file's encoding (UTF-8 or a legacy code page). The missing codes of the options apply as in
 * CSV. Value labels of string variables are not read: the library cannot read them.
 */
public final class SavDataReader {

	/** SPSS counts time in seconds from the start of the Gregorian calendar. */
	private static final LocalDateTime SPSS_EPOCH = LocalDateTime.of(1582, 10, 14, 0, 0);
	private static final int CASES_PER_PROGRESS_STEP = 4096;

	private final ReadOptions options;

	public SavDataReader(ReadOptions options) {
		this.options = options;
	}

	/**
	 * Reads {@code file}.
	 *
	 * @throws DataException              when the file is not a readable SPSS file, naming it
	 * @throws OperationCanceledException when {@code monitor} is cancelled
	 */
	public Dataset read(Path file, IProgressMonitor monitor) throws DataException {
		String source = file.getFileName().toString();
		DataFiles.requireRegularFile(file, source);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			SavDictionary dictionary = SavDictionary.read(source, in);
			SavCaseBytes cases = new SavCaseBytes(dictionary.casesForLibrary(in), dictionary.caseLength());
			// not markable: the library marks the start of the cases for a restart it never does,
			// which would make a buffer hold the whole file
			InputStream patched = new SequenceInputStream(new ByteArrayInputStream(dictionary.bytesForLibrary()),
					cases);
			return read(source, dictionary, cases, new SpssDataFileReader(patched), SubMonitor.convert(monitor));
		} catch (EOFException e) {
			throw new DataException(source, DataTexts.wording("sav.truncatedCases"));
		} catch (IOException e) {
			throw new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
		} catch (RuntimeException e) {
			// the library trusts the file: damaged bytes surface as any runtime exception
			throw new DataException(source, DataTexts.wording("sav.damagedLibrary", e.toString()));
		}
	}

	private Dataset read(String source, SavDictionary dictionary, SavCaseBytes caseBytes, SpssDataFileReader reader,
			SubMonitor progress) throws DataException, IOException {
		List<SpssVariable> variables = new ArrayList<>();
		List<StringSegments> veryLongStrings = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Map<String, ColumnType> declared = new HashMap<>();
		for (SpssVariable variable : reader.getVariables()) {
			if (variable.isVeryLongStringSegment()) {
				continue; // the rest of the string before it
			}
			String name = variable.getVariableName().strip();
			variables.add(variable);
			veryLongStrings.add(variable.isVeryLongString() ? StringSegments.of(reader.getVariables(), variable, dictionary)
					: null);
			names.add(name);
			ColumnType type = dictionary.declaredType(variable.getIndex());
			if (variable.isNumeric() && dateFormat(variable) == null && type != null) {
				declared.put(name, type);
			}
		}
		long cases = reader.getNumCases();
		progress.beginTask("Reading " + source, cases > 0 ? (int) Math.min(Integer.MAX_VALUE, cases) : 1);
		DatasetBuilder dataset = new DatasetBuilder(source, names, 0, '.', options);
		String[] cells = new String[variables.size()];
		Charset charset = dictionary.textCharset();
		while (reader.readNextCase()) {
			for (int i = 0; i < cells.length; i++) {
				StringSegments segments = veryLongStrings.get(i);
				cells[i] = segments == null ? text(reader, variables.get(i))
						: text(variables.get(i), segments.text(caseBytes, charset));
			}
			dataset.addRow(cells, dataset.rows() + 1L);
			if (dataset.rows() % CASES_PER_PROGRESS_STEP == 0) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				progress.worked(CASES_PER_PROGRESS_STEP);
			}
		}
		if (cases >= 0 && dataset.rows() < cases) {
			throw new DataException(source, DataTexts.wording("sav.truncatedCount", dataset.rows(), cases));
		}
		Dataset built = dataset.build(declared);
		List<Column> labelled = new ArrayList<>();
		for (int i = 0; i < variables.size(); i++) {
			labelled.add(built.columns().get(i).withLabels(labels(variables.get(i))));
		}
		int weight = dictionary.weightVariable();
		String weightColumn = weight < 0 ? null : reader.getVariables().get(weight).getVariableName().strip();
		progress.done();
		return new Dataset(source, labelled, built.warnings(), weightColumn);
	}

	/**
	 * The case's value of {@code variable}, not a very long string, as the column builder reads text;
	 * {@code null} when missing.
	 */
	private static String text(SpssDataFileReader reader, SpssVariable variable) {
		int index = variable.getIndex();
		if (!variable.isNumeric()) {
			return text(variable, reader.getStringValue(index));
		}
		double value = reader.getDoubleValue(index);
		if (Double.isNaN(value) || variable.isMissing(value)) {
			return null;
		}
		Boolean withTime = dateFormat(variable);
		if (withTime == null) {
			return NumericColumn.format(value);
		}
		LocalDateTime time = SPSS_EPOCH.plusSeconds(Math.round(value));
		return withTime ? time.toString() : time.toLocalDate().toString();
	}

	private static String text(SpssVariable variable, String value) {
		return value == null || isMissingText(variable, value.strip()) ? null : value;
	}

	/**
	 * Where a very long string's segments lie in a case, and the bytes of each that hold text (255
	 * but in the last; the padding after them is no part of the text). The library decodes each
	 * segment on its own, splitting a letter that spans two, and joins them with their padding: a
	 * blank every 255 bytes. Here the bytes are joined first and decoded then.
	 */
	private record StringSegments(int[] offsets, int[] widths) {

		static StringSegments of(List<SpssVariable> all, SpssVariable first, SavDictionary dictionary) {
			int start = first.getIndex();
			int count = 1;
			while (start + count < all.size() && all.get(start + count).isVeryLongStringSegment()) {
				count++;
			}
			int[] offsets = new int[count];
			int[] widths = new int[count];
			for (int i = 0; i < count; i++) {
				offsets[i] = dictionary.caseOffset(start + i);
				widths[i] = dictionary.width(start + i);
			}
			return new StringSegments(offsets, widths);
		}

		String text(SavCaseBytes cases, Charset charset) {
			return new String(cases.joined(offsets, widths), charset);
		}
	}

	private static boolean isMissingText(SpssVariable variable, String value) {
		return variable.getMissingStrings().stream().anyMatch(code -> code.strip().equals(value));
	}

	/**
	 * Whether the variable's print format is a date with a time ({@code true}), a date
	 * ({@code false}) or no date ({@code null}); format codes as in the SPSS file format.
	 */
	private static Boolean dateFormat(SpssVariable variable) {
		return switch (variable.getPrintFormat().getType()) {
		case 22, 41 -> Boolean.TRUE; // DATETIME, YMDHMS
		case 20, 23, 24, 28, 29, 30, 38, 39 -> Boolean.FALSE; // DATE, ADATE, JDATE, MOYR, QYR, WKYR, EDATE, SDATE
		default -> null;
		};
	}

	private static ColumnLabels labels(SpssVariable variable) {
		String description = variable.getVariableLabel();
		Map<String, String> values = new HashMap<>();
		if (variable.isNumeric()) {
			variable.getValueLabels().forEach((value, label) -> values.put(NumericColumn.format(value), label.strip()));
		}
		return new ColumnLabels(description == null || description.isBlank() ? null : description.strip(), values);
	}
}
