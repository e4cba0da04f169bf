/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.RepresentationHandlers;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.GeneratedModels;

/**
 * Opens a generated value-community map of about 2,000 nodes in the workbench's diagram editor, as
 * a user does from the Project Explorer, with no saved layout (so ELK lays it out), and measures
 * with a UI-thread heartbeat: the time until the browser shows the diagram, and the longest time the
 * UI thread did not answer (a beat every 5 ms that comes late). Prints every round and the medians
 * of the rounds after the first, which loads the classes. Not part of the test run: its name
 * matches no test pattern, so it runs only when asked for ({@code benchmark.sh} beside this
 * bundle's pom).
 */
class DiagramEditorStallBenchmark {

	private static final int NODES = Integer.getInteger("segmenta.benchmark.nodes", 2000);
	private static final int ROUNDS = Integer.getInteger("segmenta.benchmark.rounds", 7);
	private static final String SHOWN = "return window.segmentaDiagramReady === true"
			+ " && document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > 0;";

	@Test
	void openTheLargeMapAndMeasureTheUiThread() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile model = generatedModel();
		Path diagramFile = model.getLocation().toFile().toPath().resolveSibling("communities.segmentationdiagram");
		List<Double> opens = new ArrayList<>();
		List<Double> stalls = new ArrayList<>();
		for (int round = 0; round <= ROUNDS; round++) {
			page.closeAllEditors(false);
			Files.deleteIfExists(diagramFile);
			DiagramWorkbench.settle(500);
			Heartbeat heartbeat = new Heartbeat(Display.getCurrent());
			long start = System.nanoTime();
			DiagramEditor editor = RepresentationHandlers.open(page, model, "value-community-map", null);
			double openEditor = millis(System.nanoTime() - start);
			boolean shown = DiagramWorkbench.waitUntil(120_000, () -> Boolean.TRUE.equals(editor.browser().evaluate(SHOWN)));
			double open = millis(System.nanoTime() - start);
			DiagramWorkbench.settle(300);
			heartbeat.stop();
			assertTrue(shown, "the map was not shown within 2 minutes");
			System.out.println(String.format(Locale.ROOT,
					"round %d%s: shown after %.0f ms; longest UI-thread stall %.0f ms (openEditor itself %.0f ms); %d stalls over 100 ms",
					round, round == 0 ? " (cold)" : "", open, heartbeat.longest(), openEditor, heartbeat.over(100)));
			if (round > 0) {
				opens.add(open);
				stalls.add(heartbeat.longest());
			}
		}
		page.closeAllEditors(false);
		System.out.println(String.format(Locale.ROOT, "workbench open of %d nodes: median %.0f ms; longest UI-thread stall: median %.0f ms, worst %.0f ms",
				NODES, median(opens), median(stalls), stalls.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
	}

	private static IFile generatedModel() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Benchmark");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		Path saved = Files.createTempDirectory("segmenta-stall").resolve("communities.segmentation");
		SegmentationFiles.save(GeneratedModels.communityMap(NODES), saved);
		IFile model = project.getFile("communities.segmentation");
		try (InputStream contents = Files.newInputStream(saved)) {
			model.create(contents, true, new NullProgressMonitor());
		}
		return model;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	/** A timer on the UI thread every 5 ms; how late each beat came is how long the thread was busy. */
	private static final class Heartbeat {
		private static final int PERIOD_MILLIS = 5;
		private final Display display;
		private final List<Double> lateness = new ArrayList<>();
		private long last = System.nanoTime();
		private boolean running = true;

		Heartbeat(Display display) {
			this.display = display;
			display.timerExec(PERIOD_MILLIS, this::beat);
		}

		private void beat() {
			long now = System.nanoTime();
			lateness.add(Math.max(0, millis(now - last) - PERIOD_MILLIS));
			last = now;
			if (running) {
				display.timerExec(PERIOD_MILLIS, this::beat);
			}
		}

		void stop() {
			running = false;
		}

		double longest() {
			return lateness.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		}

		long over(double millis) {
			return lateness.stream().filter(late -> late > millis).count();
		}
	}
}
