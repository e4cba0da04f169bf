/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import static org.segmenta.report.ReportText.label;
import static org.segmenta.report.ReportText.labels;
import static org.segmenta.report.ReportText.text;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EClass;
import org.segmenta.model.BuyingCenter;
import org.segmenta.model.BuyingRole;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.DataSource;
import org.segmenta.model.Insight;
import org.segmenta.model.Job;
import org.segmenta.model.JourneyQuestion;
import org.segmenta.model.MembershipRule;
import org.segmenta.model.Need;
import org.segmenta.model.Persona;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.summary.ModelSummary;
import org.segmenta.report.ChartPalette;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.ReportText;
import org.segmenta.report.internal.ReportDocument.Fact;
import org.segmenta.report.internal.ReportDocument.Table;

/**
 * The content of the long-form report (HTML and PDF), in reading order: overview, each
 * segmentation with its segments (profile, persona, needs), value communities, Jobs-to-be-Done,
 * buying centres, the insight log, validation findings and the model summary.
 */
final class ReportComposer {

	private final ReportInput input;
	private final ReportLanguage language;
	private final Project project;
	private final ReportDocument document;
	/** Personas already shown as a card; later mentions refer to the card. */
	private final Set<Persona> shown = new HashSet<>();
	/** Segments and value communities given a section so far, against {@link ReportLimits}. */
	private int segmentsDetailed;
	private int communitiesDetailed;
	/** Segment sections kept for the primary segmentation until its chapter is written. */
	private int reservedForPrimary;
	private boolean inPrimary;
	/** Segments and value communities of the current chapter left out for the limit. */
	private int segmentsLeftOut;
	private int communitiesLeftOut;

	private ReportComposer(ReportInput input, ReportDocument document) {
		this.input = input;
		this.project = input.project();
		this.language = input.language();
		this.document = document;
		Segmentation primary = project.getPrimarySegmentation();
		if (primary != null) {
			int segments = primary.getSegments().stream().mapToInt(segment -> 1 + descendants(segment)).sum();
			reservedForPrimary = Math.min(ReportLimits.SEGMENTS, segments);
		}
	}

	/**
	 * Writes the report into {@code document}, a section at a time.
	 *
	 * @throws OperationCanceledException between two sections once {@code monitor} is cancelled
	 */
	static void compose(ReportInput input, ReportDocument document, IProgressMonitor monitor) {
		new ReportComposer(input, document).compose(monitor);
	}

	private void compose(IProgressMonitor monitor) {
		List<Runnable> sections = new ArrayList<>();
		sections.add(this::cover);
		sections.add(this::overview);
		sections.add(this::segmentOverview);
		for (Segmentation segmentation : ReportLimits.detailedSegmentations(project)) {
			sections.add(() -> segmentation(segmentation));
		}
		sections.addAll(List.of(this::remainingPersonas, this::valueCommunities, this::jobs, this::buyingCentres,
				this::insights, this::findings, this::summary));
		ExportSteps.run(sections, monitor);
	}

	private void cover() {
		document.cover(label(project), text(project.getOrganisation()),
				nonEmpty(new Fact(t("cover.audience"), text(project.getAudience())),
						new Fact(t("cover.model"), input.modelFile().getFileName().toString()),
						new Fact(t("cover.date"), language.date(input.date()))));
	}

	private void overview() {
		document.section(1, "overview", t("overview.title"));
		paragraph(project.getDescription());
		ModelSummary summary = ModelSummary.of(project);
		var model = SegmentaPackage.eINSTANCE;
		document.facts(List.of(new Fact(t("overview.segmentations"), count(project.getSegmentations().size())),
				new Fact(t("overview.segments"), count(summary.count(model.getSegment()))),
				new Fact(t("overview.personas"), count(summary.count(model.getPersona()))),
				new Fact(t("overview.communities"), count(summary.count(model.getValueCommunity()))),
				new Fact(t("overview.jobs"), count(summary.count(model.getJob()))),
				new Fact(t("overview.insights"), count(summary.count(model.getInsight())))));
		List<List<String>> rows = new ArrayList<>();
		for (Segmentation segmentation : project.getSegmentations()) {
			rows.add(List.of(label(segmentation) + (segmentation.isPrimary() ? " " + t("overview.primary") : ""),
					language.words(segmentation.getPerspective()), count(segmentation.getSegments().size()),
					text(segmentation.getTargetBehaviourDescription())));
		}
		if (!rows.isEmpty()) {
			table(new Table(List.of(t("overview.segmentation"), t("segmentation.perspective"), t("overview.segments"),
					t("segmentation.targetBehaviour")), rows,
					Set.of(2)));
		}
		leftOut("limits.segmentations", project.getSegmentations().size() - ReportLimits.detailedSegmentations(project).size(),
				ReportLimits.SEGMENTATIONS);
		Segmentation primary = project.getPrimarySegmentation();
		if (primary != null) {
			input.charts().segmentSizes(primary).ifPresent(document::chart);
			input.charts().sizeByPotential(primary).ifPresent(document::chart);
		}
		figures(Place.SEGMENTATIONS);
	}

	/** How many sub-segments lie below {@code segment}, at any depth. */
	private static int descendants(Segment segment) {
		int count = 0;
		for (Segment sub : segment.getSubSegments()) {
			count += 1 + descendants(sub);
		}
		return count;
	}

	/** The primary segmentation's segments on one page. */
	private void segmentOverview() {
		Segmentation primary = project.getPrimarySegmentation();
		if (primary == null || primary.getSegments().isEmpty()) {
			return;
		}
		SegmentCards cards = SegmentCards.of(primary, language);
		document.section(1, "segment-overview", cards.title());
		document.segmentCards(cards);
	}

	/** Whether {@code place} has figures, or figures it leaves out. */
	private boolean hasFigures(Place place) {
		return !input.figures(place).isEmpty() || !input.figuresLeftOut(place).isEmpty();
	}

	private void figures(Place place) {
		for (ReportFigure figure : input.figures(place)) {
			document.figure(figure.figure(), input.caption(figure));
		}
		for (ReportFigure.LeftOut figure : input.figuresLeftOut(place)) {
			document.notice(t("limits.diagram", figure.name(), count(figure.elements()), count(ReportLimits.DIAGRAM_NODES)));
		}
	}

	private void segmentation(Segmentation segmentation) {
		document.section(1, anchor(segmentation.getId()), t("segmentation.title", label(segmentation)));
		paragraph(segmentation.getDescription());
		document.facts(nonEmpty(new Fact(t("segmentation.perspective"), language.words(segmentation.getPerspective())),
				new Fact(t("segmentation.primary"), segmentation.isPrimary() ? t("yes") : t("no")),
				new Fact(t("segmentation.targetBehaviour"), text(segmentation.getTargetBehaviourDescription())),
				new Fact(t("segmentation.basis"), labels(segmentation.getBasisVariables())),
				new Fact(t("segmentation.data"), segmentation.getDataSource() == null ? "" : label(segmentation.getDataSource())),
				new Fact(t("segmentation.method"), text(segmentation.getMethod())),
				new Fact(t("segmentation.workable"),
						t("segmentation.workableValue", count(segmentation.getMinSegmentCount()),
								count(segmentation.getMaxSegmentCount()), percent(segmentation.getMinSizeShare())))));
		List<List<String>> rows = new ArrayList<>();
		segmentRows(segmentation.getSegments(), "", rows);
		table(new Table(List.of(t("segment.segment"), t("segment.share"), t("segment.size"),
				t("segment.potentialScale")), rows, Set.of(1, 2, 3)));
		ShareBase.of(segmentation, language).ifPresent(document::paragraph);
		if (project.getPrimarySegmentation() == segmentation) {
			document.paragraph(t("segmentation.inOverview"));
		} else {
			input.charts().segmentSizes(segmentation).ifPresent(document::chart);
			input.charts().sizeByPotential(segmentation).ifPresent(document::chart);
		}
		input.charts().profileIndex(segmentation).ifPresent(document::chart);
		List<Segment> segments = segmentation.getSegments();
		segmentsLeftOut = 0;
		inPrimary = segmentation == project.getPrimarySegmentation();
		for (int i = 0; i < segments.size(); i++) {
			segment(segments.get(i), 2, ChartPalette.of(segments.get(i), i));
		}
		if (inPrimary) {
			reservedForPrimary = 0;
			inPrimary = false;
		}
		leftOut("limits.segments", segmentsLeftOut, ReportLimits.SEGMENTS);
	}

	private void segmentRows(List<Segment> segments, String indent, List<List<String>> rows) {
		for (Segment segment : segments) {
			rows.add(List.of(indent + label(segment), percent(segment.getAudienceShare()), count(segment.getSize()),
					number(segment.getPotential(), 1)));
			segmentRows(segment.getSubSegments(), indent + Table.INDENT, rows);
		}
	}

	private void segment(Segment segment, int level, Color colour) {
		// the primary segmentation's segments are detailed first, wherever its chapter comes
		if (segmentsDetailed >= ReportLimits.SEGMENTS - (inPrimary ? 0 : reservedForPrimary)) {
			segmentsLeftOut += 1 + descendants(segment);
			return;
		}
		segmentsDetailed++;
		document.section(level, anchor(segment.getId()), label(segment));
		statement(segment.getStatement());
		paragraph(segment.getDescription());
		document.facts(nonEmpty(new Fact(t("segment.share"), percent(segment.getAudienceShare())),
				new Fact(t("segment.size"), t("segment.people", count(segment.getSize()))),
				new Fact(t("segment.potential"), t("segment.potentialOf10", number(segment.getPotential(), 1))),
				new Fact(t("segment.values"), labels(segment.getValues())),
				new Fact(t("overview.jobs"), labels(segment.getJobs()))));
		List<String> rules = segment.getRules().stream().map(this::rule).toList();
		list(t("segment.rules"), rules);
		profile(segment);
		needs(segment);
		for (Persona persona : segment.getPersonas()) {
			persona(persona, colour);
		}
		List<Segment> subSegments = segment.getSubSegments();
		for (int i = 0; i < subSegments.size(); i++) {
			segment(subSegments.get(i), Math.min(3, level + 1), ChartPalette.of(subSegments.get(i), i));
		}
	}

	private String rule(MembershipRule rule) {
		String operator = switch (rule.getOperator()) {
			case EQUALS -> "=";
			case NOT_EQUALS -> "≠";
			case LESS_THAN -> "<";
			case AT_MOST -> "≤";
			case GREATER_THAN -> ">";
			case AT_LEAST -> "≥";
			case IN -> t("rule.in");
		};
		return label(rule.getVariable()) + " " + operator + " " + text(rule.getValue());
	}

	private void profile(Segment segment) {
		if (segment.getProfile().isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ProfileEntry entry : segment.getProfile()) {
			rows.add(List.of(ReportText.profileLine(entry), profileValue(entry, entry.getSegmentValue()),
					profileValue(entry, entry.getTotalValue()), number(entry.index(), 0)));
		}
		document.paragraph(t("profile.intro"));
		table(new Table(List.of(t("profile.variable"), t("segment.segment"), t("profile.total"), t("profile.index")), rows, Set.of(1, 2, 3)));
		ShareBase.ofProfile(segment, language).ifPresent(document::paragraph);
	}

	private void needs(Segment segment) {
		if (segment.getJobs().isEmpty()) {
			return;
		}
		document.paragraph(t("jobs.andNeeds"));
		table(jobTable(segment.getJobs()));
	}

	private Table jobTable(List<Job> jobs) {
		List<List<String>> rows = new ArrayList<>();
		for (Job job : jobs) {
			rows.add(List.of(label(job), number(job.getImportance(), 1), number(job.getSatisfaction(), 1),
					number(job.getOpportunityScore(), 1)));
			for (Need need : job.getNeeds()) {
				rows.add(List.of(Table.INDENT + label(need), number(need.getImportance(), 1),
						number(need.getSatisfaction(), 1), number(need.getOpportunityScore(), 1)));
			}
		}
		return new Table(List.of(t("jobs.jobNeed"), t("jobs.importance"), t("jobs.satisfaction"),
				t("jobs.opportunity")), rows, Set.of(1, 2, 3));
	}

	private void persona(Persona persona, Color accent) {
		if (shown.contains(persona)) {
			document.paragraph(t("persona.above", label(persona)));
			return;
		}
		if (shown.size() >= ReportLimits.PERSONAS) {
			return; // counted with the personas left out, at the end of the personas chapter
		}
		shown.add(persona);
		List<String> who = new ArrayList<>();
		if (persona.getAge() > 0) {
			who.add(t("persona.age", count(persona.getAge())));
		}
		who.add(text(persona.getOccupation()));
		who.add(text(persona.getHome()));
		document.beginCard(anchor(persona.getId()), label(persona),
				String.join(", ", who.stream().filter(s -> !s.isEmpty()).toList()), accent);
		if (persona.getQuote() != null && !persona.getQuote().isBlank()) {
			document.quote(persona.getQuote().strip());
		}
		paragraph(persona.getNarrative());
		document.facts(nonEmpty(new Fact(t("persona.family"), text(persona.getFamily())),
				new Fact(t("persona.education"), text(persona.getEducation())),
				new Fact(t("persona.channels"), labels(persona.getChannels())),
				new Fact(t("overview.communities"), labels(persona.getValueCommunities()))));
		list(t("persona.goals"), persona.getGoals());
		list(t("persona.challenges"), persona.getChallenges());
		list(t("persona.motivations"), persona.getMotivations());
		list(t("persona.barriers"), persona.getBarriers());
		list(t("persona.habits"), persona.getHabits());
		list(t("persona.inspirations"), persona.getInspirations());
		list(t("persona.products"), persona.getProductsUsed());
		list(t("persona.journey"), journeyQuestions(persona));
		document.endCard();
	}

	static List<String> journeyQuestions(Persona persona) {
		List<JourneyQuestion> questions = new ArrayList<>(persona.getJourneyQuestions());
		List<?> stages = ((Project) persona.eContainer()).getJourneyStages();
		// in journey order; questions of unknown stages last, in their own order
		questions.sort(Comparator.comparingInt(q -> q.getStage() == null || !stages.contains(q.getStage())
				? Integer.MAX_VALUE
				: stages.indexOf(q.getStage())));
		return questions.stream()
				.map(q -> (q.getStage() == null ? "" : label(q.getStage()) + ": ") + text(q.getQuestion())).toList();
	}

	private void remainingPersonas() {
		if (hasFigures(Place.PERSONAS)) {
			document.section(1, "persona-board", t("personas.board"));
			figures(Place.PERSONAS);
		}
		List<Persona> remaining = project.getPersonas().stream().filter(p -> !shown.contains(p)).toList();
		if (remaining.isEmpty()) {
			return;
		}
		document.section(1, "personas", t("personas.further"));
		for (int i = 0; i < remaining.size(); i++) {
			persona(remaining.get(i), ChartPalette.series(i));
		}
		leftOut("limits.personas", project.getPersonas().size() - shown.size(), ReportLimits.PERSONAS);
	}

	private void valueCommunities() {
		if (project.getValueCommunities().isEmpty()) {
			return;
		}
		document.section(1, "communities", t("overview.communities"));
		input.charts().communityOverlap().ifPresent(document::chart);
		figures(Place.VALUE_COMMUNITIES);
		communitiesLeftOut = 0;
		for (ValueCommunity community : project.getValueCommunities()) {
			community(community, 2);
		}
		leftOut("limits.communities", communitiesLeftOut, ReportLimits.VALUE_COMMUNITIES);
	}

	private void community(ValueCommunity community, int level) {
		if (communitiesDetailed >= ReportLimits.VALUE_COMMUNITIES) {
			communitiesLeftOut++; // its sub-communities are counted where the model holds them
			return;
		}
		communitiesDetailed++;
		document.section(level, anchor(community.getId()), label(community));
		statement(community.getStatement());
		paragraph(community.getDescription());
		document.facts(nonEmpty(new Fact(t("community.members"), count(community.getMemberCount())),
				new Fact(t("segment.share"), percent(community.getShare())),
				new Fact(t("segment.values"), labels(community.getValues())),
				new Fact(t("overview.segments"), labels(community.getSegments())),
				new Fact(t("overview.personas"), labels(community.getPersonas()))));
		ShareBase.of(community, language).ifPresent(document::paragraph);
		list(t("community.support"), community.getSupport());
		List<List<String>> overlaps = new ArrayList<>();
		for (CommunityOverlap overlap : community.getOverlaps()) {
			overlaps.add(List.of(label(overlap.getOther()), count(overlap.getSharedMembers()),
					number(overlap.getJaccard(), 2)));
		}
		if (!overlaps.isEmpty()) {
			table(new Table(List.of(t("community.overlapsWith"), t("community.shared"), t("community.jaccard")), overlaps, Set.of(1, 2)));
		}
		for (ValueCommunity sub : community.getSubCommunities()) {
			community(sub, Math.min(3, level + 1));
		}
	}

	/** A job's opportunity score for ranking: jobs without one (NaN) come last. */
	private static double rankingScore(Job job) {
		double score = job.getOpportunityScore();
		return Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score;
	}

	private void jobs() {
		if (project.getJobs().isEmpty()) {
			return;
		}
		document.section(1, "jobs", t("overview.jobs"));
		document.paragraph(t("jobs.intro"));
		input.charts().opportunities().ifPresent(document::chart);
		table(jobTable(project.getJobs().stream()
				.sorted(Comparator.comparingDouble(ReportComposer::rankingScore).reversed()).toList()));
		List<Job> jobs = project.getJobs();
		for (Job job : jobs.subList(0, Math.min(jobs.size(), ReportLimits.JOBS))) {
			document.section(2, anchor(job.getId()), label(job));
			statement(job.getStatement());
			paragraph(job.getDescription());
			list(t("persona.motivations"), job.getMotivations());
			list(t("persona.barriers"), job.getBarriers());
		}
		leftOut("limits.jobs", jobs.size() - ReportLimits.JOBS, ReportLimits.JOBS);
	}

	private void buyingCentres() {
		if (!project.getBuyingCenters().isEmpty() && hasFigures(Place.BUYING_CENTRES)) {
			document.section(1, "buying-centres", t("centres.board"));
			figures(Place.BUYING_CENTRES);
		}
		List<BuyingCenter> centres = project.getBuyingCenters();
		for (BuyingCenter centre : centres.subList(0, Math.min(centres.size(), ReportLimits.BUYING_CENTRES))) {
			document.section(1, anchor(centre.getId()), t("centre.title", label(centre)));
			paragraph(centre.getDescription());
			document.facts(nonEmpty(new Fact(t("centre.purchase"), text(centre.getPurchase()))));
			input.charts().influence(centre).ifPresent(document::chart);
			List<List<String>> rows = new ArrayList<>();
			for (BuyingRole role : centre.getRoles()) {
				rows.add(List.of(label(role), text(role.getTitle()), language.words(role.getKind()),
						percent(role.getInfluenceWeight()), language.words(role.getMotivationLevel()),
						language.words(role.getEvaluationPerspective()), labels(role.getInfluences())));
			}
			table(new Table(List.of(t("centre.participant"), t("centre.jobTitle"), t("centre.role"),
					t("centre.weight"), t("centre.motivation"), t("centre.evaluates"), t("centre.influences")), rows, Set.of(3)));
			for (BuyingRole role : centre.getRoles().subList(0, Math.min(centre.getRoles().size(), ReportLimits.TABLE_ROWS))) {
				list(t("centre.wants", label(role)), role.getMotives());
			}
		}
		leftOut("limits.centres", centres.size() - ReportLimits.BUYING_CENTRES, ReportLimits.BUYING_CENTRES);
	}

	private void insights() {
		if (project.getInsights().isEmpty()) {
			return;
		}
		document.section(1, "insights", t("insights.title"));
		List<Insight> insights = new ArrayList<>(project.getInsights());
		insights.sort(Comparator.comparing(Insight::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		List<List<String>> rows = new ArrayList<>();
		for (Insight insight : insights) {
			rows.add(List.of(language.date(insight.getDate()),
					label(insight) + ". " + text(insight.getText()),
					insight.getSource() == null ? "" : label(insight.getSource()), labels(insight.getConcerns())));
		}
		table(new Table(List.of(t("insights.date"), t("insights.insight"), t("insights.source"), t("insights.concerns")), rows, Set.of()));
	}

	private void findings() {
		document.section(1, "findings", t("findings.title"));
		ReportFindings findings = input.findings();
		if (!findings.ran()) {
			document.notice(t("findings.none"));
			return;
		}
		if (findings.findings().isEmpty()) {
			document.notice(t("findings.nothing", String.join(", ", findings.sources())));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReportFinding finding : findings.findings()) {
			rows.add(List.of(t("severity." + finding.severity().name().toLowerCase(Locale.ROOT)), finding.element(), finding.message()));
		}
		document.paragraph(t("findings.from", String.join(", ", findings.sources())));
		table(new Table(List.of(t("findings.severity"), t("findings.element"), t("findings.finding")), rows, Set.of()),
				"limits.findings");
	}

	private void summary() {
		document.section(1, "summary", t("summary.title"));
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<EClass, Integer> count : ModelSummary.of(project).counts().entrySet()) {
			if (count.getValue() > 0) {
				rows.add(List.of(t("element." + count.getKey().getName()), count(count.getValue())));
			}
		}
		table(new Table(List.of(t("findings.element"), t("summary.count")), rows, Set.of(1)));
		List<List<String>> sources = new ArrayList<>();
		for (DataSource source : project.getDataSources()) {
			sources.add(List.of(label(source), language.words(source.getKind()),
					language.date(source.getCollected()),
					source.getRespondents() > 0 ? count(source.getRespondents()) : ""));
		}
		if (!sources.isEmpty()) {
			table(new Table(List.of(t("summary.dataSource"), t("summary.kind"), t("summary.collected"),
					t("summary.records")), sources, Set.of(3)));
		}
	}

	private String t(String key, Object... arguments) {
		return language.text(key, arguments);
	}

	private String count(long count) {
		return language.count(count);
	}

	private String percent(double share) {
		return language.percent(share);
	}

	private String number(double value, int decimals) {
		return language.number(value, decimals);
	}

	/** A profile line's segment or total value: a share as a percentage, a mean as a number. */
	private String profileValue(ProfileEntry entry, double value) {
		return ReportText.isShare(entry) ? percent(value) : number(value, 2);
	}

	/** {@code table}, with at most {@link ReportLimits#TABLE_ROWS} rows and a notice of those left out. */
	private void table(Table table) {
		table(table, "limits.rows");
	}

	private void table(Table table, String leftOutKey) {
		List<List<String>> rows = table.rows();
		if (rows.size() <= ReportLimits.TABLE_ROWS) {
			document.table(table);
			return;
		}
		document.table(new Table(table.header(), rows.subList(0, ReportLimits.TABLE_ROWS), table.numeric()));
		leftOut(leftOutKey, rows.size() - ReportLimits.TABLE_ROWS, ReportLimits.TABLE_ROWS);
	}

	/** A notice that {@code leftOut} items are not in the report for {@code limit}, when there are any. */
	private void leftOut(String key, int leftOut, int limit) {
		if (leftOut > 0) {
			document.notice(t(key, count(leftOut), count(limit)));
		}
	}

	private void paragraph(String text) {
		if (text != null && !text.isBlank()) {
			document.paragraph(text.strip());
		}
	}

	private void statement(String text) {
		if (text != null && !text.isBlank()) {
			document.statement(text.strip());
		}
	}

	private void list(String caption, List<String> items) {
		List<String> present = items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
		if (!present.isEmpty()) {
			document.list(caption, present);
		}
	}

	private static List<Fact> nonEmpty(Fact... facts) {
		return Arrays.stream(facts).filter(f -> !f.value().isBlank()).toList();
	}

	/** An HTML-safe anchor for an element id (ids are free text in the model). */
	static String anchor(String id) {
		return id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "_");
	}
}
