/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The diagram server measured as the web client sees it, over the websocket with the session
 * token: opening a generated value-community map of about 2,000 nodes (model load, the diagram
 * built through its description, ELK layout on first open, validation, the GModel sent as JSON;
 * goal 2 s) and the round trip of a create-node operation (sent, executed as an EMF command,
 * the diagram rebuilt and the update received; goal 100 ms). Prints every round and the medians
 * of the warm rounds, with the core's own open (load, build, ELK in process) as the anchor. Not part of the test run: its name matches no test pattern, so it runs only
 * when asked for (benchmark.sh beside this bundle's pom).
 */
class DiagramServerBenchmark {

	private static final String KIND = "value-community-map";
	private static final int NODES = Integer.getInteger("segmenta.benchmark.nodes", 2000);
	private static final int ROUNDS = Integer.getInteger("segmenta.benchmark.rounds", 7);

	@Test
	void openAndCreateNodeRoundTrip() throws Exception {
		Path folder = Files.createTempDirectory("segmenta-glsp-benchmark");
		Path generated = folder.resolve("communities.segmentation");
		SegmentationFiles.save(GeneratedModels.communityMap(NODES), generated);
		Path example = Files.copy(Examples.model(),
				folder.resolve("example.segmentation"));

		List<Double> anchors = new ArrayList<>();
		List<Double> opens = new ArrayList<>();
		List<Double> largeTrips = new ArrayList<>();
		List<Double> exampleTrips = new ArrayList<>();
		for (int round = 0; round <= ROUNDS; round++) {
			Files.deleteIfExists(folder.resolve("communities.segmentationdiagram"));
			Files.deleteIfExists(folder.resolve("example.segmentationdiagram"));
			String clientId = "benchmark-" + round;
			double anchor = coreOpen(generated);
			// a new server each round: the model is loaded and laid out anew, as when an editor opens
			try (DiagramServer server = DiagramServer.start(generated);
					GlspWebsocketClient client = new GlspWebsocketClient(server.websocketUrl(), clientId)) {
				client.initialize(KIND);
				long start = System.nanoTime();
				client.requestModel(KIND, generated);
				int shown = countNodes(client.awaitAction("setModel").getAsJsonObject("newRoot"));
				double open = millis(start);
				double trip = createNodeRoundTrips(client);
				System.out.printf("round %d: %d-node map: core open %.0f ms, open over GLSP %.0f ms, create-node round trip %.1f ms%s%n",
						round, shown, anchor, open, trip, round == 0 ? " (cold)" : "");
				if (round > 0) {
					anchors.add(anchor);
					opens.add(open);
					largeTrips.add(trip);
				}
			}
			try (DiagramServer server = DiagramServer.start(example);
					GlspWebsocketClient client = new GlspWebsocketClient(server.websocketUrl(), clientId)) {
				client.initialize(KIND);
				client.requestModel(KIND, example);
				client.awaitAction("setModel");
				double trip = createNodeRoundTrips(client);
				System.out.printf("round %d: example: create-node round trip %.1f ms%n", round, trip);
				if (round > 0) {
					exampleTrips.add(trip);
				}
			}
		}
		System.out.printf("open and lay out the %d-node value-community map over GLSP: median %.0f ms of %d warm rounds (goal 2000 ms);"
				+ " the core alone (load, build, ELK) %.0f ms: ratio %.2f%n", NODES, median(opens), opens.size(), median(anchors),
				median(opens) / median(anchors));
		System.out.printf("create-node round trip, example (%s): median %.1f ms; %d-node map: median %.1f ms (goal 100 ms)%n", KIND,
				median(exampleTrips), NODES, median(largeTrips));
	}

	/** The anchor: what the core does for an editor's first open (load, build through the description, ELK), in process. */
	private static double coreOpen(Path model) throws Exception {
		long start = System.nanoTime();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack(), SegmentationFiles.newResourceSet());
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		DiagramSession.open(domain, project, DiagramKinds.getDefault(), KIND).graph();
		return millis(start);
	}

	/**
	 * The median of five create-node round trips (sent, executed, the diagram rebuilt and the
	 * update received), after a first creation that saves the automatic layout (not counted).
	 */
	private static double createNodeRoundTrips(GlspWebsocketClient client) throws InterruptedException {
		List<Double> trips = new ArrayList<>();
		for (int i = 0; i <= 5; i++) {
			long start = System.nanoTime();
			client.dispatch(createValue(i));
			client.awaitAction("updateModel");
			if (i > 0) {
				trips.add(millis(start));
			}
		}
		return median(trips);
	}

	private static JsonObject createValue(int round) {
		return JsonParser.parseString("""
				{"kind": "createNode", "isOperation": true, "elementTypeId": "node:vc-value",
				 "location": {"x": %d, "y": 40}, "args": {"toolId": "vc-new-value"}}""".formatted(40 + round * 10)).getAsJsonObject();
	}

	private static int countNodes(JsonObject element) {
		int count = element.has("type") && element.get("type").getAsString().startsWith("node:") ? 1 : 0;
		if (element.has("children")) {
			for (var child : element.getAsJsonArray("children")) {
				count += countNodes(child.getAsJsonObject());
			}
		}
		return count;
	}

	private static double millis(long since) {
		return (System.nanoTime() - since) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}
}
