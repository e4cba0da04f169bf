/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.diagram.internal.ExportDiagramCommand;
import org.segmenta.tests.support.Examples;
import org.w3c.dom.Document;

class ExportDiagramCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream messages = new ByteArrayOutputStream();

	private int run(String... words) throws UsageException {
		PrintStream stream = new PrintStream(messages, true, StandardCharsets.UTF_8);
		return new ExportDiagramCommand().execute(new CommandContext(Arrays.asList(words), stream, stream, folder, new NullProgressMonitor()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void everyKindExportsAsWellFormedSvgWithEveryLabel(String kind) throws Exception {
		Path svg = folder.resolve(kind + ".svg");
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", kind, "--out", svg.toString()));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		// JFreeSVG declares the SVG 1.1 DTD; read without fetching it
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		Document document = factory.newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", document.getDocumentElement().getNodeName());
		String text = document.getDocumentElement().getTextContent();
		String expected = switch (kind) {
		case "segment-tree" -> "Balance Seekers";
		case "value-community-map" -> "Work-life balance";
		case "persona-board" -> "Sanne Højbjerg";
		default -> "Henrik Brinkhøj";
		};
		assertTrue(text.contains(expected), kind + " shows " + expected);
		for (var node : Fixtures.open(Examples.model(), kind).graph().nodes()) {
			assertTrue(text.contains(node.label()), kind + " shows the label " + node.label());
		}
		if (kind.equals("persona-board") || kind.equals("buying-centre-map")) { // the others show personas only on request
			assertTrue(text.matches("(?s).*[æøåäöÆØÅÄÖ].*"), kind + " keeps Nordic letters");
		}
		copyForInspection(svg);
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void everyKindExportsAsPng(String kind) throws Exception {
		Path png = folder.resolve(kind + ".png");
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", kind, "--out", png.toString()));
		BufferedImage image = ImageIO.read(png.toFile());
		assertTrue(image.getWidth() > 400 && image.getHeight() > 200, image.getWidth() + " x " + image.getHeight());
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
					inked++;
				}
			}
		}
		double share = inked / (image.getWidth() / 2.0 * image.getHeight() / 2.0);
		assertTrue(share > 0.05, kind + " draws something: " + share);
		copyForInspection(png);
	}

	@Test
	void badRequestsAreRefusedWithoutWritingAnything() throws Exception {
		String model = Examples.model().toString();
		UsageException kind = assertThrows(UsageException.class, () -> run(model, "--kind", "org-chart", "--out", "x.svg"));
		assertTrue(kind.getMessage().contains("org-chart") && kind.getMessage().contains("persona-board"), kind.getMessage());
		UsageException format = assertThrows(UsageException.class, () -> run(model, "--kind", "segment-tree", "--out", "x.jpg"));
		assertTrue(format.getMessage().contains(".svg or .png"), format.getMessage());
		Path missing = folder.resolve("missing.segmentation");
		UsageException absent = assertThrows(UsageException.class, () -> run(missing.toString(), "--kind", "segment-tree", "--out", "x.svg"));
		assertTrue(absent.getMessage().contains("missing.segmentation"), absent.getMessage());
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith("x.")), "nothing written");
		}
	}

	/** Keeps the images in target/diagrams, to look at after the build. */
	private static void copyForInspection(Path file) throws Exception {
		Path target = Path.of("target", "diagrams");
		Files.createDirectories(target);
		Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}
}
