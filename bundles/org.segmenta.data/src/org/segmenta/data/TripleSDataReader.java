/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.data.internal.DataTexts;
import org.segmenta.data.internal.DatasetBuilder;
import org.segmenta.data.internal.NumberText;
import org.segmenta.data.internal.TripleSMetadata.Type;
import org.segmenta.data.internal.TripleSMetadata.Variable;
import org.segmenta.data.internal.TripleSMetadata;

/**
 * Reads a Triple-S survey: the XML metadata file ({@code .sss}) and the data file it describes,
 * fixed-width or CSV ({@code format="csv"}), which is the record's {@code href} or the file of the
 * same name ending {@code .asc}, {@code .dat}, {@code .csv} or {@code .txt}, decoded in the XML's
 * encoding. Single variables become nominal columns whose levels carry the value labels, quantities
 * numeric columns, logicals binary ones; a multiple (pick-any) variable, in bitstring or spread
 * format, becomes one 0/1 column per code, {@code NAME_CODE}, described by the variable's and the
 * value's labels; dates become ISO dates and times {@code hh:mm:ss}. Variable labels become
 * descriptions, and the variable with {@code use="weight"} is the dataset's weight. A blank field is
 * missing, for a multiple variable in all its columns. The missing codes of the options apply as
 * in CSV.
 */
public final class TripleSDataReader {

	private static final int RECORDS_PER_PROGRESS_STEP = 4096;
	private static final String[] DATA_EXTENSIONS = { "asc", "dat", "csv", "txt" };

	private final ReadOptions options;

	public TripleSDataReader(ReadOptions options) {
		this.options = options;
	}

	/**
	 * Reads the survey that the metadata file {@code file} describes.
	 *
	 * @throws DataException              naming the metadata file and line, or the data file, line and
	 *                                    column, when either cannot be read as Triple-S
	 * @throws OperationCanceledException when {@code monitor} is cancelled
	 */
	public Dataset read(Path file, IProgressMonitor monitor) throws DataException {
		String source = file.getFileName().toString();
		TripleSMetadata metadata = metadata(file);
		Path data = dataFile(file, source, metadata);
		String dataSource = data.getFileName().toString();
		DataFiles.requireRegularFile(data, dataSource);
		List<Output> outputs = outputs(metadata);
		List<String> names = outputs.stream().map(Output::name).toList();
		DatasetBuilder dataset = new DatasetBuilder(source, names, 0, '.', options);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + source, 1);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(data),
				metadata.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)),
				1 << 16)) {
			for (int i = 0; i < metadata.skip(); i++) {
				reader.readLine();
			}
			if (metadata.csv()) {
				readCsv(dataSource, metadata, outputs, reader, dataset, progress);
			} else {
				readFixed(dataSource, metadata, outputs, reader, dataset, progress);
			}
		} catch (UncheckedIOException e) {
			throw unreadable(dataSource, metadata, e.getCause());
		} catch (IOException e) {
			throw unreadable(dataSource, metadata, e);
		}
		Map<String, ColumnType> declared = new HashMap<>();
		outputs.stream().filter(output -> output.type() != null).forEach(output -> declared.put(output.name(), output.type()));
		Dataset built = dataset.build(declared);
		List<Column> labelled = new ArrayList<>();
		for (int i = 0; i < outputs.size(); i++) {
			labelled.add(built.columns().get(i).withLabels(outputs.get(i).labels()));
		}
		String weight = metadata.variables().stream().filter(Variable::isWeight).map(Variable::name).findFirst()
				.orElse(null);
		progress.done();
		return new Dataset(source, labelled, built.warnings(), weight);
	}

	private static DataException unreadable(String source, TripleSMetadata metadata, IOException e) {
		if (e instanceof CharacterCodingException) {
			return new DataException(source, DataTexts.wording("sss.badEncoding", metadata.charset().name()));
		}
		return new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
	}

	private static TripleSMetadata metadata(Path file) throws DataException {
		String source = file.getFileName().toString();
		DataFiles.requireRegularFile(file, source);
		try (InputStream in = Files.newInputStream(file)) {
			return TripleSMetadata.read(source, in);
		} catch (IOException e) {
			throw new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
		}
	}

	/** The data file of the survey whose metadata file is {@code file}. */
	static Path dataFile(Path file) throws DataException {
		return dataFile(file, file.getFileName().toString(), metadata(file));
	}

	/** The data file: the one the record names, or the metadata file's namesake. */
	private static Path dataFile(Path file, String source, TripleSMetadata metadata) throws DataException {
		Path folder = file.toAbsolutePath().getParent();
		if (metadata.href() != null && !metadata.href().isBlank()) {
			Path named = Path.of(metadata.href().strip());
			if (named.isAbsolute() || named.getNameCount() != 1) {
				throw new DataException(source, DataTexts.wording("sss.href", metadata.href()));
			}
			return folder.resolve(named);
		}
		String name = file.getFileName().toString();
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		List<String> tried = new ArrayList<>();
		for (String extension : DATA_EXTENSIONS) {
			for (String candidate : List.of(base + "." + extension, base + "." + extension.toUpperCase())) {
				if (Files.isRegularFile(folder.resolve(candidate))) {
					return folder.resolve(candidate);
				}
			}
			tried.add(base + "." + extension);
		}
		throw new DataException(source, DataTexts.wording("sss.noDataFile", String.join(", ", tried)));
	}

	/** What one line of data gives: a variable's field, by its positions (fixed) or field numbers (CSV). */
	private interface Fields {
		/** The text of positions {@code from} to {@code to} (1-based, inclusive). */
		String get(Variable variable, int from, int to) throws DataException;
	}

	private void readFixed(String source, TripleSMetadata metadata, List<Output> outputs, BufferedReader reader,
			DatasetBuilder dataset, SubMonitor progress) throws IOException, DataException {
		String[] cells = new String[outputs.size()];
		long line = metadata.skip();
		for (String text = reader.readLine(); text != null; text = reader.readLine()) {
			line++;
			if (text.isBlank()) {
				continue;
			}
			String record = text;
			// lines may end early: writers trim trailing blanks, which are missing values
			Fields fields = (variable, from, to) -> from > record.length() ? ""
					: record.substring(from - 1, Math.min(to, record.length()));
			addRow(source, line, fields, outputs, cells, dataset, progress);
		}
	}

	private void readCsv(String source, TripleSMetadata metadata, List<Output> outputs, BufferedReader reader,
			DatasetBuilder dataset, SubMonitor progress) throws IOException, DataException {
		String[] cells = new String[outputs.size()];
		CSVFormat format = CSVFormat.DEFAULT.builder().setQuote('"').setIgnoreEmptyLines(true).get();
		try (CSVParser parser = format.parse(reader)) {
			long lastLine = 0;
			for (CSVRecord record : parser) {
				long line = metadata.skip() + lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				Fields fields = (variable, from, to) -> {
					if (to > record.size()) {
						throw new DataException(source, line, variable.name(), DataTexts.wording("sss.fewFields", record.size(), to));
					}
					return from == to ? record.get(from - 1) : String.join("", record.toList().subList(from - 1, to));
				};
				addRow(source, line, fields, outputs, cells, dataset, progress);
			}
		}
	}

	private static void addRow(String source, long line, Fields fields, List<Output> outputs, String[] cells,
			DatasetBuilder dataset, SubMonitor progress) throws DataException {
		int i = 0;
		for (Output output : outputs) {
			cells[i++] = output.cell(source, line, fields);
		}
		dataset.addRow(cells, line);
		if (dataset.rows() % RECORDS_PER_PROGRESS_STEP == 0 && progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The columns the variables become, in the file's order. */
	private static List<Output> outputs(TripleSMetadata metadata) {
		List<Output> outputs = new ArrayList<>();
		for (Variable variable : metadata.variables()) {
			if (variable.type() == Type.MULTIPLE) {
				for (String code : variable.values().keySet()) {
					outputs.add(new Output(variable, code, metadata.csv()));
				}
			} else {
				outputs.add(new Output(variable, null, metadata.csv()));
			}
		}
		return outputs;
	}

	/**
	 * A column of the dataset: a variable, or for a multiple variable one of its codes.
	 *
	 * @param code the code of a multiple variable's column, else {@code null}
	 */
	private record Output(Variable variable, String code, boolean csv) {

		String name() {
			return code == null ? variable.name() : variable.name() + "_" + code;
		}

		ColumnType type() {
			return switch (variable.type()) {
			case SINGLE -> ColumnType.NOMINAL;
			case QUANTITY -> ColumnType.NUMERIC;
			case LOGICAL, MULTIPLE -> ColumnType.BINARY;
			case CHARACTER, DATE, TIME -> null;
			};
		}

		ColumnLabels labels() {
			if (code != null) {
				String value = variable.values().get(code);
				String description = variable.label() == null ? value : variable.label() + ": " + value;
				return new ColumnLabels(description, Map.of());
			}
			Map<String, String> values = new HashMap<>();
			variable.values().forEach((value, label) -> values.put(codeText(value), label));
			return new ColumnLabels(variable.label(), values);
		}

		/** The cell of this column on a line, {@code null} when missing. */
		String cell(String source, long line, Fields fields) throws DataException {
			String field = fields.get(variable, variable.start(), variable.finish());
			if (field.isBlank()) {
				return null;
			}
			return switch (variable.type()) {
			case SINGLE -> codeText(field.strip());
			case QUANTITY -> quantity(source, line, field.strip());
			case LOGICAL -> logical(source, line, field.strip());
			case MULTIPLE -> variable.subfields() == 0 ? bit(source, line, field) : spread(source, line, fields);
			case DATE -> date(source, line, field.strip());
			case TIME -> time(source, line, field.strip());
			case CHARACTER -> field.strip();
			};
		}

		/** The bitstring's character at the code's place: code 3 is the third. */
		private String bit(String source, long line, String field) throws DataException {
			int place = Integer.parseInt(code);
			char bit = place > field.length() ? ' ' : field.charAt(place - 1);
			return switch (bit) {
			case '1' -> "1";
			case '0', ' ' -> "0";
			default -> throw new DataException(source, line, variable.name(),
					DataTexts.wording("sss.bitstring", field, String.valueOf(bit)));
			};
		}

		/** Whether any subfield holds the code; blank and zero subfields hold none. */
		private String spread(String source, long line, Fields fields) throws DataException {
			boolean chosen = false;
			int unit = csv ? 1 : variable.width();
			for (int i = 0; i < variable.subfields(); i++) {
				int from = variable.start() + i * unit;
				String held = fields.get(variable, from, from + unit - 1).strip();
				if (held.isEmpty() || held.chars().allMatch(c -> c == '0')) {
					continue;
				}
				String heldCode = codeText(held);
				if (!variable.values().containsKey(heldCode) && variable.values().keySet().stream()
						.noneMatch(known -> codeText(known).equals(heldCode))) {
					throw new DataException(source, line, variable.name(), DataTexts.wording("sss.subfield", i + 1, held));
				}
				chosen |= heldCode.equals(codeText(code));
			}
			return chosen ? "1" : "0";
		}

		private String quantity(String source, long line, String field) throws DataException {
			if (!NumberText.isNumber(field, '.')) {
				throw new DataException(source, line, variable.name(), DataTexts.wording("cell.notNumber", field));
			}
			return field;
		}

		private String logical(String source, long line, String field) throws DataException {
			if (!field.equals("0") && !field.equals("1")) {
				throw new DataException(source, line, variable.name(), DataTexts.wording("sss.notLogical", field));
			}
			return field;
		}

		private String date(String source, long line, String field) throws DataException {
			if (!field.matches("\\d{8}")) {
				throw new DataException(source, line, variable.name(), DataTexts.wording("sss.notDate", field));
			}
			return field.substring(0, 4) + "-" + field.substring(4, 6) + "-" + field.substring(6);
		}

		private String time(String source, long line, String field) throws DataException {
			if (!field.matches("\\d{6}")) {
				throw new DataException(source, line, variable.name(), DataTexts.wording("sss.notTime", field));
			}
			return field.substring(0, 2) + ":" + field.substring(2, 4) + ":" + field.substring(4);
		}
	}

	/** A numeric code as the columns write numbers ({@code 01} is {@code 1}); a literal code as it is. */
	private static String codeText(String code) {
		String text = code.strip();
		return NumberText.isNumber(text, '.') ? NumericColumn.format(NumberText.parse(text, '.')) : text;
	}
}
