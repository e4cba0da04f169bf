package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;

/**
 * The real server and the real web client in headless Chromium (Debian's chromium, driven by
 * puppeteer-core): the palette creates a segment inside a segmentation and connects it to a
 * persona; the EMF model must have both changes. Screenshots of each step go to
 * target/screenshots.
 */
class BrowserTest {

	@TempDir
	Path folder;

	@Test
	void paletteCreatesASegmentAndConnectsItToAPersona() throws Exception {
		Path model = TestModels.exampleCopy(folder);
		try (DiagramServer server = DiagramServer.start(model)) {
			Project project = server.project();
			Segmentation segmentation = project.getSegmentations().get(0);
			Persona persona = project.getPersonas().get(project.getPersonas().size() - 1);
			int segmentsBefore = segmentation.getSegments().size();

			String scenario = """
					{"url": "%s", "screenshots": "%s", "name": "segment-tree", "layers": ["st-personas"],
					 "createTool": "Segment", "container": "st-segmentation:%s", "newLabel": "New segment",
					 "connectTool": "Described by persona", "target": "st-persona:%s"}
					""".formatted(server.pageUrl("segment-tree"), screenshots(), segmentation.getId(), persona.getId());
			String output = runScript("create-and-connect.mjs", scenario);

			assertEquals(segmentsBefore + 1, segmentation.getSegments().size(), output);
			Segment created = segmentation.getSegments().get(segmentsBefore);
			assertEquals("New segment", created.getName());
			assertEquals(java.util.List.of(persona), created.getPersonas(), "the edge drawn in the browser links the new segment");
			assertTrue(server.editingDomain().getCommandStack().canUndo());
		}
	}

	private static String screenshots() {
		return System.getProperty("segmenta.screenshots", "target/screenshots").replace("\\", "/");
	}

	/** Runs a browser script with node; fails with its output when it fails. */
	private String runScript(String script, String scenarioJson) throws IOException, InterruptedException {
		Path scripts = Path.of(System.getProperty("segmenta.browser.scripts"));
		Path scenario = Files.writeString(folder.resolve("scenario.json"), scenarioJson, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder("node", scripts.resolve(script).toString(), scenario.toString())
				.directory(scripts.toFile()).redirectErrorStream(true).start();
		boolean finished = process.waitFor(120, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!finished) {
			process.destroyForcibly();
		}
		assertTrue(finished && process.exitValue() == 0, "the browser script failed:\n" + output);
		return output;
	}
}
