/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.validation.tests.Fixtures.describe;
import static org.segmenta.validation.tests.Fixtures.findings;
import static org.segmenta.validation.tests.Fixtures.named;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.BuyingRoleKind;
import org.segmenta.model.Insight;
import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;
import org.segmenta.model.ValueCommunity;
import org.segmenta.validation.Finding;
import org.segmenta.validation.Severity;

/**
 * Each rule on a passing fixture (the example, where it holds) and a failing one (the example with
 * one deliberate defect). Every failing fixture asserts the rule, the element and the message.
 */
class RulesTest {

	private Project project;
	private Segmentation values;
	private Segmentation ladder;

	@BeforeEach
	void loadExample() throws Exception {
		project = Fixtures.loadExample();
		values = named(project.getSegmentations(), "Values segmentation 2026");
		ladder = named(project.getSegmentations(), "Relationship ladder");
	}

	private Segment segment(String name) {
		return named(values.getSegments(), name);
	}

	private static Finding only(List<Finding> findings) {
		assertEquals(1, findings.size(), describe(findings));
		return findings.get(0);
	}

	private static void assertNone(List<Finding> findings) {
		assertEquals(List.of(), findings, describe(findings));
	}

	@Test
	void segmentCountWithinBounds() {
		assertNone(findings(project, "segmenta.operational.segmentCount"));

		values.getSegments().remove(segment("Purpose Drivers"));
		values.getSegments().remove(segment("Community Builders"));
		values.getSegments().remove(segment("Career Climbers"));
		Finding tooFew = only(findings(project, "segmenta.operational.segmentCount"));
		assertSame(values, tooFew.element());
		assertEquals(Severity.ERROR, tooFew.severity());
		assertEquals("Values segmentation 2026", tooFew.path());
		assertTrue(tooFew.getMessage().contains("has 3 segments, fewer than its minimum of 4"), tooFew.getMessage());

		ladder.setMaxSegmentCount(3);
		Finding tooMany = only(findings(project, "segmenta.operational.segmentCount").stream()
				.filter(f -> f.element() == ladder).toList());
		assertTrue(tooMany.getMessage().contains("has 4 segments, more than its maximum of 3"), tooMany.getMessage());
	}

	@Test
	void segmentSizeAtLeastMinimumShare() {
		assertNone(findings(project, "segmenta.operational.segmentSize"));

		Segment deep = named(segment("Curious Specialists").getSubSegments(), "Deep Specialists");
		deep.setShare(0.03);
		Finding small = only(findings(project, "segmenta.operational.segmentSize"));
		assertSame(deep, small.element());
		assertEquals("Values segmentation 2026/Curious Specialists/Deep Specialists", small.path());
		assertTrue(small.getMessage().contains("holds 3.0% of the audience, below the minimum of 5.0%"),
				small.getMessage());
	}

	@Test
	void segmentSizeFallsBackToSizesWhenNoShareIsGiven() {
		values.getSegments().forEach(s -> s.setShare(0));
		assertNone(findings(project, "segmenta.operational.segmentSize"));
		segment("Purpose Drivers").setSize(100);
		Finding small = only(findings(project, "segmenta.operational.segmentSize"));
		assertSame(segment("Purpose Drivers"), small.element());
	}

	@Test
	void siblingsWithNearIdenticalProfilesAreNotDistinct() {
		assertNone(findings(project, "segmenta.distinct.siblings"));

		Segment balance = segment("Balance Seekers");
		Segment career = segment("Career Climbers");
		career.getProfile().clear();
		for (ProfileEntry entry : balance.getProfile()) {
			ProfileEntry copy = SegmentaFactory.eINSTANCE.createProfileEntry();
			copy.setVariable(entry.getVariable());
			copy.setLevel(entry.getLevel());
			copy.setSegmentValue(entry.getSegmentValue() * 1.02);
			copy.setTotalValue(entry.getTotalValue());
			career.getProfile().add(copy);
		}
		Finding alike = only(findings(project, "segmenta.distinct.siblings"));
		assertSame(balance, alike.element());
		assertSame(career, alike.getData().get(1));
		assertTrue(alike.getMessage().contains("'Balance Seekers' and 'Career Climbers' are too alike"),
				alike.getMessage());
		assertTrue(alike.getMessage().contains("relative profile distance 0.0"), alike.getMessage());
		assertTrue(alike.getMessage().contains("over 6 basis profile values"), alike.getMessage());
	}

	@Test
	void siblingsWithoutProfilesAreComparedByContent() {
		ladder.getSegments().forEach(s -> s.getProfile().clear());
		assertNone(findings(project, "segmenta.distinct.siblings"));

		Segment loyal = named(ladder.getSegments(), "Loyal members");
		Segment ambassadors = named(ladder.getSegments(), "Ambassadors");
		ambassadors.getValues().clear();
		ambassadors.getValues().addAll(loyal.getValues());
		ambassadors.getJobs().clear();
		ambassadors.getJobs().addAll(loyal.getJobs());
		ambassadors.setStatement(loyal.getStatement());
		Finding alike = only(findings(project, "segmenta.distinct.siblings"));
		assertSame(loyal, alike.element());
		assertTrue(alike.getMessage().contains("'Loyal members' and 'Ambassadors' are too alike: Jaccard similarity 1.00"),
				alike.getMessage());
	}

	@Test
	void segmentationDeclaresBasisAndTargetBehaviour() {
		assertNone(findings(project, "segmenta.relevant.declared"));

		ladder.getBasisVariables().clear();
		ladder.setTargetBehaviour(null);
		ladder.setTargetBehaviourDescription(" ");
		List<Finding> found = findings(project, "segmenta.relevant.declared");
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.get(0).getMessage().contains("declares no basis variables"), describe(found));
		assertTrue(found.get(1).getMessage().contains("declares no target behaviour"), describe(found));
	}

	@Test
	void segmentIsDescribable() {
		assertNone(findings(project, "segmenta.describable.segment"));

		Segment career = segment("Career Climbers");
		career.setDescription(null);
		career.setStatement("Ambitious people");
		career.getPersonas().clear();
		Finding finding = only(findings(project, "segmenta.describable.segment"));
		assertSame(career, finding.element());
		assertTrue(finding.getMessage().contains("lacks a description and a persona, or a statement beginning"
				+ " \"Those of us who\""), finding.getMessage());
	}

	@Test
	void personaIsDescribable() {
		assertNone(findings(project, "segmenta.describable.persona"));

		Persona sanne = named(project.getPersonas(), "Sanne Højbjerg");
		sanne.setHome("");
		sanne.getChannels().clear();
		sanne.getJourneyQuestions().clear();
		Finding finding = only(findings(project, "segmenta.describable.persona"));
		assertSame(sanne, finding.element());
		assertTrue(finding.getMessage().contains(
				"lacks an identity (home), channels and a question for a journey stage"), finding.getMessage());
	}

	@Test
	void valueCommunityHasStatementAndValues() {
		assertNone(findings(project, "segmenta.describable.valueCommunity"));

		ValueCommunity safe = named(project.getValueCommunities(), "Safety net");
		safe.setStatement("People who want a safety net");
		safe.getValues().clear();
		List<Finding> found = findings(project, "segmenta.describable.valueCommunity");
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.get(0).getMessage().contains("does not begin \"Those of us who\""), describe(found));
		assertTrue(found.get(1).getMessage().contains("shares no values"), describe(found));
	}

	@Test
	void statementPhraseFollowsTheProjectLanguage() {
		ValueCommunity safe = named(project.getValueCommunities(), "Safety net");
		project.setLanguage("da");
		List<Finding> english = findings(project, "segmenta.describable.valueCommunity");
		assertTrue(english.size() > 1 && english.get(0).getMessage().contains("\"Os, der ...\""), describe(english));

		project.getValueCommunities().forEach(c -> c.setStatement("Os, der vil have et sikkerhedsnet"));
		project.getValueCommunities().forEach(c -> c.getSubCommunities().forEach(s -> s.setStatement("Os, der ...x")));
		assertNone(findings(project, "segmenta.describable.valueCommunity"));
		safe.setStatement("Os, der");
		assertEquals(1, findings(project, "segmenta.describable.valueCommunity").size());
	}

	@Test
	void exactlyOneSegmentationIsPrimary() {
		assertNone(findings(project, "segmenta.primary.exactlyOne"));

		ladder.setPrimary(true);
		Finding two = only(findings(project, "segmenta.primary.exactlyOne"));
		assertSame(project, two.element());
		assertTrue(two.getMessage().contains("marks 2 segmentations as primary"), two.getMessage());

		ladder.setPrimary(false);
		values.setPrimary(false);
		assertTrue(only(findings(project, "segmenta.primary.exactlyOne")).getMessage().contains("none is primary"));
	}

	@Test
	void buyingCentreHasDecisionMaker() {
		assertNone(findings(project, "segmenta.buyingCentre.decisionMaker"));

		BuyingCenter centre = project.getBuyingCenters().get(0);
		centre.getRoles().stream().filter(r -> r.getKind() == BuyingRoleKind.DECISION_MAKER)
				.forEach(r -> r.setKind(BuyingRoleKind.INFLUENCER));
		Finding finding = only(findings(project, "segmenta.buyingCentre.decisionMaker"));
		assertSame(centre, finding.element());
		assertEquals(Severity.ERROR, finding.severity());
	}

	@Test
	void influenceWeightsWithinRange() {
		assertNone(findings(project, "segmenta.buyingCentre.influenceWeight"));

		BuyingCenter centre = project.getBuyingCenters().get(0);
		BuyingRole gatekeeper = named(centre.getRoles(), "Mikkel Thygesen");
		gatekeeper.setInfluenceWeight(1.5);
		Finding outside = only(findings(project, "segmenta.buyingCentre.influenceWeight"));
		assertSame(gatekeeper, outside.element());
		assertTrue(outside.getMessage().contains("influence weight 1.5, outside 0 to 1"), outside.getMessage());

		gatekeeper.setInfluenceWeight(0.38);
		Finding sum = only(findings(project, "segmenta.buyingCentre.influenceWeight"));
		assertSame(centre, sum.element());
		assertTrue(sum.getMessage().contains("add up to 1.30"), sum.getMessage());
	}

	@Test
	void insightIsDatedSourcedAndLinked() {
		assertNone(findings(project, "segmenta.insight.provenance"));

		Insight insight = named(project.getInsights(), "Community Builders carry recruitment");
		insight.setDate(null);
		insight.setSource(null);
		insight.getConcerns().clear();
		Finding finding = only(findings(project, "segmenta.insight.provenance"));
		assertSame(insight, finding.element());
		assertTrue(finding.getMessage().contains("lacks a date, a data source and an element it concerns"),
				finding.getMessage());
	}

	@Test
	void staleInsightsAreFlaggedAfterTheConfiguredAge() throws Exception {
		// the oldest insight is 410 days old on the example date
		assertEquals(List.of(), Fixtures.validate(project, Map.of("segmenta.insight.stale.maxAgeDays", "410"))
				.findingsOf("segmenta.insight.stale"));

		List<Finding> stale = findings(project, "segmenta.insight.stale");
		assertEquals(List.of("Parents choose evenings at home over courses",
				"Specialists want a career path without management"), stale.stream().map(Finding::path).toList());
		assertTrue(stale.get(0).getMessage().contains("of 2025-10-08 is 410 days old, older than 365 days"),
				stale.get(0).getMessage());

		Insight newest = named(project.getInsights(), "Ambassadors share their certificates on LinkedIn");
		newest.setDate(LocalDate.of(2020, 1, 1));
		assertEquals(3, findings(project, "segmenta.insight.stale").size());
	}

	@Test
	void referencesOutsideTheModelDangle() {
		assertNone(findings(project, "segmenta.integrity.references"));

		Value removed = SegmentaFactory.eINSTANCE.createValue();
		removed.setName("Thrift");
		segment("Balance Seekers").getValues().add(removed);
		Value missing = SegmentaFactory.eINSTANCE.createValue();
		((InternalEObject) missing).eSetProxyURI(URI.createURI("other.segmentation#val-gone"));
		segment("Career Climbers").getValues().add(missing);

		List<Finding> found = findings(project, "segmenta.integrity.references");
		assertEquals(2, found.size(), describe(found));
		assertTrue(found.get(0).getMessage().contains(
				"Segment 'Balance Seekers' refers through 'values' to Value 'Thrift', which is not part of this model"),
				describe(found));
		assertTrue(found.get(1).getMessage().contains("an element that cannot be found (other.segmentation#val-gone)"),
				describe(found));
	}

	@Test
	void namesAreUniqueWithinTheirScope() {
		assertNone(findings(project, "segmenta.integrity.uniqueNames"));

		segment("Career Climbers").setName(" balance seekers");
		named(project.getPersonas(), "Linnéa Åkesson").setName("Sanne Højbjerg");
		List<Finding> found = findings(project, "segmenta.integrity.uniqueNames");
		assertEquals(2, found.size(), describe(found));
		// the project is visited before its segmentations
		assertTrue(found.get(0).getMessage().contains("Two personas of the project are named 'Sanne Højbjerg'"),
				describe(found));
		assertTrue(found.get(1).getMessage().contains(
				"Two segments of 'Values segmentation 2026' are named 'balance seekers'"), describe(found));
		assertSame(segment("Balance Seekers"), found.get(1).getData().get(1));
	}

	@Test
	void filesAndDocumentsOutsideTheProjectAreErrorsNamingElementAndAttribute() {
		assertNone(findings(project, "segmenta.security.referencedFiles"));

		values.setAssignmentsLocation("../../etc/passwd");
		project.getDataSources().get(0).setLocation("/etc/passwd");
		Value remote = SegmentaFactory.eINSTANCE.createValue();
		((InternalEObject) remote).eSetProxyURI(URI.createURI("http://127.0.0.1:9/values.segmentation#v"));
		segment("Career Climbers").getValues().add(remote);
		Value other = SegmentaFactory.eINSTANCE.createValue();
		((InternalEObject) other).eSetProxyURI(URI.createURI("values.xmi#v"));
		segment("Balance Seekers").getValues().add(other);

		List<Finding> found = findings(project, "segmenta.security.referencedFiles");
		assertEquals(4, found.size(), describe(found));
		String all = describe(found);
		assertTrue(all.contains("segmentation 'Values segmentation 2026' (id segm-values-2026), attribute "
				+ "assignmentsLocation: \"../../etc/passwd\" leads out of the project"), all);
		assertTrue(all.contains("attribute location: \"/etc/passwd\" is an absolute path"), all);
		assertTrue(all.contains("reference values: http://127.0.0.1:9/values.segmentation#v uses the scheme 'http'"), all);
		assertTrue(all.contains("values.xmi#v is no .segmentation or .segmentationdiagram file"), all);
		assertTrue(found.stream().allMatch(finding -> finding.severity() == Severity.ERROR), all);
	}

	@Test
	void idsAreUniqueInModelsBuiltInMemory() {
		assertNone(findings(project, "segmenta.integrity.uniqueIds"));

		segment("Career Climbers").setId("seg-balance");

		List<Finding> found = findings(project, "segmenta.integrity.uniqueIds");
		assertEquals(1, found.size(), describe(found));
		assertTrue(found.get(0).getMessage().startsWith(
				"segment 'Career Climbers' (id seg-balance) has the id of segment 'Balance Seekers' (id seg-balance)"),
				describe(found));
	}
}
