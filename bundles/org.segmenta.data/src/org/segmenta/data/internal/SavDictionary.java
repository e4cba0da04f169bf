/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;

/**
 * What the SPSS reader library leaves out of a {@code .sav} file's dictionary, read in a pass of
 * its own before the library reads the file: it checks that the file is an SPSS system file the
 * library can read (bytecode-compressed or not, not truncated in its dictionary), finds each
 * variable's measurement level (extension record 11), the weight variable (the header's slot,
 * which the library misreads) and the text encoding: the encoding record (extension record 20),
 * or, in files without one such as SPSS 15's and haven's, the character code of the machine
 * record (extension record 3), which the library ignores. Layout as in PSPP's documentation of the
 * system file format.
 * <p>
 * The library decodes the variables' short names as ASCII but the long-names record (extension
 * record 13) in the platform's charset, so a short name with a non-ASCII byte, as haven writes for
 * a variable called {@code løbenr} or {@code vægt}, is not found and the library fails. Such short
 * names are given to the library as ASCII names of their own, and the long-names and very-long-string
 * records (13 and 14) name them so; the variables keep their names.
 */
public final class SavDictionary {

	private static final int VARIABLE_RECORD = 2;
	private static final int VALUE_LABELS_RECORD = 3;
	private static final int VALUE_LABEL_VARIABLES_RECORD = 4;
	private static final int DOCUMENT_RECORD = 6;
	private static final int EXTENSION_RECORD = 7;
	private static final int END_RECORD = 999;
	private static final int MACHINE_INTEGERS = 3;
	private static final int MACHINE_FLOATS = 4;
	private static final int VARIABLE_DISPLAY = 11;
	private static final int LONG_NAMES = 13;
	private static final int VERY_LONG_STRINGS = 14;
	private static final int SHORT_NAME_LENGTH = 8;
	/** Where the header holds the compression code. */
	private static final int COMPRESSION_OFFSET = 72;
	private static final int ENCODING = 20;
	/** Far more than any survey has, so a damaged count is caught before it allocates. */
	private static final int MAX_SLOTS = 1 << 20;

	private final String source;
	private final DataInputStream in;
	private final ByteArrayOutputStream read = new ByteArrayOutputStream();
	private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

	private boolean compressed;
	private double bias;
	private double systemMissing = -Double.MAX_VALUE;
	private int weightSlot;
	private int slots;
	private final List<Integer> variableSlots = new ArrayList<>();
	/** Each variable's width in bytes as its record gives it, 0 for a number. */
	private final List<Integer> variableWidths = new ArrayList<>();
	private int[] measures = new int[0];
	private int characterCode;
	private String encodingRecord;
	private Charset charset;
	private int endRecordOffset;
	/** Where each variable's (not continuation's) short name starts in the bytes read. */
	private final List<Integer> shortNameOffsets = new ArrayList<>();
	/** Where the data of the long-names and very-long-string records start, and their lengths. */
	private final List<int[]> nameRecords = new ArrayList<>();
	private boolean longNamesRecord;

	private SavDictionary(String source, InputStream in) {
		this.source = source;
		this.in = new DataInputStream(in);
	}

	/**
	 * Reads the dictionary at the start of {@code in}.
	 *
	 * @throws DataException when the file is not an SPSS system file or one this reader cannot read
	 */
	public static SavDictionary read(String source, InputStream in) throws DataException {
		SavDictionary dictionary = new SavDictionary(source, in);
		try {
			dictionary.readHeader();
			dictionary.readRecords();
		} catch (EOFException e) {
			throw new DataException(source, DataTexts.wording("sav.truncatedDictionary"));
		} catch (IOException e) {
			throw new DataException(source, DataTexts.wording("file.unreadable", e.getMessage()));
		}
		dictionary.charset = dictionary.charset();
		return dictionary;
	}

	private void readHeader() throws IOException, DataException {
		String magic = new String(bytes(4), StandardCharsets.US_ASCII);
		if (magic.equals("$FL3")) {
			throw new DataException(source, DataTexts.wording("sav.zsav"));
		}
		if (!magic.equals("$FL2")) {
			throw new DataException(source, DataTexts.wording("sav.notSav"));
		}
		bytes(60); // product name
		byte[] layout = bytes(4);
		int code = ByteBuffer.wrap(layout).order(ByteOrder.LITTLE_ENDIAN).getInt();
		order = code == 2 || code == 3 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		int slots = integer();
		int compression = integer();
		if (compression != 0 && compression != 1) {
			throw new DataException(source, DataTexts.wording("sav.compression", String.valueOf(compression)));
		}
		compressed = compression == 1;
		weightSlot = integer();
		if (slots > MAX_SLOTS || weightSlot < 0 || weightSlot > Math.max(slots, MAX_SLOTS)) {
			throw damaged("sav.part.header");
		}
		integer(); // case count
		bias = ByteBuffer.wrap(bytes(8)).order(order).getDouble();
		bytes(9 + 8 + 64 + 3); // date, time, file label, padding
	}

	private void readRecords() throws IOException, DataException {
		while (true) {
			int type = integer();
			switch (type) {
			case VARIABLE_RECORD -> readVariable();
			case VALUE_LABELS_RECORD -> {
				int count = count(integer(), "sav.part.valueLabels");
				for (int i = 0; i < count; i++) {
					bytes(8);
					int length = bytes(1)[0] & 0xFF;
					bytes(padded(length + 1, 8) - 1);
				}
			}
			case VALUE_LABEL_VARIABLES_RECORD -> bytes(4 * count(integer(), "sav.part.valueLabels"));
			case DOCUMENT_RECORD -> bytes(80 * count(integer(), "sav.part.documentLines"));
			case EXTENSION_RECORD -> readExtension();
			case END_RECORD -> {
				endRecordOffset = read.size() - 4;
				bytes(4);
				return;
			}
			default -> throw damaged("sav.part.recordType", String.valueOf(type), String.valueOf(read.size() - 4));
			}
		}
	}

	private void readVariable() throws IOException, DataException {
		int width = integer();
		int hasLabel = integer();
		int missing = integer();
		bytes(4 + 4); // print and write formats
		int nameOffset = read.size();
		bytes(SHORT_NAME_LENGTH);
		if (width != -1) {
			variableSlots.add(slots); // a string's continuation slots (width -1) are no variables
			variableWidths.add(width);
			shortNameOffsets.add(nameOffset);
		}
		slots++;
		if (hasLabel == 1) {
			bytes(padded(count(integer(), "sav.part.variableLabel"), 4));
		}
		if (missing < -3 || missing > 3) {
			throw damaged("sav.part.missingValues", String.valueOf(variableSlots.size()));
		}
		bytes(8 * Math.abs(missing));
	}

	private void readExtension() throws IOException, DataException {
		int subtype = integer();
		int size = integer();
		int count = integer();
		long length = (long) size * count;
		if (size < 0 || count < 0 || length > Integer.MAX_VALUE / 2) {
			throw damaged("sav.part.extension", String.valueOf(subtype));
		}
		if ((subtype == LONG_NAMES || subtype == VERY_LONG_STRINGS) && size == 1) {
			nameRecords.add(new int[] { read.size(), (int) length });
			longNamesRecord |= subtype == LONG_NAMES;
		}
		ByteBuffer data = ByteBuffer.wrap(bytes((int) length)).order(order);
		if (subtype == MACHINE_INTEGERS && size == 4 && count == 8) {
			characterCode = data.getInt(28);
		} else if (subtype == MACHINE_FLOATS && size == 8 && count == 3) {
			systemMissing = data.getDouble(0);
		} else if (subtype == VARIABLE_DISPLAY && size == 4 && !variableSlots.isEmpty()) {
			int stride = count == 3 * variableSlots.size() ? 3 : 2;
			measures = new int[Math.min(variableSlots.size(), count / stride)];
			for (int i = 0; i < measures.length; i++) {
				measures[i] = data.getInt(4 * stride * i);
			}
		} else if (subtype == ENCODING) {
			encodingRecord = new String(data.array(), StandardCharsets.US_ASCII).strip();
		}
	}

	private Charset charset() throws DataException {
		if (encodingRecord != null) {
			return null; // the library reads the record itself
		}
		String name = switch (characterCode) {
		case 0, 2, 3, 1252, 20127 -> "windows-1252"; // unknown, 7- and 8-bit ASCII: the library's default
		case 65001 -> "UTF-8";
		default -> characterCode >= 28591 && characterCode <= 28606 ? "ISO-8859-" + (characterCode - 28590)
				: "cp" + characterCode;
		};
		try {
			return Charset.forName(name);
		} catch (IllegalArgumentException e) { // also UnsupportedCharsetException
			throw new DataException(source, DataTexts.wording("sav.characterCode", String.valueOf(characterCode)));
		}
	}

	private int integer() throws IOException {
		return ByteBuffer.wrap(bytes(4)).order(order).getInt();
	}

	private byte[] bytes(int length) throws IOException {
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		read.write(bytes);
		return bytes;
	}

	private int count(int count, String partKey) throws DataException {
		if (count < 0 || count > MAX_SLOTS) {
			throw damaged(partKey);
		}
		return count;
	}

	private static int padded(int length, int multiple) {
		return (length + multiple - 1) / multiple * multiple;
	}

	/** The file is damaged in the part the text {@code partKey} names. */
	private DataException damaged(String partKey, Object... arguments) {
		return new DataException(source,
				locale -> DataTexts.text(locale, "sav.damaged", DataTexts.text(locale, partKey, arguments)));
	}

	/**
	 * The dictionary as the library should read it: the bytes read so far, with an encoding record
	 * for the texts when the file announces its encoding only by its character code, and marked
	 * uncompressed when the cases are compressed: the library reads the cases from where the
	 * returned bytes end, from {@link #casesForLibrary(InputStream)}.
	 */
	public byte[] bytesForLibrary() {
		byte[] bytes = read.toByteArray();
		if (compressed) {
			ByteBuffer.wrap(bytes).order(order).putInt(COMPRESSION_OFFSET, 0);
		}
		List<byte[]> renamed = asciiShortNames(bytes);
		ByteArrayOutputStream patched = new ByteArrayOutputStream(bytes.length + 256);
		int copied = 0;
		for (int[] record : nameRecords) {
			if (renamed.isEmpty()) {
				break;
			}
			// the count before the data is the record's length, which the new names change
			byte[] data = renameEntries(Arrays.copyOfRange(bytes, record[0], record[0] + record[1]), renamed);
			patched.write(bytes, copied, record[0] - 4 - copied);
			patched.writeBytes(ByteBuffer.allocate(4).order(order).putInt(data.length).array());
			patched.writeBytes(data);
			copied = record[0] + record[1];
		}
		patched.write(bytes, copied, endRecordOffset - copied);
		if (charset != null) {
			patched.writeBytes(extension(ENCODING, charset.name().getBytes(StandardCharsets.US_ASCII)));
		}
		if (!renamed.isEmpty() && !longNamesRecord) {
			// without a long-names record the short names are the names: the record gives them back
			ByteArrayOutputStream names = new ByteArrayOutputStream();
			for (int i = 0; i < renamed.size(); i += 2) {
				names.writeBytes(i == 0 ? new byte[0] : new byte[] { '\t' });
				names.writeBytes(renamed.get(i + 1));
				names.write('=');
				names.writeBytes(renamed.get(i));
			}
			patched.writeBytes(extension(LONG_NAMES, names.toByteArray()));
		}
		patched.write(bytes, endRecordOffset, bytes.length - endRecordOffset);
		return patched.toByteArray();
	}

	private byte[] extension(int subtype, byte[] data) {
		ByteBuffer record = ByteBuffer.allocate(16 + data.length).order(order);
		return record.putInt(EXTENSION_RECORD).putInt(subtype).putInt(1).putInt(data.length).put(data).array();
	}

	/**
	 * Replaces in {@code bytes} every short name with a non-ASCII byte by an ASCII name no other
	 * variable has; returns the pairs (old name, new name), both without trailing blanks.
	 */
	private List<byte[]> asciiShortNames(byte[] bytes) {
		Set<String> taken = new HashSet<>();
		for (int offset : shortNameOffsets) {
			taken.add(new String(bytes, offset, SHORT_NAME_LENGTH, StandardCharsets.ISO_8859_1).strip());
		}
		List<byte[]> renamed = new ArrayList<>();
		int number = 0;
		for (int offset : shortNameOffsets) {
			byte[] name = Arrays.copyOfRange(bytes, offset, offset + SHORT_NAME_LENGTH);
			if (!hasNonAscii(name)) {
				continue;
			}
			String replacement;
			do {
				replacement = "V@" + ++number;
			} while (!taken.add(replacement));
			byte[] ascii = Arrays.copyOf(replacement.getBytes(StandardCharsets.US_ASCII), SHORT_NAME_LENGTH);
			Arrays.fill(ascii, replacement.length(), SHORT_NAME_LENGTH, (byte) ' ');
			System.arraycopy(ascii, 0, bytes, offset, SHORT_NAME_LENGTH);
			renamed.add(Arrays.copyOf(name, stripped(name, 0, name.length)));
			renamed.add(replacement.getBytes(StandardCharsets.US_ASCII));
		}
		return renamed;
	}

	/** The tab-separated {@code SHORT=...} entries of a long-names or very-long-string record, renamed. */
	private static byte[] renameEntries(byte[] data, List<byte[]> renamed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64);
		int start = 0;
		for (int i = 0; i <= data.length; i++) {
			if (i < data.length && data[i] != '\t') {
				continue;
			}
			int equals = start;
			while (equals < i && data[equals] != '=') {
				equals++;
			}
			byte[] name = Arrays.copyOfRange(data, start, stripped(data, start, equals));
			byte[] replacement = name;
			for (int pair = 0; pair < renamed.size(); pair += 2) {
				if (Arrays.equals(name, renamed.get(pair))) {
					replacement = renamed.get(pair + 1);
				}
			}
			if (equals < i) {
				out.writeBytes(replacement);
				out.write(data, equals, i - equals);
			} else {
				out.write(data, start, i - start);
			}
			if (i < data.length) {
				out.write('\t');
			}
			start = i + 1;
		}
		return out.toByteArray();
	}

	/** Where {@code bytes[from..to)} ends without its trailing blanks. */
	private static int stripped(byte[] bytes, int from, int to) {
		int end = to;
		while (end > from && bytes[end - 1] == ' ') {
			end--;
		}
		return end;
	}

	private static boolean hasNonAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return true;
			}
		}
		return false;
	}

	/** The cases that follow the dictionary in {@code in}, uncompressed. */
	public InputStream casesForLibrary(InputStream in) {
		return compressed ? new SavDecompressedCases(in, order, bias, systemMissing) : in;
	}

	/** The type the file's measurement level gives the variable at {@code index}, or {@code null}. */
	public ColumnType declaredType(int index) {
		int measure = index < measures.length ? measures[index] : 0;
		return switch (measure) {
		case 1 -> ColumnType.NOMINAL;
		case 2 -> ColumnType.ORDINAL;
		case 3 -> ColumnType.NUMERIC;
		default -> null;
		};
	}

	/** The length of a case in bytes: eight a slot. */
	public int caseLength() {
		return 8 * slots;
	}

	/** Where the value of the variable at {@code index} starts in a case's bytes. */
	public int caseOffset(int index) {
		return 8 * variableSlots.get(index);
	}

	/**
	 * The width of the variable at {@code index} in bytes, as its record gives it: 0 for a number,
	 * at most 255 for a string or a segment of a very long string.
	 */
	public int width(int index) {
		return variableWidths.get(index);
	}

	/**
	 * The charset of the file's texts, from its encoding record or its character code; the library
	 * has read the file's dictionary in it, so Java knows it.
	 */
	public Charset textCharset() {
		return charset != null ? charset : Charset.forName(encodingRecord);
	}

	/** The index of the weight variable among all variables, or -1 when the file is not weighted. */
	public int weightVariable() {
		return weightSlot == 0 ? -1 : variableSlots.indexOf(weightSlot - 1);
	}

	/** The name of the encoding of the file's texts, from its encoding record or its character code. */
	public String encoding() {
		return charset == null ? encodingRecord : charset.name();
	}
}
