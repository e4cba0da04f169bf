/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests.benchmark;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramGraphBuilder;
import org.segmenta.diagram.DiagramLayout;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.internal.OverlapsOnceService;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.GeneratedModels;

/**
 * Opens and lays out a generated value-community map of about NODES nodes, as an editor does on
 * first open: load the model, build the diagram through its description, lay it out with ELK.
 * Prints every round and the median of the rounds after the first (which includes class loading
 * and JIT warm-up, and is printed as "cold").
 *
 * <pre>
 * bundles/org.segmenta.diagram.tests/benchmark.sh DiagramLayoutBenchmark [NODES [ROUNDS]]
 * </pre>
 */
public final class DiagramLayoutBenchmark {

	private DiagramLayoutBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		Path folder = Files.createTempDirectory("segmenta-diagram-benchmark");
		Path model = folder.resolve("communities.segmentation");
		SegmentationFiles.save(GeneratedModels.communityMap(nodes), model);

		URL descriptionUrl = DiagramKinds.class.getResource("/descriptions/value-community-map.diagramdescription");
		DiagramDescription description = DiagramKinds.load(DiagramKinds.newResourceSet(), URI.createURI(descriptionUrl.toString()));
		DiagramKinds kinds = DiagramKinds.of(List.of(description), Map.of("overlapsOnce", new OverlapsOnceService()));

		List<Double> totals = new ArrayList<>();
		List<Double> layouts = new ArrayList<>();
		for (int round = 0; round <= rounds; round++) {
			long start = System.nanoTime();
			AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
					new BasicCommandStack(), SegmentationFiles.newResourceSet());
			Project project = SegmentationFiles.load(domain.getResourceSet(), model);
			DiagramSession session = DiagramSession.open(domain, project, kinds, "value-community-map");
			long built = System.nanoTime();
			DiagramGraph graph = new DiagramGraphBuilder(description, kinds::service, element -> null, element -> List.of(),
					session.activeLayers(), session.activeFilters()).build(project);
			long laidOutStart = System.nanoTime();
			DiagramLayout.arrange(graph);
			long end = System.nanoTime();
			double total = (end - start) / 1e6;
			double layout = (end - laidOutStart) / 1e6;
			System.out.printf("round %d: %d nodes, %d edges: load %.0f ms, build %.0f ms, ELK layout %.0f ms, total %.0f ms%s%n",
					round, graph.nodes().size(), graph.edges().size(), (built - start) / 1e6, (laidOutStart - built) / 1e6,
					layout, total, round == 0 ? " (cold)" : "");
			if (round > 0) {
				totals.add(total);
				layouts.add(layout);
			}
		}
		System.out.printf("open and lay out: median %.0f ms (ELK layout alone %.0f ms) of %d warm rounds (goal 2000 ms)%n",
				median(totals), median(layouts), totals.size());
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}
}
