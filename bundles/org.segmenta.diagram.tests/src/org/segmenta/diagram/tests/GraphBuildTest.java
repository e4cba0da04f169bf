/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.edit.ModelCommandStack;
import org.segmenta.model.edit.ModelEditingDomains;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;

/**
 * A diagram without a saved layout is read from the model on the model's thread and laid out by ELK
 * on another one, as the diagram server does so that the workbench's UI thread is not held by ELK;
 * a long build gives way to a command on the model's thread.
 */
class GraphBuildTest {

	@Test
	void aGraphLaidOutOnAnotherThreadIsTheOneTheSessionBuildsAndIsKept() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "value-community-map");
		DiagramSession.GraphBuild build = session.startGraph();
		assertTrue(build.needsArranging(), "the example has no diagram file, so no saved layout");

		CompletableFuture.runAsync(build::arrange).get(60, TimeUnit.SECONDS);
		assertFalse(build.needsArranging());
		DiagramGraph graph = session.finishGraph(build);

		DiagramGraph inOneGo = Fixtures.open(Examples.model(), "value-community-map").graph();
		assertEquals(boundsById(inOneGo), boundsById(graph), "ELK gives the same layout on any thread");
		assertSame(graph, session.graph(), "kept until the model changes");
		assertFalse(session.startGraph().needsArranging(), "the kept graph is laid out");
	}

	@Test
	void aGraphReadBeforeAChangeIsReturnedButNotKept() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Segment segment = session.project().getSegmentations().get(0).getSegments().get(0);
		String before = segment.getName();
		DiagramSession.GraphBuild build = session.startGraph();

		session.domain().getCommandStack().execute(SetCommand.create(session.domain(), segment, SegmentaPackage.Literals.NAMED_ELEMENT__NAME,
				"Ældre end ønsket"));
		DiagramGraph stale = session.finishGraph(build);
		assertEquals(before, label(stale, segment), "the picture of the moment it was read");

		DiagramGraph fresh = session.graph();
		assertNotSame(stale, fresh);
		assertEquals("Ældre end ønsket", label(fresh, segment));
	}

	@Test
	void aGraphBuildGivesWayToACommandWaitingForItAndReadsTheModelAgainAfterIt(@TempDir Path folder) throws Exception {
		Path model = folder.resolve("communities.segmentation");
		SegmentationFiles.save(GeneratedModels.communityMap(4_000), model);
		AdapterFactoryEditingDomain domain = ModelEditingDomains.newEditingDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		DiagramSession session = DiagramSession.open(domain, project, Fixtures.kinds(), "value-community-map");
		ModelCommandStack stack = (ModelCommandStack) domain.getCommandStack();
		ValueCommunity community = project.getValueCommunities().getLast();
		CountDownLatch reading = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		// as the diagram server reads: the graph on its own thread, while the model's thread may run commands
		CompletableFuture<DiagramSession.GraphBuild> build = CompletableFuture.supplyAsync(() -> {
			DiagramSession.GraphBuild[] started = new DiagramSession.GraphBuild[1];
			stack.read(() -> {
				runs.incrementAndGet();
				reading.countDown();
				started[0] = session.startGraph();
			});
			return started[0];
		});
		assertTrue(reading.await(60, TimeUnit.SECONDS));

		stack.execute(SetCommand.create(domain, community, SegmentaPackage.Literals.NAMED_ELEMENT__NAME, "De af os, der går på tværs"));

		DiagramSession.GraphBuild read = build.get(60, TimeUnit.SECONDS);
		assertEquals(2, runs.get(), "the build of 4,000 nodes stopped for the command and read the model again after it");
		read.arrange();
		DiagramGraph[] graph = new DiagramGraph[1];
		stack.read(() -> graph[0] = session.finishGraph(read));
		assertEquals("De af os, der går på tværs", graph[0].nodesOf(community).get(0).label(), "the graph shows the command's change");
		assertSame(graph[0], session.graph(), "read after the change, so kept");
	}

	private static String label(DiagramGraph graph, Segment segment) {
		return graph.nodesOf(segment).get(0).label();
	}

	private static Map<String, Bounds> boundsById(DiagramGraph graph) {
		Map<String, Bounds> bounds = new LinkedHashMap<>();
		for (DiagramNode node : graph.nodes()) {
			bounds.put(node.id(), node.bounds());
		}
		return bounds;
	}
}
