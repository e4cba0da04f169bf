/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import static org.segmenta.report.ReportText.count;
import static org.segmenta.report.ReportText.label;
import static org.segmenta.report.ReportText.labels;
import static org.segmenta.report.ReportText.number;
import static org.segmenta.report.ReportText.percent;
import static org.segmenta.report.ReportText.text;
import static org.segmenta.report.ReportText.words;

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
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportText;
import org.segmenta.report.internal.ReportDocument.Fact;
import org.segmenta.report.internal.ReportDocument.Table;

/**
 * The content of the long-form report (HTML and PDF), in reading order: overview, each
 * segmentation with its segments (profile, persona, needs), value communities, Jobs-to-be-Done,
 * buying centres, the insight log, validation findings and the model summary.
 */
final class ReportComposer {

	/** The title of the section that the findings sources fill. */
	static final String FINDINGS_TITLE = "Validation findings";

	private final ReportInput input;
	private final Project project;
	private final ReportDocument document;
	/** Personas already shown as a card; later mentions refer to the card. */
	private final Set<Persona> shown = new HashSet<>();

	private ReportComposer(ReportInput input, ReportDocument document) {
		this.input = input;
		this.project = input.project();
		this.document = document;
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
		for (Segmentation segmentation : project.getSegmentations()) {
			sections.add(() -> segmentation(segmentation));
		}
		sections.addAll(List.of(this::remainingPersonas, this::valueCommunities, this::jobs, this::buyingCentres,
				this::insights, this::findings, this::summary));
		ExportSteps.run(sections, monitor);
	}

	private void cover() {
		document.cover(label(project), text(project.getOrganisation()),
				nonEmpty(new Fact("Audience", text(project.getAudience())),
						new Fact("Model", input.modelFile().getFileName().toString())));
	}

	private void overview() {
		document.section(1, "overview", "Overview");
		paragraph(project.getDescription());
		ModelSummary summary = ModelSummary.of(project);
		var model = SegmentaPackage.eINSTANCE;
		document.facts(List.of(new Fact("Segmentations", count(project.getSegmentations().size())),
				new Fact("Segments", count(summary.count(model.getSegment()))),
				new Fact("Personas", count(summary.count(model.getPersona()))),
				new Fact("Value communities", count(summary.count(model.getValueCommunity()))),
				new Fact("Jobs-to-be-Done", count(summary.count(model.getJob()))),
				new Fact("Insights", count(summary.count(model.getInsight())))));
		List<List<String>> rows = new ArrayList<>();
		for (Segmentation segmentation : project.getSegmentations()) {
			rows.add(List.of(label(segmentation) + (segmentation.isPrimary() ? " (primary)" : ""),
					words(segmentation.getPerspective()), count(segmentation.getSegments().size()),
					text(segmentation.getTargetBehaviourDescription())));
		}
		if (!rows.isEmpty()) {
			document.table(new Table(List.of("Segmentation", "Perspective", "Segments", "Target behaviour"), rows,
					Set.of(2)));
		}
		Segmentation primary = project.getPrimarySegmentation();
		if (primary != null) {
			input.charts().segmentSizes(primary).ifPresent(document::chart);
			input.charts().sizeByPotential(primary).ifPresent(document::chart);
		}		figures(Place.SEGMENTATIONS);
	}

	private void figures(Place place) {
		input.figures(place).forEach(document::chart);
	}

	private void segmentation(Segmentation segmentation) {
		document.section(1, anchor(segmentation.getId()), "Segmentation: " + label(segmentation));
		paragraph(segmentation.getDescription());
		document.facts(nonEmpty(new Fact("Perspective", words(segmentation.getPerspective())),
				new Fact("Primary", segmentation.isPrimary() ? "yes" : "no"),
				new Fact("Target behaviour", text(segmentation.getTargetBehaviourDescription())),
				new Fact("Basis variables", labels(segmentation.getBasisVariables())),
				new Fact("Data", segmentation.getDataSource() == null ? "" : label(segmentation.getDataSource())),
				new Fact("Method", text(segmentation.getMethod())),
				new Fact("Workable number of segments",
						segmentation.getMinSegmentCount() + " to " + segmentation.getMaxSegmentCount()
								+ ", each at least " + percent(segmentation.getMinSizeShare()))));
		List<List<String>> rows = new ArrayList<>();
		segmentRows(segmentation.getSegments(), "", rows);
		document.table(new Table(List.of("Segment", "Share", "Size", "Potential (0-10)"), rows, Set.of(1, 2, 3)));
		if (project.getPrimarySegmentation() == segmentation) {
			document.paragraph("The overview shows this segmentation's sizes and potential.");
		} else {
			input.charts().segmentSizes(segmentation).ifPresent(document::chart);
			input.charts().sizeByPotential(segmentation).ifPresent(document::chart);
		}
		input.charts().profileIndex(segmentation).ifPresent(document::chart);
		List<Segment> segments = segmentation.getSegments();
		for (int i = 0; i < segments.size(); i++) {
			segment(segments.get(i), 2, ChartPalette.of(segments.get(i), i));
		}
	}

	private void segmentRows(List<Segment> segments, String indent, List<List<String>> rows) {
		for (Segment segment : segments) {
			rows.add(List.of(indent + label(segment), percent(segment.getAudienceShare()), count(segment.getSize()),
					number(segment.getPotential(), 1)));
			segmentRows(segment.getSubSegments(), indent + Table.INDENT, rows);
		}
	}

	private void segment(Segment segment, int level, Color colour) {
		document.section(level, anchor(segment.getId()), label(segment));
		statement(segment.getStatement());
		paragraph(segment.getDescription());
		document.facts(nonEmpty(new Fact("Share", percent(segment.getAudienceShare())),
				new Fact("Size", count(segment.getSize()) + " people"),
				new Fact("Potential", number(segment.getPotential(), 1) + " of 10"),
				new Fact("Values", labels(segment.getValues())), new Fact("Jobs-to-be-Done", labels(segment.getJobs()))));
		List<String> rules = segment.getRules().stream().map(ReportComposer::rule).toList();
		list("Membership rules (all must hold)", rules);
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

	private static String rule(MembershipRule rule) {
		String operator = switch (rule.getOperator()) {
			case EQUALS -> "=";
			case NOT_EQUALS -> "≠";
			case LESS_THAN -> "<";
			case AT_MOST -> "≤";
			case GREATER_THAN -> ">";
			case AT_LEAST -> "≥";
			case IN -> "is one of";
		};
		return label(rule.getVariable()) + " " + operator + " " + text(rule.getValue());
	}

	private void profile(Segment segment) {
		if (segment.getProfile().isEmpty()) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ProfileEntry entry : segment.getProfile()) {
			rows.add(List.of(ReportText.profileLine(entry), ReportText.profileValue(entry, entry.getSegmentValue()),
					ReportText.profileValue(entry, entry.getTotalValue()), number(entry.index(), 0)));
		}
		document.paragraph("Profile against the total (index 100 = as the total):");
		document.table(new Table(List.of("Variable", "Segment", "Total", "Index"), rows, Set.of(1, 2, 3)));
	}

	private void needs(Segment segment) {
		if (segment.getJobs().isEmpty()) {
			return;
		}
		document.paragraph("Jobs-to-be-Done and needs:");
		document.table(jobTable(segment.getJobs()));
	}

	private static Table jobTable(List<Job> jobs) {
		List<List<String>> rows = new ArrayList<>();
		for (Job job : jobs) {
			rows.add(List.of(label(job), number(job.getImportance(), 1), number(job.getSatisfaction(), 1),
					number(job.getOpportunityScore(), 1)));
			for (Need need : job.getNeeds()) {
				rows.add(List.of(Table.INDENT + label(need), number(need.getImportance(), 1),
						number(need.getSatisfaction(), 1), number(need.getOpportunityScore(), 1)));
			}
		}
		return new Table(List.of("Job / need", "Importance", "Satisfaction", "Opportunity"), rows, Set.of(1, 2, 3));
	}

	private void persona(Persona persona, Color accent) {
		if (!shown.add(persona)) {
			document.paragraph("Persona: " + label(persona) + " (described above).");
			return;
		}
		List<String> who = new ArrayList<>();
		if (persona.getAge() > 0) {
			who.add(persona.getAge() + " years");
		}
		who.add(text(persona.getOccupation()));
		who.add(text(persona.getHome()));
		document.beginCard(anchor(persona.getId()), label(persona),
				String.join(", ", who.stream().filter(s -> !s.isEmpty()).toList()), accent);
		if (persona.getQuote() != null && !persona.getQuote().isBlank()) {
			document.quote(persona.getQuote().strip());
		}
		paragraph(persona.getNarrative());
		document.facts(nonEmpty(new Fact("Family", text(persona.getFamily())),
				new Fact("Education", text(persona.getEducation())),
				new Fact("Channels", labels(persona.getChannels())),
				new Fact("Value communities", labels(persona.getValueCommunities()))));
		list("Goals", persona.getGoals());
		list("Challenges", persona.getChallenges());
		list("Motivations", persona.getMotivations());
		list("Barriers", persona.getBarriers());
		list("Habits", persona.getHabits());
		list("Inspirations", persona.getInspirations());
		list("Other products she uses", persona.getProductsUsed());
		list("Questions along the journey", journeyQuestions(persona));
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
		if (!input.figures(Place.PERSONAS).isEmpty()) {
			document.section(1, "persona-board", "Personas at a glance");
			figures(Place.PERSONAS);
		}
		List<Persona> remaining = project.getPersonas().stream().filter(p -> !shown.contains(p)).toList();
		if (remaining.isEmpty()) {
			return;
		}
		document.section(1, "personas", "Further personas");
		for (int i = 0; i < remaining.size(); i++) {
			persona(remaining.get(i), ChartPalette.series(i));
		}
	}

	private void valueCommunities() {
		if (project.getValueCommunities().isEmpty()) {
			return;
		}
		document.section(1, "communities", "Value communities");
		input.charts().communityOverlap().ifPresent(document::chart);
		figures(Place.VALUE_COMMUNITIES);
		for (ValueCommunity community : project.getValueCommunities()) {
			community(community, 2);
		}
	}

	private void community(ValueCommunity community, int level) {
		document.section(level, anchor(community.getId()), label(community));
		statement(community.getStatement());
		paragraph(community.getDescription());
		document.facts(nonEmpty(new Fact("Members", count(community.getMemberCount())),
				new Fact("Share", percent(community.getShare())), new Fact("Values", labels(community.getValues())),
				new Fact("Segments", labels(community.getSegments())),
				new Fact("Personas", labels(community.getPersonas()))));
		list("How the organisation supports it", community.getSupport());
		List<List<String>> overlaps = new ArrayList<>();
		for (CommunityOverlap overlap : community.getOverlaps()) {
			overlaps.add(List.of(label(overlap.getOther()), count(overlap.getSharedMembers()),
					number(overlap.getJaccard(), 2)));
		}
		if (!overlaps.isEmpty()) {
			document.table(new Table(List.of("Overlaps with", "Shared members", "Jaccard index"), overlaps, Set.of(1, 2)));
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
		document.section(1, "jobs", "Jobs-to-be-Done");
		document.paragraph("Opportunity score = importance + max(importance - satisfaction, 0); above 10 a job is"
				+ " underserved.");
		input.charts().opportunities().ifPresent(document::chart);
		document.table(jobTable(project.getJobs().stream()
				.sorted(Comparator.comparingDouble(ReportComposer::rankingScore).reversed()).toList()));
		for (Job job : project.getJobs()) {
			document.section(2, anchor(job.getId()), label(job));
			statement(job.getStatement());
			paragraph(job.getDescription());
			list("Motivations", job.getMotivations());
			list("Barriers", job.getBarriers());
		}
	}

	private void buyingCentres() {
		if (!project.getBuyingCenters().isEmpty() && !input.figures(Place.BUYING_CENTRES).isEmpty()) {
			document.section(1, "buying-centres", "Buying centres at a glance");
			figures(Place.BUYING_CENTRES);
		}
		for (BuyingCenter centre : project.getBuyingCenters()) {
			document.section(1, anchor(centre.getId()), "Buying centre: " + label(centre));
			paragraph(centre.getDescription());
			document.facts(nonEmpty(new Fact("Purchase", text(centre.getPurchase()))));
			input.charts().influence(centre).ifPresent(document::chart);
			List<List<String>> rows = new ArrayList<>();
			for (BuyingRole role : centre.getRoles()) {
				rows.add(List.of(label(role), text(role.getTitle()), words(role.getKind()),
						percent(role.getInfluenceWeight()), words(role.getMotivationLevel()),
						words(role.getEvaluationPerspective()), labels(role.getInfluences())));
			}
			document.table(new Table(List.of("Participant", "Title", "Role", "Weight", "Motivation", "Evaluates",
					"Influences"), rows, Set.of(3)));
			for (BuyingRole role : centre.getRoles()) {
				list(label(role) + " wants", role.getMotives());
			}
		}
	}

	private void insights() {
		if (project.getInsights().isEmpty()) {
			return;
		}
		document.section(1, "insights", "Insight log");
		List<Insight> insights = new ArrayList<>(project.getInsights());
		insights.sort(Comparator.comparing(Insight::getDate, Comparator.nullsLast(Comparator.naturalOrder())));
		List<List<String>> rows = new ArrayList<>();
		for (Insight insight : insights) {
			rows.add(List.of(insight.getDate() == null ? "" : insight.getDate().toString(),
					label(insight) + ". " + text(insight.getText()),
					insight.getSource() == null ? "" : label(insight.getSource()), labels(insight.getConcerns())));
		}
		document.table(new Table(List.of("Date", "Insight", "Source", "Concerns"), rows, Set.of()));
	}

	private void findings() {
		document.section(1, "findings", FINDINGS_TITLE);
		ReportFindings findings = input.findings();
		if (!findings.ran()) {
			document.notice("No validation ran for this report: no findings source is installed. When one is, its"
					+ " findings appear here.");
			return;
		}
		if (findings.findings().isEmpty()) {
			document.notice(String.join(", ", findings.sources()) + " found nothing to report.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReportFinding finding : findings.findings()) {
			rows.add(List.of(finding.severity().name().toLowerCase(Locale.ROOT), finding.element(), finding.message()));
		}
		document.paragraph("From " + String.join(", ", findings.sources()) + ":");
		document.table(new Table(List.of("Severity", "Element", "Finding"), rows, Set.of()));
	}

	private void summary() {
		document.section(1, "summary", "Model summary");
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<EClass, Integer> count : ModelSummary.of(project).counts().entrySet()) {
			if (count.getValue() > 0) {
				rows.add(List.of(count.getKey().getName(), count(count.getValue())));
			}
		}
		document.table(new Table(List.of("Element", "Count"), rows, Set.of(1)));
		List<List<String>> sources = new ArrayList<>();
		for (DataSource source : project.getDataSources()) {
			sources.add(List.of(label(source), words(source.getKind()),
					source.getCollected() == null ? "" : source.getCollected().toString(),
					source.getRespondents() > 0 ? count(source.getRespondents()) : ""));
		}
		if (!sources.isEmpty()) {
			document.table(new Table(List.of("Data source", "Kind", "Collected", "Records"), sources, Set.of(3)));
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
