/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.Channel;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Job;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * Models bigger than the example, built from a seed so that tests can check diagrams on several
 * differently shaped models: 3 segmentations of 6 to 8 segments, some with sub-segments; 15 value
 * communities (some of them sub-communities) with 25 overlaps; 12 personas; 2 buying centres.
 * The same seed always gives the same model.
 */
public final class GeneratedModels {

	public static final int SEGMENTATIONS = 3;
	public static final int COMMUNITIES = 15;
	public static final int OVERLAPS = 25;
	public static final int PERSONAS = 12;
	public static final int BUYING_CENTRES = 2;

	private static final SegmentaFactory FACTORY = SegmentaFactory.eINSTANCE;
	private static final String[] COLOURS = { "#2680C2", "#3EBD93", "#F0B429", "#D64545", "#9446ED", "#0E7C86",
			"#E8A33D", "#627D98", "#147D64", "#C65D21" };

	private GeneratedModels() {
	}

	/** The model built from {@code seed}, saved as {@code folder/generated-SEED.segmentation}. */
	public static Path write(long seed, Path folder) throws IOException {
		Path file = folder.resolve("generated-" + seed + ".segmentation");
		SegmentationFiles.save(generate(seed), file);
		return file;
	}

	/**
	 * A value-community map of about {@code nodes} nodes, for benchmarks: communities with two
	 * sub-communities, a value and a member segment each, and overlaps in a ring.
	 */
	public static Project communityMap(int nodes) {
		Project project = FACTORY.createProject();
		project.setName("Benchmark");
		Segmentation segmentation = FACTORY.createSegmentation();
		segmentation.setName("Generated");
		project.getSegmentations().add(segmentation);
		int communities = nodes / 5; // each brings 2 sub-communities, a value and a segment
		List<ValueCommunity> all = new ArrayList<>();
		for (int i = 0; i < communities; i++) {
			Value value = FACTORY.createValue();
			value.setName("Value " + i);
			project.getValues().add(value);
			Segment segment = FACTORY.createSegment();
			segment.setName("Segment " + i);
			segment.setShare(0.01 + (i % 30) / 100.0);
			segmentation.getSegments().add(segment);
			ValueCommunity community = FACTORY.createValueCommunity();
			community.setName("Those of us who care about " + i);
			community.setShare((i % 40) / 100.0);
			community.getValues().add(value);
			community.getSegments().add(segment);
			for (int s = 0; s < 2; s++) {
				ValueCommunity sub = FACTORY.createValueCommunity();
				sub.setName("Sub-community " + i + "." + s);
				sub.getValues().add(value);
				community.getSubCommunities().add(sub);
			}
			project.getValueCommunities().add(community);
			all.add(community);
		}
		for (int i = 0; i < all.size(); i++) {
			CommunityOverlap overlap = FACTORY.createCommunityOverlap();
			overlap.setOther(all.get((i + 1) % all.size()));
			overlap.setSharedMembers(100 + i);
			overlap.setJaccard(0.1);
			all.get(i).getOverlaps().add(overlap);
		}
		return project;
	}

	/** The model built from {@code seed}, in no resource. */
	public static Project generate(long seed) {
		Random random = new Random(seed);
		Project project = FACTORY.createProject();
		project.setId("generated-" + seed);
		project.setName("Generated model " + seed);
		project.setOrganisation("Generated organisation");
		for (int i = 0; i < 12; i++) {
			Value value = FACTORY.createValue();
			value.setId("val-" + i);
			value.setName("Value " + (i + 1));
			project.getValues().add(value);
		}
		for (int i = 0; i < 8; i++) {
			Job job = FACTORY.createJob();
			job.setId("job-" + i);
			job.setName("Job to be done " + (i + 1));
			job.setImportance(1 + random.nextInt(10));
			job.setSatisfaction(1 + random.nextInt(10));
			project.getJobs().add(job);
		}
		for (int i = 0; i < 8; i++) {
			Channel channel = FACTORY.createChannel();
			channel.setId("ch-" + i);
			channel.setName("Channel " + (i + 1));
			project.getChannels().add(channel);
		}
		List<List<Segment>> segmentsBySegmentation = segmentations(project, random);
		List<ValueCommunity> communities = communities(project, random, segmentsBySegmentation);
		personas(project, random, segmentsBySegmentation, communities);
		buyingCentres(project, random);
		return project;
	}

	private static List<List<Segment>> segmentations(Project project, Random random) {
		List<List<Segment>> all = new ArrayList<>();
		for (int s = 0; s < SEGMENTATIONS; s++) {
			Segmentation segmentation = FACTORY.createSegmentation();
			segmentation.setId("segm-" + s);
			segmentation.setName("Segmentation " + (s + 1));
			segmentation.setPrimary(s == 0);
			project.getSegmentations().add(segmentation);
			int count = 6 + random.nextInt(3);
			double[] shares = shares(random, count);
			List<Segment> segments = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Segment segment = segment("seg-" + s + "-" + i, "Segment " + (s + 1) + "." + (i + 1), shares[i], random);
				segmentation.getSegments().add(segment);
				segments.add(segment);
				// about a third of the segments split further
				if (random.nextInt(3) == 0) {
					int subCount = 2 + random.nextInt(2);
					double[] subShares = shares(random, subCount);
					for (int j = 0; j < subCount; j++) {
						Segment sub = segment(segment.getId() + "-" + j, segment.getName() + "." + (j + 1), shares[i] * subShares[j], random);
						segment.getSubSegments().add(sub);
						segments.add(sub);
					}
				}
			}
			all.add(segments);
		}
		return all;
	}

	private static Segment segment(String id, String name, double share, Random random) {
		Segment segment = FACTORY.createSegment();
		segment.setId(id);
		segment.setName(name);
		segment.setShare(share);
		segment.setSize((int) Math.round(share * 4000));
		segment.setColour(COLOURS[random.nextInt(COLOURS.length)]);
		return segment;
	}

	/** {@code count} random shares summing to 1. */
	private static double[] shares(Random random, int count) {
		double[] shares = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			shares[i] = 0.5 + random.nextDouble();
			sum += shares[i];
		}
		for (int i = 0; i < count; i++) {
			shares[i] = Math.round(shares[i] / sum * 1000) / 1000.0;
		}
		return shares;
	}

	private static List<ValueCommunity> communities(Project project, Random random, List<List<Segment>> segments) {
		List<ValueCommunity> all = new ArrayList<>();
		List<ValueCommunity> tops = new ArrayList<>();
		int subCommunities = 3 + random.nextInt(3);
		for (int i = 0; i < COMMUNITIES; i++) {
			ValueCommunity community = FACTORY.createValueCommunity();
			community.setId("vc-" + i);
			community.setName("Community " + (i + 1));
			community.setStatement("Those of us who care about thing " + (i + 1));
			community.setShare(Math.round((0.08 + random.nextDouble() * 0.35) * 100) / 100.0);
			community.setMemberCount((int) Math.round(community.getShare() * 4000));
			for (int v : distinct(random, 2, project.getValues().size())) {
				community.getValues().add(project.getValues().get(v));
			}
			List<Segment> primary = segments.get(0);
			for (int m : distinct(random, 1 + random.nextInt(3), primary.size())) {
				community.getSegments().add(primary.get(m));
			}
			if (i < COMMUNITIES - subCommunities || tops.isEmpty()) {
				project.getValueCommunities().add(community);
				tops.add(community);
			} else {
				tops.get(random.nextInt(tops.size())).getSubCommunities().add(community);
			}
			all.add(community);
		}
		Set<Long> pairs = new HashSet<>();
		while (pairs.size() < OVERLAPS) {
			int a = random.nextInt(all.size());
			int b = random.nextInt(all.size());
			if (a == b || !pairs.add((long) Math.min(a, b) * 1000 + Math.max(a, b))) {
				continue;
			}
			double jaccard = Math.round(random.nextDouble() * 0.4 * 10000) / 10000.0;
			int shared = 20 + random.nextInt(400);
			// both sides record the overlap, as the analysis writes it
			overlap(all.get(a), all.get(b), jaccard, shared);
			overlap(all.get(b), all.get(a), jaccard, shared);
		}
		return all;
	}

	private static void overlap(ValueCommunity from, ValueCommunity to, double jaccard, int shared) {
		CommunityOverlap overlap = FACTORY.createCommunityOverlap();
		overlap.setOther(to);
		overlap.setJaccard(jaccard);
		overlap.setSharedMembers(shared);
		from.getOverlaps().add(overlap);
	}

	private static void personas(Project project, Random random, List<List<Segment>> segments, List<ValueCommunity> communities) {
		for (int i = 0; i < PERSONAS; i++) {
			Persona persona = FACTORY.createPersona();
			persona.setId("per-" + i);
			persona.setName("Persona " + (i + 1));
			persona.setAge(22 + random.nextInt(45));
			persona.setOccupation("Occupation " + (1 + random.nextInt(20)));
			persona.setHome("Town " + (1 + random.nextInt(30)));
			persona.setQuote("A sentence this persona would say, number " + (i + 1) + ".");
			persona.getGoals().add("Goal " + (1 + random.nextInt(9)));
			persona.getBarriers().add("Barrier " + (1 + random.nextInt(9)));
			// one segment in each of two segmentations, as a persona that describes a person
			for (int s = 0; s < 2; s++) {
				List<Segment> candidates = segments.get((i + s) % segments.size());
				persona.getSegments().add(candidates.get(random.nextInt(candidates.size())));
			}
			for (int c : distinct(random, 2 + random.nextInt(2), communities.size())) {
				persona.getValueCommunities().add(communities.get(c));
			}
			for (int j : distinct(random, 2 + random.nextInt(2), project.getJobs().size())) {
				persona.getJobs().add(project.getJobs().get(j));
			}
			for (int c : distinct(random, 3 + random.nextInt(2), project.getChannels().size())) {
				persona.getChannels().add(project.getChannels().get(c));
			}
			project.getPersonas().add(persona);
		}
	}

	private static void buyingCentres(Project project, Random random) {
		BuyingRoleKind[] kinds = BuyingRoleKind.values();
		for (int b = 0; b < BUYING_CENTRES; b++) {
			BuyingCenter centre = FACTORY.createBuyingCenter();
			centre.setId("bc-" + b);
			centre.setName("Buying centre " + (b + 1));
			project.getBuyingCenters().add(centre);
			int count = 5 + random.nextInt(3);
			double[] weights = shares(random, count);
			for (int r = 0; r < count; r++) {
				BuyingRole role = FACTORY.createBuyingRole();
				role.setId("role-" + b + "-" + r);
				role.setName("Role holder " + (b + 1) + "." + (r + 1));
				role.setKind(kinds[r % kinds.length]);
				role.setTitle("Title " + (r + 1));
				role.setInfluenceWeight(weights[r]);
				centre.getRoles().add(role);
			}
			// each role influences one or two others
			for (BuyingRole role : centre.getRoles()) {
				for (int other : distinct(random, 1 + random.nextInt(2), count)) {
					BuyingRole target = centre.getRoles().get(other);
					if (target != role) {
						role.getInfluences().add(target);
					}
				}
			}
		}
	}

	/** {@code count} distinct indexes below {@code bound}. */
	private static List<Integer> distinct(Random random, int count, int bound) {
		List<Integer> indexes = new ArrayList<>();
		while (indexes.size() < Math.min(count, bound)) {
			int index = random.nextInt(bound);
			if (!indexes.contains(index)) {
				indexes.add(index);
			}
		}
		return indexes;
	}
}
