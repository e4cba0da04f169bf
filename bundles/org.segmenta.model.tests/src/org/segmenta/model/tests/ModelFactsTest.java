/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Identified;
import org.segmenta.model.Job;
import org.segmenta.model.Need;
import org.segmenta.model.OpportunityScore;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/**
 * The facts the metamodel derives instead of every output computing them: a job's and a need's
 * opportunity score, a segment's share of the audience and segmentation, the project's primary
 * segmentation. Each on hand-built models with their edge cases and on the example.
 */
class ModelFactsTest {

	private static final SegmentaFactory MODEL = SegmentaFactory.eINSTANCE;

	@TempDir
	Path folder;

	@Test
	void aSegmentationsBase() throws Exception {
		Path file = folder.resolve("nordic.segmentation");
		Files.copy(Examples.model(), file);
		Project project = SegmentationFiles.load(file);
		Segmentation values = project.getSegmentations().get(0);
		// a model written before segmentations recorded a base: unweighted, n from the sizes
		assertFalse(values.isWeighted());
		assertNull(values.getWeightedBy());
		assertEquals(0.0, values.getWeightedTotal());
		assertEquals(4800, values.getUnweightedBase());
		assertEquals(62000, project.getSegmentations().get(1).getUnweightedBase());
		assertEquals(values.getUnweightedBase(), values.eGet(SegmentaPackage.Literals.SEGMENTATION__UNWEIGHTED_BASE));

		values.setWeightedBy("vægt");
		assertFalse(values.isWeighted(), "a weight without a weighted total is no weighted base");
		values.setWeightedTotal(4787.4);
		assertTrue(values.isWeighted());
		SegmentationFiles.save(project, file);
		Segmentation reloaded = SegmentationFiles.load(file).getSegmentations().get(0);
		assertTrue(reloaded.isWeighted());
		assertEquals("vægt", reloaded.getWeightedBy());
		assertEquals(4787.4, reloaded.getWeightedTotal());
		assertTrue(Files.readString(file).contains("weightedBy=\"vægt\" weightedTotal=\"4787.4\""));

		Segmentation empty = MODEL.createSegmentation();
		assertEquals(0, empty.getUnweightedBase(), "no segments, no n");
	}

	@Test
	void opportunityScoreOfJobsAndNeeds() {
		Job job = job(8.6, 5.1);
		assertEquals(12.1, job.getOpportunityScore(), 1e-12);
		Need need = MODEL.createNeed();
		need.setImportance(6.5);
		need.setSatisfaction(3.8);
		assertEquals(9.2, need.getOpportunityScore(), 1e-12);
		need.setSatisfaction(6.5);
		assertEquals(6.5, need.getOpportunityScore(), 1e-12, "served exactly as important: the importance");
		need.setSatisfaction(9.0);
		assertEquals(6.5, need.getOpportunityScore(), 1e-12, "over-served: still the importance, no less");
		assertEquals(job.getOpportunityScore(), job.eGet(SegmentaPackage.Literals.JOB__OPPORTUNITY_SCORE));
	}

	@Test
	void opportunityScoreNeedsBothRatings() {
		assertTrue(Double.isNaN(MODEL.createJob().getOpportunityScore()), "an unrated job has no score");
		assertTrue(Double.isNaN(job(8.0, 0).getOpportunityScore()), "satisfaction not given");
		assertTrue(Double.isNaN(job(0, 4.0).getOpportunityScore()), "importance not given");
		Need need = MODEL.createNeed();
		need.setImportance(7.0);
		assertTrue(Double.isNaN(need.getOpportunityScore()));
		// the analysis scores means of answers, where 0 is an answer like any other
		assertEquals(16.0, OpportunityScore.of(8.0, 0), 1e-12);
	}

	@Test
	void exampleJobsAndNeedsScore() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Job upskill = byId(project.getJobs(), "job-upskill");
		assertEquals(12.1, upskill.getOpportunityScore(), 1e-12);
		assertEquals(9.7, byId(project.getJobs(), "job-safety").getOpportunityScore(), 1e-12);
		assertEquals(13.4, byId(upskill.getNeeds(), "need-upskill-depth").getOpportunityScore(), 1e-12);
		for (Job job : project.getJobs()) {
			assertTrue(job.getOpportunityScore() >= job.getImportance(), job.getName());
			job.getNeeds().forEach(need -> assertFalse(Double.isNaN(need.getOpportunityScore()), need.getName()));
		}
	}

	@Test
	void givenShareComesFirst() {
		Segmentation segmentation = segmentation(600, 400);
		Segment first = segmentation.getSegments().get(0);
		first.setShare(0.22);
		assertEquals(0.22, first.getAudienceShare(), 1e-12);
		assertEquals(0.4, segmentation.getSegments().get(1).getAudienceShare(), 1e-12);
	}

	@Test
	void shareFromSizesIsOfTheWholeAudienceAtEveryDepth() {
		Segmentation segmentation = segmentation(600, 300, 100);
		Segment large = segmentation.getSegments().get(0);
		Segment sub = segment(150);
		Segment subSub = segment(30);
		large.getSubSegments().add(sub);
		sub.getSubSegments().add(subSub);
		assertEquals(0.6, large.getAudienceShare(), 1e-12);
		assertEquals(0.1, segmentation.getSegments().get(2).getAudienceShare(), 1e-12);
		// of the audience (1,000 people), not of the parent's 600 or 150
		assertEquals(0.15, sub.getAudienceShare(), 1e-12);
		assertEquals(0.03, subSub.getAudienceShare(), 1e-12);
		assertSame(segmentation, subSub.getSegmentation());
		assertSame(segmentation, large.getSegmentation());
	}

	@Test
	void shareWithoutSizesIsZero() {
		Segmentation none = segmentation(0, 0);
		none.getSegments().forEach(s -> assertEquals(0.0, s.getAudienceShare()));
		Segmentation some = segmentation(500, 0);
		assertEquals(1.0, some.getSegments().get(0).getAudienceShare(), 1e-12);
		assertEquals(0.0, some.getSegments().get(1).getAudienceShare(), "no size, no share");

		Segment detached = segment(40);
		Segment child = segment(10);
		detached.getSubSegments().add(child);
		assertNull(child.getSegmentation());
		assertEquals(0.0, child.getAudienceShare(), "outside a segmentation there is no audience");
		assertEquals(0.0, detached.getAudienceShare());
	}

	@Test
	void exampleSharesFromSizesMatchTheGivenShares() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Segmentation values = byId(project.getSegmentations(), "segm-values-2026");
		List<Segment> all = allSegments(values);
		assertTrue(all.size() > values.getSegments().size(), "the example nests sub-segments");
		List<Double> given = all.stream().map(Segment::getShare).toList();
		all.forEach(segment -> segment.setShare(0));
		// the example's shares are sizes over the 4,800 people of the top-level segments, rounded
		for (int i = 0; i < all.size(); i++) {
			assertEquals(given.get(i), all.get(i).getAudienceShare(), 0.005, all.get(i).getName());
		}
		assertEquals(528.0 / 4800, byId(all, "seg-curious-deep").getAudienceShare(), 1e-12);
	}

	@Test
	void primarySegmentationIsTheFirstMarkedOrElseTheFirst() {
		Project project = MODEL.createProject();
		assertNull(project.getPrimarySegmentation(), "no segmentation");
		Segmentation first = segmentation(1);
		Segmentation second = segmentation(1);
		Segmentation third = segmentation(1);
		project.getSegmentations().addAll(List.of(first, second, third));
		assertSame(first, project.getPrimarySegmentation(), "none marked: the first");
		third.setPrimary(true);
		assertSame(third, project.getPrimarySegmentation());
		second.setPrimary(true);
		assertSame(second, project.getPrimarySegmentation(), "several marked: the first of them");
		project.getSegmentations().move(0, third);
		assertSame(third, project.getPrimarySegmentation());
	}

	@Test
	void examplePrimarySegmentation() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		assertSame(byId(project.getSegmentations(), "segm-values-2026"), project.getPrimarySegmentation());
		Project copy = EcoreUtil.copy(project);
		assertSame(copy.getSegmentations().get(0), copy.getPrimarySegmentation(), "derived anew in a copy");
	}

	@Test
	void derivedFactsAreNeitherStoredNorSettable() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		Path saved = folder.resolve("saved.segmentation");
		SegmentationFiles.save(project, saved);
		String text = Files.readString(saved);
		for (String derived : List.of("primarySegmentation", "audienceShare", "opportunityScore", " segmentation=")) {
			assertFalse(text.contains(derived), derived + " was written");
		}
		Job job = project.getJobs().get(0);
		assertThrows(IllegalArgumentException.class,
				() -> job.eSet(SegmentaPackage.Literals.JOB__OPPORTUNITY_SCORE, 1.0));
	}

	private static Job job(double importance, double satisfaction) {
		Job job = MODEL.createJob();
		job.setImportance(importance);
		job.setSatisfaction(satisfaction);
		return job;
	}

	private static Segment segment(int size) {
		Segment segment = MODEL.createSegment();
		segment.setSize(size);
		return segment;
	}

	private static Segmentation segmentation(int... sizes) {
		Segmentation segmentation = MODEL.createSegmentation();
		for (int size : sizes) {
			segmentation.getSegments().add(segment(size));
		}
		return segmentation;
	}

	private static List<Segment> allSegments(Segmentation segmentation) {
		List<Segment> all = new ArrayList<>();
		segmentation.eAllContents().forEachRemaining(e -> {
			if (e instanceof Segment segment) {
				all.add(segment);
			}
		});
		return all;
	}

	private static <T extends Identified> T byId(List<T> elements, String id) {
		return elements.stream().filter(e -> id.equals(e.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + id));
	}
}
