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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** The launcher with the real extension registry: built-in and contributed commands, exit codes, messages. */
class CommandLauncherTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... words) {
		CommandLauncher launcher = new CommandLauncher(
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				folder);
		return launcher.run(Arrays.asList(words));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsBuiltInAndContributedCommands() {
		assertEquals(0, run("--help"));
		assertTrue(out().contains("info MODEL"), out());
		assertTrue(out().contains("count-words WORD..."), out());
		assertTrue(out().contains("Exit codes"), out());
	}

	@Test
	void infoSummarisesTheExample() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());

		assertEquals(0, run("info", Examples.model().toString()), err());

		String summary = out();
		assertTrue(summary.startsWith(project.getName()), summary);
		assertTrue(summary.contains("Personas (" + project.getPersonas().size() + ")"), summary);
		for (Persona persona : project.getPersonas()) {
			assertTrue(summary.contains(persona.getName()), persona.getName() + " missing");
		}
		for (Segmentation segmentation : project.getSegmentations()) {
			assertTrue(summary.contains(segmentation.getName()), segmentation.getName() + " missing");
			for (Segment segment : segmentation.getSegments()) {
				assertTrue(summary.contains(segment.getName()), segment.getName() + " missing");
			}
		}
		assertTrue(summary.lines().anyMatch(l -> l.matches("\\s+Persona\\s+" + project.getPersonas().size())),
				"no persona count line:\n" + summary);
	}

	@Test
	void infoPrintsTheBaseOfAWeightedSegmentation() throws Exception {
		Path model = folder.resolve("weighted.segmentation");
		Files.copy(Examples.model(), model);
		Project project = SegmentationFiles.load(model);
		project.getSegmentations().get(0).setWeightedBy("vægt");
		project.getSegmentations().get(0).setWeightedTotal(4787.4);
		SegmentationFiles.save(project, model);

		assertEquals(0, run("info", model.toString()), err());
		List<String> bases = out().lines().filter(line -> line.contains("base:")).toList();
		assertEquals(List.of("      base: n = 4800 (weighted 4787.4), weighted by vægt"), bases,
				"the weighted segmentation only; the unweighted one prints as before");
	}

	@Test
	void infoResolvesRelativePathsAgainstTheWorkingDirectory() throws Exception {
		Files.copy(Examples.model(), folder.resolve("copy.segmentation"));
		assertEquals(0, run("info", "copy.segmentation"), err());
	}

	@Test
	void missingModelIsUnusableInput() {
		assertEquals(2, run("info", "nowhere.segmentation"));
		assertTrue(err().contains(folder.resolve("nowhere.segmentation") + ": no such file"), err());
		assertEquals("", out());
	}

	@Test
	void malformedModelNamesFileAndLine() throws Exception {
		Path broken = folder.resolve("broken.segmentation");
		Files.writeString(broken, """
				<?xml version="1.0" encoding="UTF-8"?>
				<segmenta:Project xmlns:segmenta="http://www.segmenta.org/model/1.0" name="Broken">
				  <personas name="Åsa" age="fifty"/>
				</segmenta:Project>
				""");
		assertEquals(2, run("info", broken.toString()));
		assertTrue(err().contains(broken + ":3:"), err());
		assertTrue(err().contains("fifty"), err());
	}

	@Test
	void argumentMistakesAreUnusableInput() {
		assertEquals(2, run("info"));
		assertTrue(err().contains("missing MODEL file"), err());
		assertEquals(2, run("info", "a.segmentation", "--colour", "red"));
		assertTrue(err().contains("unknown option --colour"), err());
		assertEquals(2, run("no-such-command"));
		assertTrue(err().contains("unknown command 'no-such-command'"), err());
	}

	@Test
	void contributedCommandRunsAndItsExitCodePropagates() {
		assertEquals(0, run("count-words", "æble", "øl", "åbo"));
		assertTrue(out().contains("3 words"), out());
		assertEquals(1, run("count-words", "a", "b", "--fail-above", "1"));
		assertEquals(2, run("count-words", "--fail-above", "many"));
		assertTrue(err().contains("--fail-above needs a number, got many"), err());
	}

	@Test
	void commandHelpShowsUsage() {
		assertEquals(0, run("info", "--help"));
		assertEquals(List.of("usage: ./segmenta info MODEL [--allow-path DIR]",
				"Summarise a model: element counts, segmentations with their segments, personas."), out().lines().toList());
	}

	@Test
	void anEmptyOptionValueIsRefused() {
		assertEquals(2, run("count-words", "a", "--fail-above="));
		assertTrue(err().contains("option --fail-above needs a value, not an empty one"), err());
		assertEquals(2, run("count-words", "a", "--fail-above", " "));
		assertEquals("", out());
	}

	/** A failure the command did not explain: exit 2 with the input named, no stack trace, not Equinox's 13. */
	@Test
	void unexpectedFailuresAreUnusableInputNamingTheFile() throws Exception {
		Path notANumber = Files.writeString(folder.resolve("count.txt"), "twelve\u0000\u001b[2J\n");
		assertEquals(2, run("allocate", "count.txt"));
		assertTrue(err().contains("segmenta allocate: failed on count.txt: NumberFormatException"), err());
		assertTrue(err().contains("\\u0000\\u001B[2J"), err());
		assertNoControlCharactersOrStackTrace();

		err.reset();
		Files.writeString(notANumber, "2000000000\n");
		assertEquals(2, run("allocate", notANumber.toString()));
		assertTrue(err().contains("ran out of memory on " + notANumber), err());
		assertNoControlCharactersOrStackTrace();
	}

	private void assertNoControlCharactersOrStackTrace() {
		assertTrue(err().chars().allMatch(c -> c == '\n' || !Character.isISOControl(c)), err());
		assertTrue(err().lines().noneMatch(line -> line.strip().startsWith("at ")), err());
		assertTrue(!err().contains("Exception:") && !err().contains("log file"), err());
	}
}
