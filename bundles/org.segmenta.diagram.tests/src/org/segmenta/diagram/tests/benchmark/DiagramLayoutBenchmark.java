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
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;

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
		SegmentationFiles.save(generate(nodes), model);

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

	/** Communities with two sub-communities each, two values and a member segment each, overlaps in a ring. */
	private static Project generate(int nodes) {
		SegmentaFactory factory = SegmentaFactory.eINSTANCE;
		Project project = factory.createProject();
		project.setName("Benchmark");
		Segmentation segmentation = factory.createSegmentation();
		segmentation.setName("Generated");
		project.getSegmentations().add(segmentation);
		int communities = nodes / 5; // each brings 2 sub-communities, a value and a segment
		List<ValueCommunity> all = new ArrayList<>();
		for (int i = 0; i < communities; i++) {
			Value value = factory.createValue();
			value.setName("Value " + i);
			project.getValues().add(value);
			Segment segment = factory.createSegment();
			segment.setName("Segment " + i);
			segment.setShare(0.01 + (i % 30) / 100.0);
			segmentation.getSegments().add(segment);
			ValueCommunity community = factory.createValueCommunity();
			community.setName("Those of us who care about " + i);
			community.setShare((i % 40) / 100.0);
			community.getValues().add(value);
			community.getSegments().add(segment);
			for (int s = 0; s < 2; s++) {
				ValueCommunity sub = factory.createValueCommunity();
				sub.setName("Sub-community " + i + "." + s);
				sub.getValues().add(value);
				community.getSubCommunities().add(sub);
			}
			project.getValueCommunities().add(community);
			all.add(community);
		}
		for (int i = 0; i < all.size(); i++) {
			CommunityOverlap overlap = factory.createCommunityOverlap();
			overlap.setOther(all.get((i + 1) % all.size()));
			overlap.setSharedMembers(100 + i);
			overlap.setJaccard(0.1);
			all.get(i).getOverlaps().add(overlap);
		}
		return project;
	}
}
