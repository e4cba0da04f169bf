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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.ui.internal.DiagramEditor;
import org.segmenta.diagram.ui.internal.RepresentationHandlers;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.GeneratedModels;

/**
 * Opens a generated value-community map of about 2,000 nodes in the workbench's diagram editor, as
 * a user does from the Project Explorer, with no saved layout (so ELK lays it out), and measures
 * with a UI-thread heartbeat: the time until the page reports the diagram shown (through the hook it calls
 * on its host; nodes drawn are checked after the round), and the longest time the
 * UI thread did not answer (a beat every 5 ms that comes late). Prints every round, with when the
 * page had loaded, connected, received the model, shown it and fitted it to the window, and, for a
 * stall over 100 ms, where the UI thread was; then the medians of the rounds after the first, which
 * loads the classes. Not part of the test run: its name
 * matches no test pattern, so it runs only when asked for ({@code benchmark.sh} beside this
 * bundle's pom).
 */
class DiagramEditorStallBenchmark {

	private static final int NODES = Integer.getInteger("segmenta.benchmark.nodes", 2000);
	private static final int ROUNDS = Integer.getInteger("segmenta.benchmark.rounds", 7);
	private static final String SHOWN = "return window.segmentaDiagramReady === true"
			+ " && document.querySelectorAll('#segmenta-diagram g.segmenta-node').length > 0;";
	private static final long NOT_SHOWN_AFTER_MILLIS = 30_000;
	/** How long the edits run, and the time between two of them: a typist's keystrokes. */
	private static final long EDITING_MILLIS = 6_000;
	private static final int KEYSTROKE_MILLIS = 150;
	private static final String PAGE_STATE = "const root = document.querySelector('#segmenta-diagram svg');"
			+ " return 'ready ' + window.segmentaDiagramReady + ', ' + document.querySelectorAll('#segmenta-diagram g').length"
			+ " + ' groups, svg ' + (root ? root.clientWidth + 'x' + root.clientHeight : 'none')"
			+ " + ', zoom ' + (window.segmentaDiagram ? window.segmentaDiagram.zoom() : '-');";
	/** The page's stages, in milliseconds since the epoch: loaded, connected, model received, shown. */
	private static final String STAGES = "const at = name => { const mark = performance.getEntriesByName(name)[0];"
			+ " return mark ? performance.timeOrigin + mark.startTime : NaN; };"
			+ " const page = performance.getEntriesByType('navigation')[0];"
			+ " return [performance.timeOrigin, performance.timeOrigin + (page ? page.domContentLoadedEventEnd : NaN),"
			+ " at('segmenta-connected'), at('segmenta-setModel'), at('segmenta-loaded'), at('segmenta-shown')].join(' ');";

	@Test
	void openTheLargeMapAndMeasureTheUiThread() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		closeWelcome();
		IFile model = generatedModel();
		Path diagramFile = model.getLocation().toFile().toPath().resolveSibling("communities.segmentationdiagram");
		List<Double> opens = new ArrayList<>();
		List<Double> stalls = new ArrayList<>();
		int notShown = 0;
		for (int round = 0; round <= ROUNDS; round++) {
			page.closeAllEditors(false);
			Files.deleteIfExists(diagramFile);
			DiagramWorkbench.settle(500);
			Heartbeat heartbeat = new Heartbeat(Display.getCurrent());
			long startedAt = System.currentTimeMillis();
			long start = System.nanoTime();
			DiagramEditor editor = RepresentationHandlers.open(page, model, "value-community-map", null);
			double openEditor = millis(System.nanoTime() - start);
			// the editor reads its model in a job and creates its browser after
			assertTrue(DiagramWorkbench.waitForBrowser(editor), "the editor read its model within 30 s");
			// the page tells the editor when it is ready: asking the page with evaluate would hold the UI thread while it is busy
			DiagramWorkbench.waitUntil(NOT_SHOWN_AFTER_MILLIS, () -> editor.shownAt() != 0);
			long readyAt = editor.shownAt();
			double open = millis((readyAt == 0 ? System.nanoTime() : readyAt) - start);
			DiagramWorkbench.settle(300);
			heartbeat.stop();
			boolean shown = readyAt != 0 && Boolean.TRUE.equals(editor.browser().evaluate(SHOWN));
			String stages = stages(editor.browser().evaluate(STAGES), startedAt);
			if (!shown) {
				// seen now and then since the benchmark was written: the page is ready, yet draws no node
				System.out.println(String.format(Locale.ROOT, "round %d: not shown within %d s; the page's %s; %s", round,
						NOT_SHOWN_AFTER_MILLIS / 1000, stages, editor.browser().evaluate(PAGE_STATE)));
				notShown++;
				continue;
			}
			System.out.println(String.format(Locale.ROOT,
					"round %d%s: shown after %.0f ms; longest UI-thread stall %.0f ms (openEditor itself %.0f ms); %d stalls over 100 ms; %s",
					round, round == 0 ? " (cold)" : "", open, heartbeat.longest(), openEditor, heartbeat.over(100), stages));
			if (heartbeat.longest() > 100) {
				System.out.println(heartbeat.stalledIn());
			}
			if (round > 0) {
				opens.add(open);
				stalls.add(heartbeat.longest());
			}
		}
		page.closeAllEditors(false);
		assertTrue(!opens.isEmpty(), "no warm round showed the map");
		System.out.println(String.format(Locale.ROOT,
				"workbench open of %d nodes: median %.0f ms; longest UI-thread stall: median %.0f ms, worst %.0f ms; %d of %d rounds not shown",
				NODES, median(opens), median(stalls), stalls.stream().mapToDouble(Double::doubleValue).max().orElse(0), notShown, ROUNDS + 1));
		editWhileShown(page, model);
		page.closeAllEditors(false);
	}

	/**
	 * Renames communities on the UI thread at a typist's pace, as the Properties view does, while the
	 * map is open and rebuilds after each change on the server's threads; prints how long each
	 * command held the UI thread and the longest stall meanwhile.
	 */
	private static void editWhileShown(IWorkbenchPage page, IFile model) throws Exception {
		DiagramEditor editor = RepresentationHandlers.open(page, model, "value-community-map", null);
		assertTrue(DiagramWorkbench.waitForBrowser(editor) && DiagramWorkbench.waitUntil(NOT_SHOWN_AFTER_MILLIS, () -> editor.shownAt() != 0),
				"the map is shown for editing");
		DiagramWorkbench.settle(1000);
		EditingDomain domain = editor.getEditingDomain();
		List<ValueCommunity> communities = domain.getResourceSet().getResources().stream()
				.flatMap(resource -> resource.getContents().stream()).filter(Project.class::isInstance)
				.flatMap(project -> ((Project) project).getValueCommunities().stream()).toList();
		List<Double> commands = new ArrayList<>();
		Heartbeat heartbeat = new Heartbeat(Display.getCurrent());
		long end = System.nanoTime() + EDITING_MILLIS * 1_000_000;
		for (int i = 0; System.nanoTime() < end; i++) {
			ValueCommunity community = communities.get(i * 37 % communities.size());
			long start = System.nanoTime();
			domain.getCommandStack().execute(SetCommand.create(domain, community, SegmentaPackage.Literals.NAMED_ELEMENT__NAME,
					community.getName() + " å"));
			commands.add(millis(System.nanoTime() - start));
			DiagramWorkbench.settle(KEYSTROKE_MILLIS);
		}
		DiagramWorkbench.settle(1000);
		heartbeat.stop();
		System.out.println(String.format(Locale.ROOT,
				"editing the shown map of %d nodes: %d renames %d ms apart; each command on the UI thread median %.0f ms, worst %.0f ms;"
						+ " longest UI-thread stall %.0f ms; %d stalls over 100 ms",
				NODES, commands.size(), KEYSTROKE_MILLIS, median(commands), commands.stream().mapToDouble(Double::doubleValue).max().orElse(0),
				heartbeat.longest(), heartbeat.over(100)));
		if (heartbeat.longest() > 100) {
			System.out.println(heartbeat.stalledIn());
		}
	}

	/**
	 * The product opens its welcome page over the whole window. A user opening the map has closed it;
	 * left open, the first editor would close it (the welcome page does), inside the measured round.
	 */
	private static void closeWelcome() {
		IIntroManager intros = PlatformUI.getWorkbench().getIntroManager();
		IIntroPart welcome = intros.getIntro();
		System.out.println("workbench started as " + (Platform.getProduct() == null ? "Eclipse's IDE application, no product"
				: "the product " + Platform.getProduct().getId()) + (welcome == null ? "" : ", welcome page closed"));
		if (welcome != null) {
			intros.closeIntro(welcome);
		}
	}

	/** When the page started loading, had loaded, connected, received the model and showed it, after the start of the open. */
	private static String stages(Object marks, long startedAt) {
		String[] names = { "page", "loaded", "connected", "model", "model shown", "fitted" };
		String[] times = String.valueOf(marks).split(" ");
		StringBuilder stages = new StringBuilder("stages from " + startedAt + ":");
		for (int i = 0; i < names.length && i < times.length; i++) {
			stages.append(String.format(Locale.ROOT, " %s %.0f", names[i], Double.parseDouble(times[i]) - startedAt));
		}
		return stages.toString();
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

	/**
	 * A timer on the UI thread every 5 ms; how late each beat came is how long the thread was busy.
	 * While a beat is late, a sampler takes the UI thread's stack every 2 ms, so that the longest
	 * stall can be told by where its time went, not by one instant of it.
	 */
	private static final class Heartbeat {
		private static final int PERIOD_MILLIS = 5;
		/** A beat this late has the UI thread's stack sampled. */
		private static final long SAMPLE_AFTER_NANOS = 20_000_000;
		private static final int SAMPLE_EVERY_MILLIS = 2;
		/** The frames printed for a stall: those that most of its samples pass through. */
		private static final int FRAMES_SHOWN = 30;
		private final Display display;
		private final List<Double> lateness = new ArrayList<>();
		private volatile long last = System.nanoTime();
		private volatile boolean running = true;
		/** The stacks sampled in the stall under way, and in the longest stall seen. */
		private List<StackTraceElement[]> current = new ArrayList<>();
		private long currentSince;
		private List<StackTraceElement[]> longestSamples = List.of();
		private long longestFor;

		Heartbeat(Display display) {
			this.display = display;
			display.timerExec(PERIOD_MILLIS, this::beat);
			Thread sampler = new Thread(this::sample, "segmenta-stall-sampler");
			sampler.setDaemon(true);
			sampler.start();
		}

		private void beat() {
			long now = System.nanoTime();
			lateness.add(Math.max(0, millis(now - last) - PERIOD_MILLIS));
			last = now;
			if (running) {
				display.timerExec(PERIOD_MILLIS, this::beat);
			}
		}

		private void sample() {
			Thread ui = display.getThread();
			while (running) {
				long since = last;
				long late = System.nanoTime() - since;
				if (late > SAMPLE_AFTER_NANOS) {
					StackTraceElement[] stack = ui.getStackTrace();
					synchronized (this) {
						if (since != currentSince) { // a new stall
							current = new ArrayList<>();
							currentSince = since;
						}
						current.add(stack);
						if (late > longestFor) {
							longestFor = late;
							longestSamples = current;
						}
					}
				}
				try {
					Thread.sleep(SAMPLE_EVERY_MILLIS);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		void stop() {
			running = false;
		}

		/**
		 * Where the UI thread spent the longest stall: the frames that most of its samples pass
		 * through, each with the share of the samples it is on (a frame's callers come first at equal
		 * shares), and the top frame of the last sample.
		 */
		synchronized String stalledIn() {
			if (longestSamples.isEmpty()) {
				return "";
			}
			Map<String, Integer> onStack = new LinkedHashMap<>();
			Map<String, Integer> depth = new HashMap<>();
			for (StackTraceElement[] stack : longestSamples) {
				Set<String> seen = new HashSet<>();
				for (int i = stack.length - 1; i >= 0; i--) {
					String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
					if (seen.add(frame)) {
						onStack.merge(frame, 1, Integer::sum);
						depth.merge(frame, stack.length - i, Math::max);
					}
				}
			}
			int samples = longestSamples.size();
			List<String> frames = onStack.entrySet().stream()
					.filter(entry -> entry.getValue() * 10 >= samples) // on at least a tenth of the samples
					.sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
							.reversed().thenComparing(entry -> depth.get(entry.getKey())))
					.map(entry -> String.format(Locale.ROOT, "%3d %% %s", 100 * entry.getValue() / samples, entry.getKey()))
					.toList();
			// the callers shared by every sample say little; show the frames where the samples part
			List<String> shown = frames.size() > FRAMES_SHOWN ? frames.subList(frames.size() - FRAMES_SHOWN, frames.size())
					: frames;
			StackTraceElement[] lastStack = longestSamples.getLast();
			return String.format(Locale.ROOT, "UI thread in its longest stall (%.0f ms, %d samples):%n\t%s%n\tlast sample at %s",
					millis(longestFor), samples, String.join(System.lineSeparator() + "\t", shown),
					lastStack.length == 0 ? "-" : lastStack[0]);
		}

		double longest() {
			return lateness.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		}

		long over(double millis) {
			return lateness.stream().filter(late -> late > millis).count();
		}
	}
}
