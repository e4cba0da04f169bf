/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/**
 * Files made to break a reader: each fails with a message naming the file, never hangs, never runs
 * out of memory and never copies the file's control characters into the message.
 */
class HostileFilesTest {

	@TempDir
	Path folder;

	private DataException refused(Path file) {
		DataException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> assertThrows(DataException.class, () -> DataFiles.read(file, ReadOptions.detect(), null)));
		assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
		assertTrue(e.getMessage().codePoints().noneMatch(Character::isISOControl), e.getMessage());
		return e;
	}

	@Test
	void aFifoIsRefusedInsteadOfBlocking() throws Exception {
		for (String name : new String[] { "answers.csv", "answers.xlsx", "answers.sav" }) {
			Path fifo = folder.resolve(name);
			assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
			assertTrue(refused(fifo).getMessage().contains("not a regular file"), name);
		}
	}

	@Test
	void aFolderIsRefused() throws Exception {
		Path directory = Files.createDirectory(folder.resolve("survey.csv"));
		assertTrue(refused(directory).getMessage().contains("is a folder"));
	}

	@Test
	void nulBytesRefuseTheFileWithoutQuotingThem() throws Exception {
		Path file = folder.resolve("binary.csv");
		Files.write(file, "id,score\n1,\0\0\u0007x\n2,3\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(refused(file).getMessage().contains("NUL byte (at byte 11)"));
	}

	@Test
	void utf16WithoutByteOrderMarkIsDetected() throws Exception {
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			Path file = folder.resolve("unicode-" + charset.name() + ".csv");
			Files.write(file, "id;name;score\n1;Åsa;3\n2;Øl;4\n3;Bo;5\n".getBytes(charset));
			Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
			assertEquals(3, data.rowCount());
			assertEquals(List.of("id", "name", "score"), data.columns().stream().map(Column::name).toList());
			assertEquals("Øl", data.column("name").text(1));
		}
	}

	@Test
	void twoHundredThousandColumnsFitInTheTestHeap() throws Exception {
		// one row under a header of 200,000 names: 1.9 MB, which preallocated columns made 2.4 GB
		int width = 200_000;
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < width; c++) {
			text.append(c == 0 ? "" : ",").append('c').append(c);
		}
		text.append('\n');
		for (int c = 0; c < width; c++) {
			text.append(c == 0 ? "" : ",").append(c % 5);
		}
		Path file = folder.resolve("wide.csv");
		Files.writeString(file, text.append('\n'));
		Dataset data = DataFiles.read(file, ReadOptions.detect(), null);
		assertEquals(width, data.columns().size());
		assertEquals(1, data.rowCount());
	}

	@Test
	void zipBombIsRefusedByName() throws Exception {
		Path bomb = folder.resolve("bomb.xlsx");
		// 200 MB of spaces deflate to 200 KB: far beyond the expansion ratio POI accepts
		rewrite(workbook(), bomb, "xl/worksheets/sheet1.xml", out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("<?xml version=\"1.0\"?><worksheet"
					+ " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			char[] spaces = new char[1 << 20];
			Arrays.fill(spaces, ' ');
			for (int i = 0; i < 200; i++) {
				writer.write(spaces);
			}
			writer.write("</sheetData></worksheet>");
			writer.flush();
		});
		assertTrue(refused(bomb).getMessage().contains("zip bomb"));
	}

	@Test
	void doctypeInAPartIsRefused() throws Exception {
		Path workbook = workbook();
		Path hostile = folder.resolve("doctype.xlsx");
		rewrite(workbook, hostile, "xl/workbook.xml", out -> {
			String xml = new String(entry(workbook, "xl/workbook.xml"), StandardCharsets.UTF_8);
			out.write(xml.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY x \"y\">]>")
					.getBytes(StandardCharsets.UTF_8));
		});
		assertTrue(refused(hostile).getMessage().contains("declares a DOCTYPE"));
	}

	@Test
	void encryptedWorkbookIsNamedEncrypted() throws Exception {
		Path encrypted = folder.resolve("locked.xlsx");
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("hemmelig");
			try (OutputStream out = encryptor.getDataStream(container)) {
				Files.copy(workbook(), out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				container.writeFilesystem(out);
			}
		}
		String message = refused(encrypted).getMessage();
		assertTrue(message.contains("is encrypted (password-protected)"), message);
		assertFalse(message.contains("OLE2"), message);
	}

	/** A small valid workbook: a header and three rows. */
	private Path workbook() throws IOException {
		Path file = folder.resolve("plain.xlsx");
		if (Files.exists(file)) {
			return file;
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Survey");
			for (int r = 0; r < 4; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r == 0 ? "id" : Integer.toString(r));
				row.createCell(1).setCellValue(r == 0 ? "score" : Double.toString(r * 1.5));
			}
			workbook.write(out);
		}
		return file;
	}

	private interface Part {
		void write(OutputStream out) throws IOException;
	}

	private static byte[] entry(Path zip, String name) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			return file.getInputStream(file.getEntry(name)).readAllBytes();
		}
	}

	/** {@code from} with the part {@code name} replaced by what {@code part} writes. */
	private static void rewrite(Path from, Path to, String name, Part part) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(name)) {
					part.write(out);
				} else {
					zip.getInputStream(entry).transferTo(out);
				}
				out.closeEntry();
			}
		}
	}
}
