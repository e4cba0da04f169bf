/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramEdge;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramNode;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.Point;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Job;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.Severity;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;
import org.segmenta.tests.support.Examples;

class DiagramGraphTest {

	@Test
	void theSegmentTreeShowsEverySegmentInItsColourAndWidensItByShare() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Project project = session.project();
		DiagramGraph graph = session.graph();
		int segments = 0;
		for (Segmentation segmentation : project.getSegmentations()) {
			assertNotNull(graph.node("st-segmentation:" + segmentation.getId()));
			for (var all = segmentation.eAllContents(); all.hasNext();) {
				if (all.next() instanceof Segment segment) {
					segments++;
					DiagramNode node = graph.node("st-segment:" + segment.getId());
					assertNotNull(node, segment.getName());
					assertEquals(segment.getName(), node.label());
					if (segment.getColour() != null) {
						assertEquals(segment.getColour().toUpperCase(), node.appearance().fill());
					}
				}
			}
		}
		int personaRows = project.getPersonas().stream().mapToInt(persona -> persona.getSegments().size()).sum();
		assertEquals(project.getSegmentations().size() + segments + personaRows, graph.nodes().size(),
				"segmentations, segments, and each segment's personas listed in it");
		for (var persona : project.getPersonas()) {
			for (Segment segment : persona.getSegments()) {
				DiagramNode row = graph.node("st-segment:" + segment.getId() + "/st-segment-persona:" + persona.getId());
				assertNotNull(row, persona.getName() + " is listed in " + segment.getName());
				assertTrue(row.isRow());
				assertEquals(graph.node("st-segment:" + segment.getId()), row.parent());
			}
		}

		Segmentation primary = project.getSegmentations().get(0);
		Segment largest = primary.getSegments().stream().max((a, b) -> Double.compare(a.getShare(), b.getShare())).orElseThrow();
		Segment smallest = primary.getSegments().stream().min((a, b) -> Double.compare(a.getShare(), b.getShare())).orElseThrow();
		assertTrue(largest.getShare() > smallest.getShare());
		assertTrue(graph.node("st-segment:" + largest.getId()).bounds().width() > graph.node("st-segment:" + smallest.getId()).bounds().width());
		long segmentEdges = graph.edges().stream().filter(edge -> edge.mapping().getId().equals("st-has-segment")).count();
		assertEquals(project.getSegmentations().stream().mapToInt(s -> s.getSegments().size()).sum(), segmentEdges);
	}

	@Test
	void theValueCommunityMapNestsSubCommunitiesAndShowsEachOverlapOnce() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "value-community-map");
		session.domain().getCommandStack().execute(session.edits().applyFilter("vc-weak-overlaps", false));
		DiagramGraph graph = session.graph();
		Set<Set<EObject>> pairs = new HashSet<>();
		for (ValueCommunity community : session.project().getValueCommunities()) {
			DiagramNode node = graph.node("vc-community:" + community.getId());
			assertNotNull(node);
			for (ValueCommunity sub : community.getSubCommunities()) {
				assertEquals(node, graph.node("vc-sub-community:" + sub.getId()).parent());
			}
			for (var all = community.eAllContents(); all.hasNext();) {
				if (all.next() instanceof CommunityOverlap overlap) {
					pairs.add(Set.of((EObject) overlap.eContainer(), overlap.getOther()));
				}
			}
			community.getOverlaps().forEach(overlap -> pairs.add(Set.of(community, overlap.getOther())));
		}
		List<DiagramEdge> overlaps = graph.edges().stream().filter(edge -> edge.mapping().getId().equals("vc-overlap")).toList();
		assertFalse(overlaps.isEmpty(), "the example records overlaps");
		assertEquals(pairs.size(), overlaps.size());
		for (DiagramEdge edge : overlaps) {
			CommunityOverlap overlap = (CommunityOverlap) edge.element();
			assertTrue(edge.label().startsWith(String.format(Locale.ROOT, "%.2f J", overlap.getJaccard())), edge.label());
		}

		session.domain().getCommandStack().undo();
		List<DiagramEdge> strong = session.graph().edges().stream().filter(edge -> edge.mapping().getId().equals("vc-overlap")).toList();
		long expected = overlaps.stream().filter(edge -> ((CommunityOverlap) edge.element()).getJaccard() >= 0.2).count();
		assertTrue(expected > 0 && expected < overlaps.size(), "the example has weak and strong overlaps");
		assertEquals(expected, strong.size(), "by default the weak overlaps (under 0.20) are filtered out");
		for (DiagramEdge edge : strong) {
			double jaccard = ((CommunityOverlap) edge.element()).getJaccard();
			assertEquals(jaccard >= 0.3 ? 4 : 2.5, edge.appearance().width(), "stronger overlaps are drawn thicker");
		}
	}

	@Test
	void valuesLaidOutAgainstTheFlowStandLeftOfTheirCommunitiesWithTheEdgesStillPointingAtThem() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "value-community-map");
		session.domain().getCommandStack().execute(session.edits().showLayer("vc-values-linked", true));
		List<DiagramEdge> standsFor = session.graph().edges().stream().filter(edge -> edge.mapping().getId().equals("vc-stands-for"))
				.toList();
		assertFalse(standsFor.isEmpty());
		for (DiagramEdge edge : standsFor) {
			Bounds community = edge.source().absoluteBounds();
			Bounds value = edge.target().absoluteBounds();
			assertTrue(value.x() + value.width() <= community.x(), edge + ": the value stands left of its community");
			Point start = edge.route().get(0);
			Point end = edge.route().get(edge.route().size() - 1);
			assertEquals(community.x(), start.x(), 1, edge + " starts at the community");
			assertEquals(value.x() + value.width(), end.x(), 1, edge + " ends at the value");
		}
	}

	private static boolean isSmallSegment(DiagramNode node) {
		return node.element() instanceof Segment segment && segment.getShare() < 0.05;
	}

	@Test
	void layersAndFiltersHideNodesWithTheirEdges() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		int personas = session.project().getPersonas().size();
		session.domain().getCommandStack().execute(session.edits().showLayer("st-personas", true));
		int before = session.graph().nodes().size();
		session.domain().getCommandStack().execute(session.edits().showLayer("st-personas", false));
		DiagramGraph withoutPersonas = session.graph();
		assertEquals(before - personas, withoutPersonas.nodes().size());
		assertTrue(withoutPersonas.edges().stream().noneMatch(edge -> edge.mapping().getId().equals("st-described-by")));

		session.project().getSegmentations().get(0).getSegments().get(0).setShare(0.03);
		session.domain().getCommandStack().execute(session.edits().applyFilter("st-hide-small", true));
		// a hidden segment takes the personas listed in it along
		long small = withoutPersonas.nodes().stream().filter(node -> isSmallSegment(node) || node.isRow() && isSmallSegment(node.parent()))
				.count();
		assertTrue(small > 0);
		assertEquals(withoutPersonas.nodes().size() - small, session.graph().nodes().size());

		session.domain().getCommandStack().undo();
		session.domain().getCommandStack().undo();
		assertEquals(before, session.graph().nodes().size());
	}

	@Test
	void thePersonaBoardShowsTheModelsOpportunityScores() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "persona-board");
		Job upskill = session.project().getJobs().stream().filter(job -> job.getId().equals("job-upskill")).findFirst()
				.orElseThrow();
		DiagramNode row = session.graph().node("pb-persona:per-paivi/pb-card-job:" + upskill.getId());
		assertEquals("Stay professionally current · 12.10", row.label(), "the card lists the job with its score");
		assertNull(session.graph().node("pb-job:" + upskill.getId()), "jobs as nodes are a layer, off by default");
		session.domain().getCommandStack().execute(session.edits().showLayer("pb-jobs", true));
		DiagramNode node = session.graph().node("pb-job:" + upskill.getId());
		assertEquals(List.of("Opportunity 12.10"), node.details());
		assertEquals(2.5, node.appearance().borderWidth(), "12 and above is drawn bold");

		session.domain().getCommandStack()
				.execute(SetCommand.create(session.domain(), upskill, SegmentaPackage.Literals.JOB__SATISFACTION, 0.0));
		DiagramNode unrated = session.graph().node("pb-job:" + upskill.getId());
		assertEquals(List.of(), unrated.details(), "a job without satisfaction has no score");
		assertFalse(unrated.appearance().borderWidth() == 2.5);
	}

	@Test
	void segmentsWithoutGivenSharesAreSizedByTheirShareOfTheAudience() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Segment deep = (Segment) session.project().eResource().getEObject("seg-curious-deep");
		session.domain().getCommandStack()
				.execute(SetCommand.create(session.domain(), deep, SegmentaPackage.Literals.SEGMENT__SHARE, 0.0));
		// 528 of the 4,800 people in the segmentation's top-level segments
		assertEquals(List.of("11 % · 528 people"), session.graph().node("st-segment:" + deep.getId()).details());
	}

	@Test
	void conditionalStylesFollowTheModel() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "buying-centre-map");
		DiagramGraph graph = session.graph();
		List<DiagramNode> roles = graph.nodes().stream().filter(node -> node.element() instanceof BuyingRole).toList();
		assertFalse(roles.isEmpty());
		for (DiagramNode node : roles) {
			BuyingRole role = (BuyingRole) node.element();
			assertEquals(role.getKind() == BuyingRoleKind.DECISION_MAKER ? "#102A43"
					: role.getKind() == BuyingRoleKind.GATEKEEPER ? "#8D2B0B" : "#486581", node.appearance().fill(), role.getName());
			assertEquals(role.getName(), node.label());
		}
		assertTrue(roles.stream().anyMatch(node -> node.label().contains("ø")), "Danish names survive into labels");
	}

	@Test
	void validationFindingsMarkTheirElements() throws Exception {
		DiagramSession session = Fixtures.open(Examples.model(), "segment-tree");
		Segment segment = session.project().getSegmentations().get(0).getSegments().get(0);
		segment.getPersonas().clear(); // a segment nobody describes breaks the method's "real people" rule
		segment.setStatement("");
		RuleCatalog rules = RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
		});
		ValidationReport report = new SegmentationValidator(ValidationSettings.defaults(rules), Clock.systemUTC())
				.validate(session.project());
		session.showValidation(report);
		DiagramGraph graph = session.graph();
		Severity expected = report.findings().stream().filter(finding -> finding.element() == segment)
				.map(Finding::severity).min(Enum::compareTo).orElseThrow(() -> new AssertionError("no finding on the segment"));
		DiagramNode node = graph.node("st-segment:" + segment.getId());
		assertEquals(expected, node.severity());
		assertFalse(node.problems().isEmpty());
		for (DiagramNode other : graph.nodes()) {
			boolean hasFinding = report.findings().stream().anyMatch(finding -> finding.element() == other.element());
			assertEquals(hasFinding, other.severity() != null, other.toString());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "segment-tree", "value-community-map", "persona-board", "buying-centre-map" })
	void theLayoutKeepsNodesApartAndEdgesAttached(String kind) throws Exception {
		DiagramGraph graph = Fixtures.open(Examples.model(), kind).graph();
		assertTrue(graph.nodes().size() > 3, kind + " shows the example");
		assertApart(graph.roots());
		for (DiagramNode node : graph.nodes()) {
			if (node.parent() != null) {
				Bounds inner = node.absoluteBounds();
				Bounds outer = node.parent().absoluteBounds();
				assertTrue(inner.x() >= outer.x() && inner.y() >= outer.y() && inner.x() + inner.width() <= outer.x() + outer.width() + 0.5
						&& inner.y() + inner.height() <= outer.y() + outer.height() + 0.5, node + " lies inside " + node.parent());
				assertApart(node.parent().children());
			}
		}
		for (DiagramEdge edge : graph.edges()) {
			List<Point> route = edge.route();
			assertTrue(route.size() >= 2, edge.toString());
			assertTrue(onBorder(route.get(0), edge.source().absoluteBounds()), edge + " starts at its source " + route);
			assertTrue(onBorder(route.get(route.size() - 1), edge.target().absoluteBounds()), edge + " ends at its target " + route);
		}
	}

	private static void assertApart(List<DiagramNode> siblings) {
		for (int i = 0; i < siblings.size(); i++) {
			for (int j = i + 1; j < siblings.size(); j++) {
				Bounds a = siblings.get(i).bounds();
				Bounds b = siblings.get(j).bounds();
				boolean overlap = a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
						&& b.y() < a.y() + a.height();
				assertFalse(overlap, siblings.get(i) + " overlaps " + siblings.get(j));
			}
		}
	}

	private static boolean onBorder(Point point, Bounds bounds) {
		double tolerance = 2;
		boolean insideX = point.x() >= bounds.x() - tolerance && point.x() <= bounds.x() + bounds.width() + tolerance;
		boolean insideY = point.y() >= bounds.y() - tolerance && point.y() <= bounds.y() + bounds.height() + tolerance;
		boolean nearVertical = Math.abs(point.x() - bounds.x()) <= tolerance || Math.abs(point.x() - bounds.x() - bounds.width()) <= tolerance;
		boolean nearHorizontal = Math.abs(point.y() - bounds.y()) <= tolerance || Math.abs(point.y() - bounds.y() - bounds.height()) <= tolerance;
		return insideX && insideY && (nearVertical || nearHorizontal);
	}
}
