/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.diagram.internal.ExportDiagramCommand;
import org.segmenta.tests.support.Examples;

/**
 * {@code export-diagram} speaks as {@code report} does: in the model's language unless
 * {@code --language} names another, in the drawing and on the terminal alike (the progress, the
 * summary, a model that cannot be read).
 */
class ExportDiagramLanguageTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
	private final List<String> tasks = new ArrayList<>();

	private int run(String... words) throws UsageException {
		PrintStream stream = new PrintStream(messages, true, StandardCharsets.UTF_8);
		NullProgressMonitor progress = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				tasks.add(name);
			}
		};
		return new ExportDiagramCommand().execute(new CommandContext(Arrays.asList(words), stream, stream, folder, progress));
	}

	private String messages() {
		return messages.toString(StandardCharsets.UTF_8);
	}

	private String svgText(Path svg) throws Exception {
		return Files.readString(svg, StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ").toLowerCase(Locale.ROOT);
	}

	@Test
	void languageOverridesTheModelsOnTheTerminalAndInTheDrawing() throws Exception {
		Path svg = folder.resolve("map.svg");
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", "value-community-map", "--out", svg.toString(),
				"--language", "da"));
		assertEquals(List.of("Eksporterer Værdifællesskabskort"), tasks);
		assertTrue(messages().matches("(?s).*: \\d+ knuder, \\d+ kanter i .*map\\.svg\\R"), messages());
		assertFalse(messages().contains(" nodes, "), messages());
		// the compartment headings are in Danish
		assertTrue(svgText(svg).contains("værdier"), "Danish compartment heading");
		assertFalse(svgText(svg).contains("member segments"), "English compartment heading");
	}

	@Test
	void withoutTheOptionTheModelsLanguageSpeaks() throws Exception {
		Path model = Examples.modelInLanguage("sv", folder, "swedish.segmentation");
		Path svg = folder.resolve("tree.svg");
		assertEquals(ExitCode.OK, run(model.toString(), "--kind", "segment-tree", "--out", svg.toString()));
		assertEquals(1, tasks.size());
		assertTrue(tasks.get(0).startsWith("Exporterar "), tasks.toString());
		assertTrue(messages().contains(" noder, "), messages());

		// the English example stays English
		messages.reset();
		tasks.clear();
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", "segment-tree", "--out", svg.toString()));
		assertTrue(tasks.get(0).startsWith("Exporting "), tasks.toString());
		assertTrue(messages().contains(" nodes, "), messages());
	}

	@Test
	void aModelThatCannotBeReadIsRefusedInTheLanguageAskedFor() {
		Path missing = folder.resolve("missing.segmentation");
		UsageException finnish = assertThrows(UsageException.class,
				() -> run(missing.toString(), "--kind", "segment-tree", "--out", "x.svg", "--language", "fi"));
		assertEquals(missing + ": tiedostoa ei ole olemassa", finnish.getMessage());
		UsageException english = assertThrows(UsageException.class,
				() -> run(missing.toString(), "--kind", "segment-tree", "--out", "x.svg"));
		assertEquals(missing + ": no such file", english.getMessage());
	}

	@Test
	void aLanguageDiagramsAreNotDrawnInIsRefused() {
		UsageException refused = assertThrows(UsageException.class,
				() -> run(Examples.model().toString(), "--kind", "segment-tree", "--out", "x.svg", "--language", "de"));
		assertTrue(refused.getMessage().startsWith("--language") && refused.getMessage().contains("en, da, sv, fi"),
				refused.getMessage());
		assertFalse(Files.exists(folder.resolve("x.svg")));
	}
}
