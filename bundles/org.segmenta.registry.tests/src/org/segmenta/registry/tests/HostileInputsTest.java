/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.tests.support.Examples;

/**
 * Every contributed headless command on input that once hung it, ended it with Equinox's exit 13 or
 * was silently accepted: each ends within seconds with exit 2, the input named on standard error,
 * no stack trace and none of the file's control characters.
 */
class HostileInputsTest {

	@TempDir
	Path folder;

	private Path fifo;
	private Path binary;

	@BeforeEach
	void hostileFiles() throws Exception {
		fifo = folder.resolve("answers.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		binary = Files.write(folder.resolve("binary.segmentation"),
				"\0\0\u001b[31m<?xml\u0007\0".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void analysisCommandsRefuseAPipe() {
		String survey = Examples.survey().toString();
		refused("answers.csv", "cluster", fifo.toString(), "--k", "3", "--out", "run");
		refused("answers.csv", "profile", fifo.toString(), "--by", "country", "--out", "run");
		refused("answers.csv", "typing-tool", survey, "--assignments", fifo.toString(), "--columns", "q12_balance",
				"--out", "run");
		refused("answers.csv", "memberships", fifo.toString(), "--communities", "balance=q12_balance>=4", "--out",
				"run");
	}

	@Test
	void modelCommandsRefuseBinaryFilesAndEmptyOptions() {
		String model = Examples.model().toString();
		refused("binary.segmentation", "info", binary.toString());
		refused("binary.segmentation", "validate", binary.toString());
		refused("binary.segmentation", "report", binary.toString(), "--out", "report");
		refused("binary.segmentation", "export-diagram", binary.toString(), "--kind", "segment-tree", "--out",
				"tree.svg");
		refused("--out needs a value", "report", model, "--out=");
		refused("--out needs a value", "export-diagram", model, "--kind", "segment-tree", "--out=");
		refused("--format needs a value", "validate", model, "--format", "");
	}

	@Test
	void constantBasisColumnsCannotFormTheSegments() throws Exception {
		StringBuilder rows = new StringBuilder("id,a,b\n");
		for (int row = 1; row <= 30; row++) {
			rows.append(row).append(",3,4\n");
		}
		Path constant = Files.writeString(folder.resolve("constant.csv"), rows);
		String err = refused("formed only 1 of the 3 segments", "cluster", constant.toString(), "--k", "3",
				"--columns", "a,b", "--out", "run");
		assertTrue(err.contains("constant.csv"), err);
		assertTrue(Files.notExists(folder.resolve("run/assignments.csv")), "nothing written");
	}

	/** Runs {@code words}, expecting exit 2 with {@code expected} on standard error; that text. */
	private String refused(String expected, String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = assertTimeoutPreemptively(Duration.ofSeconds(60),
				() -> new CommandLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
						new PrintStream(err, true, StandardCharsets.UTF_8), folder).run(List.of(words)));
		String messages = err.toString(StandardCharsets.UTF_8);
		String command = String.join(" ", words) + ":\n" + messages;
		assertEquals(2, exit, command);
		assertTrue(messages.contains(expected), command);
		assertTrue(messages.chars().allMatch(c -> c == '\n' || c == '\r' || !Character.isISOControl(c)), command);
		assertTrue(messages.lines().noneMatch(line -> line.strip().startsWith("at ")), command);
		assertTrue(!messages.contains("See the log file"), command);
		return messages;
	}
}
