/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;
import org.segmenta.tests.support.LayoutFigures;

/**
 * The four diagram kinds, laid out by ELK with their default layers on the example and on generated
 * models of three seeds, stay readable: few edge crossings, no node over another node or over a
 * label it does not own.
 */
class LayoutFiguresTest {

	/** The most crossings each kind may have. */
	private static final Map<String, Integer> MAX_CROSSINGS = Map.of("segment-tree", 0, "value-community-map", 8,
			"persona-board", 10, "buying-centre-map", 2);
	private static final long[] SEEDS = { 1, 2, 3 };

	@TempDir
	static Path folder;

	static Stream<Arguments> kindsAndModels() {
		return MAX_CROSSINGS.keySet().stream().sorted().flatMap(kind -> Stream.concat(Stream.of(Arguments.of(kind, 0L)),
				java.util.Arrays.stream(SEEDS).mapToObj(seed -> Arguments.of(kind, seed))));
	}

	@ParameterizedTest(name = "{0} on model {1}")
	@MethodSource("kindsAndModels")
	void eachKindReadsWithoutCrossingsOrOverlaps(String kind, long seed) throws Exception {
		Path model = seed == 0 ? Examples.model() : GeneratedModels.write(seed, folder);
		DiagramGraph graph = Fixtures.open(model, kind).graph();
		LayoutFigures figures = figures(graph);
		String name = kind + " on " + model.getFileName();
		System.out.println("Layout figures: " + name + ": " + figures);
		if (System.getProperty("segmenta.diagram.images") != null) {
			DiagramImages.write(graph, Path.of(System.getProperty("segmenta.diagram.images"), kind + "-" + seed + ".png"));
		}
		assertTrue(figures.edgeCount() > 0 || kind.equals("persona-board"), name + " shows edges");
		assertTrue(figures.crossings() <= MAX_CROSSINGS.get(kind), name + ": " + figures);
		assertEquals(List.of(), figures.nodeOverlaps(), name + ": nodes over nodes");
		assertEquals(List.of(), figures.labelOverlaps(), name + ": nodes over labels");
		if (kind.equals("persona-board")) {
			long columns = graph.roots().stream().map(card -> card.bounds().x()).distinct().count();
			assertTrue(columns >= 2 && columns <= 3, name + ": the cards stand in 2 or 3 columns, not " + columns);
		}
		if (kind.equals("segment-tree")) {
			assertTreesSideBySide(graph, name);
		}
	}

	/** Each segmentation's tree takes a band of the width of its own, in the order of the model. */
	private static void assertTreesSideBySide(DiagramGraph graph, String name) {
		Map<EObject, double[]> bands = new LinkedHashMap<>();
		for (DiagramNode node : graph.roots()) {
			EObject segmentation = node.element();
			while (segmentation != null && !(segmentation instanceof Segmentation)) {
				segmentation = segmentation.eContainer();
			}
			Bounds bounds = node.absoluteBounds();
			bands.merge(segmentation, new double[] { bounds.x(), bounds.x() + bounds.width() },
					(a, b) -> new double[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
		}
		List<double[]> ordered = List.copyOf(bands.values());
		for (int i = 1; i < ordered.size(); i++) {
			assertTrue(ordered.get(i - 1)[1] <= ordered.get(i)[0], name + ": segmentation " + (i + 1) + " stands right of the one before");
		}
	}

	/** The geometry of a laid-out graph. */
	static LayoutFigures figures(DiagramGraph graph) {
		LayoutFigures figures = new LayoutFigures();
		for (DiagramNode node : graph.nodes()) {
			figures.node(node.id(), node.parent() == null ? null : node.parent().id(), box(node.absoluteBounds()));
		}
		for (DiagramEdge edge : graph.edges()) {
			figures.path(edge.route().stream().map(point -> new LayoutFigures.Point(point.x(), point.y())).toList());
			Bounds label = edge.labelBounds();
			if (label != null) {
				figures.label(box(label), Set.of(edge.source().id(), edge.target().id()));
			}
		}
		return figures;
	}

	private static LayoutFigures.Box box(Bounds bounds) {
		return new LayoutFigures.Box(bounds.x(), bounds.y(), bounds.width(), bounds.height());
	}

}
