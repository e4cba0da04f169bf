/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.segmenta.data.ReadOptions;

/**
 * The conventions of one CSV file, detected from its first bytes: encoding (a UTF-8 or UTF-16 byte
 * order mark, else UTF-16 by its zero bytes, else UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252), field delimiter and decimal separator.
 *
 * @param bomLength the number of bytes to skip before the text starts
 */
public record CsvDialect(Charset charset, int bomLength, char delimiter, boolean decimalComma) {

	/** Windows' Western European code page, which Excel uses for "CSV" in the Nordic countries. */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
	private static final char[] DELIMITERS = { ';', ',', '\t' };
	private static final int SAMPLE_RECORDS = 200;

	/**
	 * Detects what {@code options} leave open from {@code sample}, the first bytes of the file.
	 *
	 * @param complete whether the sample is the whole file (else its last bytes may cut a character)
	 */
	public static CsvDialect detect(byte[] sample, boolean complete, ReadOptions options) {
		Charset marked = byteOrderMark(sample);
		int bomLength = marked == null ? 0 : marked == StandardCharsets.UTF_8 ? UTF8_BOM.length : 2;
		Charset unmarked = marked == null ? utf16WithoutMark(sample) : null;
		Charset charset = options.charset() != null ? options.charset()
				: marked != null ? marked
						: unmarked != null ? unmarked : isUtf8(sample, complete) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		String text = new String(sample, bomLength, sample.length - bomLength, charset);
		char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
		boolean decimalComma = options.decimalComma() != null ? options.decimalComma()
				: delimiter != ',' && prefersDecimalComma(records(text, delimiter));
		return new CsvDialect(charset, bomLength, delimiter, decimalComma);
	}

	/**
	 * The encoding a byte order mark at the start of {@code sample} announces, or {@code null}:
	 * UTF-8 as Excel's "CSV UTF-8", UTF-16 little-endian as its "Unicode text".
	 */
	private static Charset byteOrderMark(byte[] sample) {
		if (sample.length >= UTF8_BOM.length && Arrays.equals(sample, 0, UTF8_BOM.length, UTF8_BOM, 0,
				UTF8_BOM.length)) {
			return StandardCharsets.UTF_8;
		}
		if (sample.length >= 2 && sample[0] == (byte) 0xFF && sample[1] == (byte) 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (sample.length >= 2 && sample[0] == (byte) 0xFE && sample[1] == (byte) 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * UTF-16 written without a byte order mark, told by its zero bytes: text of Latin letters,
	 * digits and delimiters has a zero high byte in nearly every character, so in little-endian the
	 * odd bytes are zero and the even ones are not (and the reverse in big-endian); {@code null} for
	 * anything else.
	 */
	private static Charset utf16WithoutMark(byte[] sample) {
		int pairs = sample.length / 2;
		if (pairs < 2) {
			return null;
		}
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i + 1 < sample.length; i += 2) {
			evenZeros += sample[i] == 0 ? 1 : 0;
			oddZeros += sample[i + 1] == 0 ? 1 : 0;
		}
		if (oddZeros * 10 >= pairs * 9 && evenZeros == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (evenZeros * 10 >= pairs * 9 && oddZeros == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * The offset of the first NUL byte of {@code sample} when the file is read in a byte encoding, or
	 * -1: text in UTF-8 or Windows-1252 has none, so one means a binary file.
	 */
	public int firstNul(byte[] sample) {
		if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
			return -1;
		}
		for (int i = 0; i < sample.length; i++) {
			if (sample[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isUtf8(byte[] sample, boolean complete) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		// a sample that is not the whole file may end inside a multi-byte character: not an error
		return !decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), complete).isError();
	}

	/** The candidate that splits the sample's records into the same, largest number of fields. */
	static char detectDelimiter(String text) {
		char best = ',';
		int bestScore = -1;
		for (char candidate : DELIMITERS) {
			List<List<String>> records = records(text, candidate);
			if (records.isEmpty()) {
				continue;
			}
			int fields = records.get(0).size();
			boolean consistent = records.stream().allMatch(record -> record.size() == fields);
			// a consistent split beats an inconsistent one; among equals, more fields win
			int score = fields <= 1 ? 0 : (consistent ? 1_000_000 : 0) + fields;
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static boolean prefersDecimalComma(List<List<String>> records) {
		int commaNumbers = 0;
		int pointNumbers = 0;
		for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
			for (String field : record) {
				String value = field.strip();
				if (NumberText.isNumber(value, ',') && value.indexOf(',') >= 0) {
					commaNumbers++;
				} else if (NumberText.isNumber(value, '.') && value.indexOf('.') >= 0) {
					pointNumbers++;
				}
			}
		}
		return commaNumbers > pointNumbers;
	}

	/**
	 * The sample's first records split at {@code delimiter}, honouring quotes; a record cut by the
	 * end of the sample is left out.
	 */
	static List<List<String>> records(String text, char delimiter) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length() && records.size() < SAMPLE_RECORDS; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (quoted) {
				field.append(c);
			} else if (c == delimiter) {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				if (!(record.size() == 1 && record.get(0).isEmpty())) {
					records.add(record);
				}
				record = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		return records;
	}
}
