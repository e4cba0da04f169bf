/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.ProgressLine;

/** The headless progress lines, and the repeat of a step that stays silent. */
class ProgressLineTest {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	@Test
	void printsEachStepWithItsPercentage() {
		try (ProgressLine progress = new ProgressLine(stream)) {
			progress.beginTask("Loading model.segmentation", 4);
			progress.worked(1);
			progress.subTask("Writing HTML – æøå");
		}
		assertEquals(List.of("[  0%] Loading model.segmentation", "[ 25%] Writing HTML – æøå"), lines());
	}

	@Test
	void repeatsASilentStepWithItsElapsedTimeUntilClosed() throws InterruptedException {
		try (ProgressLine progress = new ProgressLine(stream, Duration.ofMillis(200))) {
			progress.beginTask("Writing PDF", 2);
			Thread.sleep(1_100);
		}
		List<String> lines = lines();
		assertEquals("[  0%] Writing PDF", lines.get(0));
		assertTrue(lines.size() >= 3, "a silent step is repeated: " + lines);
		assertTrue(lines.subList(1, lines.size()).stream().allMatch(line -> line.matches("\\[  0%\\] Writing PDF \\(\\d+ s\\)")),
				lines.toString());
		int closed = lines.size();
		Thread.sleep(600);
		assertEquals(closed, lines().size(), "nothing is printed once closed");
	}

	/** Reading a file reports its bytes through worked() only: the repeats show how far it has come. */
	@Test
	void aRepeatedStepShowsTheWorkDoneByNow() throws InterruptedException {
		try (ProgressLine progress = new ProgressLine(stream, Duration.ofMillis(200))) {
			progress.beginTask("Reading people.csv", 4);
			for (int i = 0; i < 3; i++) {
				Thread.sleep(350);
				progress.worked(1);
			}
			Thread.sleep(350);
		}
		List<String> lines = lines();
		assertEquals("[  0%] Reading people.csv", lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.matches("\\[ 75%\\] Reading people.csv \\(\\d+ s\\)")),
				lines.toString());
	}

	@Test
	void aStepThatReportsInTimeIsNotRepeated() throws InterruptedException {
		try (ProgressLine progress = new ProgressLine(stream, Duration.ofMillis(400))) {
			progress.beginTask("Clustering", 10);
			for (int i = 0; i < 6; i++) {
				Thread.sleep(150);
				progress.subTask("iteration " + i);
			}
		}
		assertTrue(lines().stream().noneMatch(line -> line.endsWith(" s)")), lines().toString());
	}

	private List<String> lines() {
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}
}
