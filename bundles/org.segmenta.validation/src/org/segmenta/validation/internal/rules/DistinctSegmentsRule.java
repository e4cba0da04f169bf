/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Variable;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.Severity;

/**
 * Distinct: no two sibling segments are too alike, the mistake practitioners call the biggest.
 * Where both segments have profiles, their distance decides: the root mean square of the
 * differences between their profile values, each relative to the audience's value, over the basis
 * variables (or, when the profiles hold none of those, over every variable both profiles hold).
 * Otherwise their descriptive content is compared: the Jaccard similarity of their values, jobs
 * and the words of their statements.
 */
public class DistinctSegmentsRule extends ElementRule<Segment> {

	static final String MIN_PROFILE_DISTANCE = "minProfileDistance";
	static final String MAX_CONTENT_SIMILARITY = "maxContentSimilarity";

	public DistinctSegmentsRule() {
		super("segmenta.distinct.siblings", Severity.WARNING, SegmentaPackage.Literals.SEGMENT, Segment.class,
				"No two sibling segments are so alike that the communication to each would be the same.",
				new RuleParameter(MIN_PROFILE_DISTANCE, 0.15, 0, 100,
						"The smallest relative profile distance between sibling segments."),
				new RuleParameter(MAX_CONTENT_SIMILARITY, 0.6, 0, 1,
						"The largest Jaccard similarity of sibling segments' values, jobs and statement words."));
	}

	@Override
	protected void checkElement(Segment segment, RuleContext context) {
		if (!(segment.eContainer().eGet(segment.eContainingFeature()) instanceof List<?> siblings)) {
			return;
		}
		// each pair once: compare with the siblings that follow
		for (Object sibling : siblings.subList(siblings.indexOf(segment) + 1, siblings.size())) {
			compare(segment, (Segment) sibling, context);
		}
	}

	private void compare(Segment a, Segment b, RuleContext context) {
		Segmentation segmentation = a.getSegmentation();
		ProfileDistance distance = ProfileDistance.between(a, b,
				segmentation == null ? List.of() : segmentation.getBasisVariables());
		if (distance != null) {
			double min = context.parameter(MIN_PROFILE_DISTANCE);
			if (distance.value() < min) {
				RuleMessages messages = messages(context);
				context.report(a, messages.text(distance.basis() ? "distinct.basisProfiles" : "distinct.profiles",
						quoted(a, messages), quoted(b, messages), messages.decimal(distance.value(), 3),
						String.valueOf(distance.entries()), messages.decimal(min, 3)), b);
			}
			return;
		}
		Set<Object> contentA = content(a, context.statementPhrase());
		Set<Object> contentB = content(b, context.statementPhrase());
		Set<Object> union = new HashSet<>(contentA);
		union.addAll(contentB);
		if (union.isEmpty()) {
			return;
		}
		Set<Object> shared = new HashSet<>(contentA);
		shared.retainAll(contentB);
		double jaccard = (double) shared.size() / union.size();
		double max = context.parameter(MAX_CONTENT_SIMILARITY);
		if (jaccard > max) {
			RuleMessages messages = messages(context);
			context.report(a, messages.text("distinct.content", quoted(a, messages), quoted(b, messages),
					messages.decimal(jaccard, 2), messages.decimal(max, 2)), b);
		}
	}

	/** The segment's values and jobs, and the words of its statement after the common phrase. */
	static Set<Object> content(Segment segment, String phrase) {
		Set<Object> content = new HashSet<>(segment.getValues());
		content.addAll(segment.getJobs());
		Set<String> phraseWords = Set.of(words(phrase));
		for (String word : words(segment.getStatement())) {
			// short words are mostly articles and prepositions, which say nothing about the segment
			if (word.length() > 3 && !phraseWords.contains(word)) {
				content.add(word);
			}
		}
		return content;
	}

	private static String[] words(String text) {
		return text == null || text.isBlank() ? new String[0]
				: text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
	}

	/** A profile value's variable and, for a categorical variable, its level. */
	record ProfileKey(Variable variable, String level) {
	}

	/**
	 * The relative distance between two segments' profiles.
	 *
	 * @param value   the root mean square of (a - b) / audience value
	 * @param entries the number of profile values compared
	 * @param basis   whether only basis variables were compared
	 */
	record ProfileDistance(double value, int entries, boolean basis) {

		/** The distance, or {@code null} when the two profiles share no comparable value. */
		static ProfileDistance between(Segment a, Segment b, List<Variable> basisVariables) {
			Map<ProfileKey, ProfileEntry> profileA = byKey(a);
			Map<ProfileKey, ProfileEntry> profileB = byKey(b);
			ProfileDistance onBasis = distance(profileA, profileB, Set.copyOf(basisVariables), true);
			return onBasis != null ? onBasis : distance(profileA, profileB, null, false);
		}

		private static ProfileDistance distance(Map<ProfileKey, ProfileEntry> a, Map<ProfileKey, ProfileEntry> b,
				Set<Variable> only, boolean basis) {
			double sum = 0;
			int count = 0;
			for (Map.Entry<ProfileKey, ProfileEntry> entry : a.entrySet()) {
				ProfileEntry other = b.get(entry.getKey());
				ProfileEntry mine = entry.getValue();
				if (other == null || mine.getTotalValue() == 0
						|| only != null && !only.contains(mine.getVariable())) {
					continue;
				}
				double difference = (mine.getSegmentValue() - other.getSegmentValue()) / mine.getTotalValue();
				sum += difference * difference;
				count++;
			}
			return count == 0 ? null : new ProfileDistance(Math.sqrt(sum / count), count, basis);
		}

		private static Map<ProfileKey, ProfileEntry> byKey(Segment segment) {
			Map<ProfileKey, ProfileEntry> entries = new LinkedHashMap<>();
			for (ProfileEntry entry : segment.getProfile()) {
				if (entry.getVariable() != null) {
					entries.put(new ProfileKey(entry.getVariable(), entry.getLevel()), entry);
				}
			}
			return entries;
		}
	}
}
