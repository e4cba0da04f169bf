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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.diagram.internal.ExportDiagramCommand;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.JsonFiles;
import org.w3c.dom.Document;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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
		assertTrue(format.getMessage().contains(".svg, .png or .json"), format.getMessage());
		Path missing = folder.resolve("missing.segmentation");
		UsageException absent = assertThrows(UsageException.class, () -> run(missing.toString(), "--kind", "segment-tree", "--out", "x.svg"));
		assertTrue(absent.getMessage().contains("missing.segmentation"), absent.getMessage());
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith("x.")), "nothing written");
		}
	}

	@Test
	void aSavedRepresentationIsDrawnWithItsRootAndLayoutAndListedByHelp() throws Exception {
		Path model = Examples.modelCopy(folder);
		Fixtures.writeDiagramFile(folder, """
				  <views name="Lojale medlemmer" kind="persona-board" root="seg-rel-loyal">
				    <nodes node="pb-persona:per-sanne" x="700.0" y="900.0" width="320.0" height="400.0"/>
				  </views>
				  <views name="Whole map" kind="value-community-map"/>
				""");
		Path json = folder.resolve("loyal.json");
		assertEquals(ExitCode.OK, run(model.toString(), "--representation", "lojale MEDLEMMER", "--out", json.toString()));
		JsonObject graph = JsonFiles.object(json);
		assertEquals("Lojale medlemmer", JsonFiles.string(graph, "id"));
		Map<String, JsonObject> cards = new HashMap<>();
		for (JsonElement child : JsonFiles.array(graph, "children")) {
			JsonObject node = child.getAsJsonObject();
			if (JsonFiles.string(node, "id").startsWith("pb-persona:")) {
				cards.put(JsonFiles.string(node, "id"), node);
			}
		}
		assertEquals(Set.of("pb-persona:per-sanne", "pb-persona:per-riitta"), cards.keySet(), "the personas of the root segment");
		JsonObject sanne = cards.get("pb-persona:per-sanne");
		assertEquals(700, sanne.get("x").getAsDouble(), "the saved layout");
		assertEquals(900, sanne.get("y").getAsDouble());
		assertEquals("Sanne Højbjerg", JsonFiles.string(JsonFiles.array(sanne, "labels").get(0).getAsJsonObject(), "text"));
		Path svg = folder.resolve("loyal.svg");
		assertEquals(ExitCode.OK, run(model.toString(), "--representation", "Lojale medlemmer", "--out", svg.toString()));
		String drawn = Files.readString(svg);
		assertTrue(drawn.contains("Riitta Hämäläinen") && !drawn.contains("Mårten Öberg"), "only the root's personas");

		UsageException unknown = assertThrows(UsageException.class, () -> run(model.toString(), "--representation", "Board", "--out", "x.svg"));
		assertTrue(unknown.getMessage().startsWith("nordic-members.segmentation: no representation 'Board'; the representations are "
				+ "Lojale medlemmer (persona-board, root Segment '"), unknown.getMessage());
		assertTrue(unknown.getMessage().contains("Whole map (value-community-map)"), unknown.getMessage());

		ByteArrayOutputStream help = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(help, true, StandardCharsets.UTF_8);
		new ExportDiagramCommand().printHelp(new CommandContext(List.of(model.toString()), stream, stream, folder, new NullProgressMonitor()));
		String listed = help.toString(StandardCharsets.UTF_8);
		assertTrue(listed.contains("Representations (--representation) of nordic-members.segmentation:\n  Lojale medlemmer (persona-board, root Segment '"),
				listed);
		assertTrue(listed.contains("\n  Whole map (value-community-map)\n"), listed);
		assertTrue(listed.matches("(?s).*Kinds \\(--kind\\): [^\n]*segment-tree, value-community-map, persona-board, buying-centre-map.*"), listed);

		// as ./segmenta runs it: --help before or after the model, the usage first
		ByteArrayOutputStream launched = new ByteArrayOutputStream();
		PrintStream launcherStream = new PrintStream(launched, true, StandardCharsets.UTF_8);
		assertEquals(ExitCode.OK, new CommandLauncher(launcherStream, launcherStream, folder).run(List.of("export-diagram", "--help", model.toString())));
		String printed = launched.toString(StandardCharsets.UTF_8);
		assertTrue(printed.startsWith("usage: ./segmenta export-diagram MODEL (--kind ") && printed.contains("  Lojale medlemmer (persona-board"), printed);
		launched.reset();
		assertEquals(ExitCode.UNUSABLE_INPUT, new CommandLauncher(launcherStream, launcherStream, folder)
				.run(List.of("export-diagram", folder.resolve("absent.segmentation").toString(), "--help")));
		assertTrue(launched.toString(StandardCharsets.UTF_8).contains("absent.segmentation"), launched.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aNewViewFromARootIsLaidOutAndItsJsonGraphHasAbsoluteCoordinates() throws Exception {
		Path json = folder.resolve("balance.json");
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", "value-community-map", "--root", "vc-balance", "--out",
				json.toString()));
		JsonObject graph = JsonFiles.object(json);
		assertEquals("ROOT", JsonFiles.string(JsonFiles.object(graph, "layoutOptions"), "org.eclipse.elk.json.shapeCoords"));
		JsonArray top = JsonFiles.array(graph, "children");
		List<String> communities = new ArrayList<>();
		int nested = 0;
		for (JsonElement element : top) {
			JsonObject parent = element.getAsJsonObject();
			if (JsonFiles.string(parent, "id").startsWith("vc-community:")) {
				communities.add(JsonFiles.string(parent, "id"));
			}
			if (!parent.has("children")) {
				continue;
			}
			for (JsonElement inner : JsonFiles.array(parent, "children")) {
				JsonObject child = inner.getAsJsonObject();
				nested++;
				String where = JsonFiles.string(child, "id") + " in " + JsonFiles.string(parent, "id");
				assertTrue(child.get("x").getAsDouble() >= parent.get("x").getAsDouble(), where);
				assertTrue(child.get("y").getAsDouble() >= parent.get("y").getAsDouble(), where);
				assertTrue(child.get("x").getAsDouble() + child.get("width").getAsDouble()
						<= parent.get("x").getAsDouble() + parent.get("width").getAsDouble() + 0.5, where);
				assertTrue(child.get("y").getAsDouble() + child.get("height").getAsDouble()
						<= parent.get("y").getAsDouble() + parent.get("height").getAsDouble() + 0.5, where);
			}
		}
		assertEquals(List.of("vc-community:vc-balance"), communities, "only the root community at the top");
		assertTrue(nested >= 2, "the sub-communities (and rows) drawn inside it: " + nested);
		JsonObject inside = JsonFiles.array(top.get(0).getAsJsonObject(), "children").get(0).getAsJsonObject();
		assertTrue(inside.get("x").getAsDouble() > 0 && inside.get("y").getAsDouble() > 0, "absolute, not relative to the parent");

		Path tree = folder.resolve("tree.json");
		assertEquals(ExitCode.OK, run(Examples.model().toString(), "--kind", "segment-tree", "--out", tree.toString()));
		for (JsonElement element : JsonFiles.array(JsonFiles.object(tree), "edges")) {
			JsonObject edge = element.getAsJsonObject();
			JsonObject section = JsonFiles.array(edge, "sections").get(0).getAsJsonObject();
			assertTrue(section.has("startPoint") && section.has("endPoint") && section.has("bendPoints"), edge.toString());
			assertEquals(1, JsonFiles.array(edge, "sources").size());
		}

		UsageException wrongType = assertThrows(UsageException.class,
				() -> run(Examples.model().toString(), "--kind", "buying-centre-map", "--root", "per-sanne", "--out", "x.json"));
		assertTrue(wrongType.getMessage().startsWith("nordic-members.segmentation: Persona 'Sanne Højbjerg' cannot be the root of a buying-centre-map"),
				wrongType.getMessage());
		UsageException unknownRoot = assertThrows(UsageException.class,
				() -> run(Examples.model().toString(), "--kind", "persona-board", "--root", "nobody", "--out", "x.json"));
		assertTrue(unknownRoot.getMessage().contains("no element with id 'nobody'"), unknownRoot.getMessage());
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
