/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.segmenta.diagram.glsp.DiagramServer;

import com.google.gson.JsonObject;

/** Runs the browser scripts (browser/*.mjs, puppeteer-core in Debian's Chromium) for the browser tests. */
final class BrowserScripts {

	private BrowserScripts() {
	}

	/** Where the scripts save screenshots: target/screenshots of the test bundle. */
	static String screenshots() {
		return System.getProperty("segmenta.screenshots", "target/screenshots").replace("\\", "/");
	}

	/** Runs a browser script with node on a scenario written into {@code folder}; fails with its output when it fails. */
	static String run(Path folder, String script, String scenarioJson, int timeoutSeconds) throws IOException, InterruptedException {
		Path scripts = Path.of(System.getProperty("segmenta.browser.scripts"));
		Path scenario = Files.writeString(folder.resolve("scenario.json"), scenarioJson, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder("node", scripts.resolve(script).toString(), scenario.toString())
				.directory(scripts.toFile()).redirectErrorStream(true).start();
		boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!finished) {
			process.destroyForcibly();
		}
		assertTrue(finished && process.exitValue() == 0, "the browser script failed:\n" + output);
		return output;
	}

	/** The diagram file beside {@code model}. */
	static Path diagramFile(Path model) {
		return model.resolveSibling(model.getFileName().toString().replace(".segmentation", ".segmentationdiagram"));
	}

	/**
	 * A scenario for a script that saves after each step: the page of {@code kind}, the model and
	 * diagram files it saves, where to put screenshots and the numbered snapshots of the files.
	 */
	static JsonObject savingScenario(DiagramServer server, String kind, Path model, Path folder) {
		JsonObject scenario = new JsonObject();
		scenario.addProperty("url", server.pageUrl(kind));
		scenario.addProperty("modelFile", model.toString());
		scenario.addProperty("diagramFile", diagramFile(model).toString());
		scenario.addProperty("screenshots", screenshots());
		scenario.addProperty("snapshots", folder.resolve("snapshots").toString());
		return scenario;
	}

	/** The script's last line of output, where it prints its findings. */
	static String lastLine(String output) {
		return output.lines().reduce((first, second) -> second).orElseThrow();
	}
}
