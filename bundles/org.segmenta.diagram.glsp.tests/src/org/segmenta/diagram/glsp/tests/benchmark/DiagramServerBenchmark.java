package org.segmenta.diagram.glsp.tests.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.segmenta.diagram.glsp.DiagramServer;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The diagram server measured as the web client sees it, over the websocket with the session
 * token: opening a generated value-community map of about 2,000 nodes (model load, the diagram
 * built through its description, ELK layout on first open, validation, the GModel sent as JSON;
 * goal 2 s) and the round trip of a create-node operation (sent, executed as an EMF command,
 * the diagram rebuilt and the update received; goal 100 ms). Prints every round and the medians
 * of the warm rounds. Not part of the test run: its name matches no test pattern, so it runs only
 * when asked for (benchmark.sh beside this bundle's pom).
 */
class DiagramServerBenchmark {

	private static final String KIND = "value-community-map";
	private static final int NODES = Integer.getInteger("segmenta.benchmark.nodes", 2000);
	private static final int ROUNDS = Integer.getInteger("segmenta.benchmark.rounds", 7);

	@Test
	void openAndCreateNodeRoundTrip() throws Exception {
		Path folder = Files.createTempDirectory("segmenta-glsp-benchmark");
		Path model = folder.resolve("communities.segmentation");
		SegmentationFiles.save(generate(NODES), model);

		List<Double> opens = new ArrayList<>();
		List<Double> roundTrips = new ArrayList<>();
		for (int round = 0; round <= ROUNDS; round++) {
			// a new server each round: the model is loaded and laid out anew, as when an editor opens
			Files.deleteIfExists(folder.resolve("communities.segmentationdiagram"));
			try (DiagramServer server = DiagramServer.start(model);
					GlspWebsocketClient client = new GlspWebsocketClient(server.websocketUrl(), "benchmark-" + round)) {
				initialize(client, "benchmark-" + round);
				long start = System.nanoTime();
				client.dispatch(requestModel(model));
				JsonObject setModel = client.awaitAction("setModel");
				double open = millis(start);
				int shown = countNodes(setModel.getAsJsonObject("newRoot"));

				long created = System.nanoTime();
				client.dispatch(createValue(round));
				client.awaitAction("updateModel");
				double roundTrip = millis(created);
				System.out.printf("round %d: %d nodes shown, open %.0f ms, create-node round trip %.1f ms%s%n", round, shown, open,
						roundTrip, round == 0 ? " (cold)" : "");
				if (round > 0) {
					opens.add(open);
					roundTrips.add(roundTrip);
				}
			}
		}
		System.out.printf("open and lay out %d-node value-community map: median %.0f ms of %d warm rounds (goal 2000 ms)%n", NODES,
				median(opens), opens.size());
		System.out.printf("create-node round trip over the websocket: median %.1f ms of %d warm rounds (goal 100 ms)%n",
				median(roundTrips), roundTrips.size());
	}

	private static void initialize(GlspWebsocketClient client, String clientId) throws InterruptedException {
		client.request("initialize", JsonParser.parseString("""
				{"applicationId": "segmenta-benchmark", "protocolVersion": "1.0.0", "args": {}}""").getAsJsonObject());
		client.request("initializeClientSession", JsonParser.parseString("""
				{"clientSessionId": "%s", "diagramType": "%s", "clientActionKinds": ["setModel", "updateModel",
				 "setDirtyState", "message", "setMarkers", "status"], "args": {}}""".formatted(clientId, KIND)).getAsJsonObject());
	}

	private static JsonObject requestModel(Path model) {
		return JsonParser.parseString("""
				{"kind": "requestModel", "requestId": "open", "options": {"diagramType": "%s", "sourceUri": "%s"}}"""
				.formatted(KIND, model.toUri())).getAsJsonObject();
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

	/**
	 * A value-community map of about {@code nodes} nodes: communities of five members' worth each,
	 * with a value of their own and one shared with the next community, a member segment, and a
	 * persona for every other community.
	 */
	static Project generate(int nodes) {
		SegmentaFactory factory = SegmentaFactory.eINSTANCE;
		Project project = factory.createProject();
		project.setName("Generated communities");
		Segmentation segmentation = factory.createSegmentation();
		segmentation.setName("Generated segmentation");
		project.getSegmentations().add(segmentation);
		int communities = nodes / 4;
		List<Value> values = new ArrayList<>();
		for (int i = 0; i < communities; i++) {
			Value value = factory.createValue();
			value.setName("Value nr. " + i);
			project.getValues().add(value);
			values.add(value);
		}
		for (int i = 0; i < communities; i++) {
			ValueCommunity community = factory.createValueCommunity();
			community.setName("Community " + i + " – fællesskab");
			community.getValues().add(values.get(i));
			community.getValues().add(values.get((i + 1) % communities));
			Segment segment = factory.createSegment();
			segment.setName("Segment " + i);
			segment.setShare(1.0 / communities);
			segmentation.getSegments().add(segment);
			community.getSegments().add(segment);
			if (i % 2 == 0) {
				Persona persona = factory.createPersona();
				persona.setName("Persona " + i);
				project.getPersonas().add(persona);
				community.getPersonas().add(persona);
			}
			project.getValueCommunities().add(community);
		}
		return project;
	}
}
