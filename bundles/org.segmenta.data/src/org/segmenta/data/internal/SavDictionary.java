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
import java.util.List;

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
	private int[] measures = new int[0];
	private int characterCode;
	private String encodingRecord;
	private Charset charset;
	private int endRecordOffset;

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
			throw new DataException(source, "is truncated: the file ends inside its dictionary");
		} catch (IOException e) {
			throw new DataException(source, "cannot be read: " + e.getMessage());
		}
		dictionary.charset = dictionary.charset();
		return dictionary;
	}

	private void readHeader() throws IOException, DataException {
		String magic = new String(bytes(4), StandardCharsets.US_ASCII);
		if (magic.equals("$FL3")) {
			throw new DataException(source, "is a ZLIB-compressed SPSS file (.zsav), which cannot be read here;"
					+ " save it from SPSS uncompressed or with standard compression");
		}
		if (!magic.equals("$FL2")) {
			throw new DataException(source, "is not an SPSS system file (.sav): it does not start with $FL2");
		}
		bytes(60); // product name
		byte[] layout = bytes(4);
		int code = ByteBuffer.wrap(layout).order(ByteOrder.LITTLE_ENDIAN).getInt();
		order = code == 2 || code == 3 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		int slots = integer();
		int compression = integer();
		if (compression != 0 && compression != 1) {
			throw new DataException(source, "uses compression " + compression + ", which cannot be read here;"
					+ " save it from SPSS uncompressed or with standard compression");
		}
		compressed = compression == 1;
		weightSlot = integer();
		if (slots > MAX_SLOTS || weightSlot < 0 || weightSlot > Math.max(slots, MAX_SLOTS)) {
			throw damaged("its header");
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
				int count = count(integer(), "value labels");
				for (int i = 0; i < count; i++) {
					bytes(8);
					int length = bytes(1)[0] & 0xFF;
					bytes(padded(length + 1, 8) - 1);
				}
			}
			case VALUE_LABEL_VARIABLES_RECORD -> bytes(4 * count(integer(), "value labels"));
			case DOCUMENT_RECORD -> bytes(80 * count(integer(), "document lines"));
			case EXTENSION_RECORD -> readExtension();
			case END_RECORD -> {
				endRecordOffset = read.size() - 4;
				bytes(4);
				return;
			}
			default -> throw damaged("record type " + type + " at byte " + (read.size() - 4));
			}
		}
	}

	private void readVariable() throws IOException, DataException {
		int width = integer();
		int hasLabel = integer();
		int missing = integer();
		bytes(4 + 4 + 8); // print and write formats, short name
		if (width != -1) {
			variableSlots.add(slots); // a string's continuation slots (width -1) are no variables
		}
		slots++;
		if (hasLabel == 1) {
			bytes(padded(count(integer(), "a variable label"), 4));
		}
		if (missing < -3 || missing > 3) {
			throw damaged("the missing values of variable " + variableSlots.size());
		}
		bytes(8 * Math.abs(missing));
	}

	private void readExtension() throws IOException, DataException {
		int subtype = integer();
		int size = integer();
		int count = integer();
		long length = (long) size * count;
		if (size < 0 || count < 0 || length > Integer.MAX_VALUE / 2) {
			throw damaged("extension record " + subtype);
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
			throw new DataException(source, "its texts are in character code " + characterCode
					+ ", which cannot be decoded here; save it from SPSS 16 or later in Unicode mode");
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

	private int count(int count, String what) throws DataException {
		if (count < 0 || count > MAX_SLOTS) {
			throw damaged(what);
		}
		return count;
	}

	private static int padded(int length, int multiple) {
		return (length + multiple - 1) / multiple * multiple;
	}

	private DataException damaged(String where) {
		return new DataException(source, "is damaged or not an SPSS system file: invalid " + where);
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
		if (charset == null) {
			return bytes;
		}
		byte[] name = charset.name().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer record = ByteBuffer.allocate(16 + name.length).order(order);
		record.putInt(EXTENSION_RECORD).putInt(ENCODING).putInt(1).putInt(name.length).put(name);
		ByteArrayOutputStream patched = new ByteArrayOutputStream(bytes.length + record.capacity());
		patched.write(bytes, 0, endRecordOffset);
		patched.writeBytes(record.array());
		patched.write(bytes, endRecordOffset, bytes.length - endRecordOffset);
		return patched.toByteArray();
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

	/** The index of the weight variable among all variables, or -1 when the file is not weighted. */
	public int weightVariable() {
		return weightSlot == 0 ? -1 : variableSlots.indexOf(weightSlot - 1);
	}

	/** The name of the encoding of the file's texts, from its encoding record or its character code. */
	public String encoding() {
		return charset == null ? encodingRecord : charset.name();
	}
}
