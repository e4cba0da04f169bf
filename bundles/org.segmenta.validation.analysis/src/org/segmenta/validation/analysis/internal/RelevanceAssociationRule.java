/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.model.Level;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Variable;
import org.segmenta.model.VariableKind;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.Severity;

/**
 * Relevant: the segments are associated with the target behaviour. From the model alone, the
 * segments &times; behaviour-level table is rebuilt from each top-level segment's size and its
 * profile shares of the target variable, and its Cramér's V (computed by the analysis engine's
 * {@link Profiler#chiSquare}) must reach the threshold. The rule
 * stays silent where that table cannot be built: a numeric target (eta&sup2; needs the
 * respondent-level data), segments without sizes or without profile values for the target.
 * Contributed by this bridge bundle, so that {@code org.segmenta.validation} does not depend on the
 * analysis engine.
 */
public class RelevanceAssociationRule extends ElementRule<Segmentation> {

	static final String MIN_CRAMERS_V = "minCramersV";

	public RelevanceAssociationRule() {
		super("segmenta.relevant.association", Severity.WARNING, SegmentaPackage.Literals.SEGMENTATION,
				Segmentation.class,
				"The segments are associated with the target behaviour: Cramér's V of segment by behaviour reaches"
						+ " the threshold.",
				new RuleParameter(MIN_CRAMERS_V, 0.1, 0, 1,
						"The smallest Cramér's V between segment membership and the target behaviour."));
	}

	@Override
	protected void checkElement(Segmentation segmentation, RuleContext context) {
		Variable target = segmentation.getTargetBehaviour();
		if (target == null || target.getKind() == VariableKind.NUMERIC || segmentation.getSegments().size() < 2) {
			return;
		}
		List<String> levels = levelsOf(target, segmentation.getSegments());
		long[][] counts = contingencyTable(segmentation.getSegments(), target, levels);
		if (counts == null) {
			return;
		}
		CategoricalProfile association = Profiler.chiSquare(target.getName(), levels, counts);
		double min = context.parameter(MIN_CRAMERS_V);
		if (association.cramersV() < min) {
			RuleMessages messages = messages(context);
			context.report(segmentation, messages.text("association.weak", quoted(segmentation, messages),
					quoted(target, messages), messages.decimal(association.cramersV(), 3), messages.decimal(min, 3),
					messages.decimal(association.chi2(), 1), String.valueOf(association.df()),
					pValue(association.pValue(), messages), String.valueOf(association.total())), target);
		}
	}

	private static String pValue(double p, RuleMessages messages) {
		return p < 0.001 ? "< " + messages.decimal(0.001, 3) : messages.decimal(p, 3);
	}

	/**
	 * Counts per segment (rows) and target level (columns), or {@code null} when a segment lacks a
	 * size or shares for more than one level. One missing level per segment is its remainder, which
	 * is how a binary target is usually profiled: by the share of "yes".
	 */
	static long[][] contingencyTable(List<Segment> segments, Variable target, List<String> levels) {
		if (levels.size() < 2) {
			return null;
		}
		long[][] counts = new long[segments.size()][levels.size()];
		for (int row = 0; row < segments.size(); row++) {
			Segment segment = segments.get(row);
			if (segment.getSize() <= 0) {
				return null;
			}
			double[] shares = new double[levels.size()];
			int missing = -1;
			double known = 0;
			for (int column = 0; column < levels.size(); column++) {
				ProfileEntry entry = entryFor(segment, target, levels.get(column));
				if (entry == null) {
					if (missing >= 0) {
						return null;
					}
					missing = column;
				} else {
					shares[column] = entry.getSegmentValue();
					known += entry.getSegmentValue();
				}
			}
			if (missing >= 0) {
				shares[missing] = Math.max(0, 1 - known);
			}
			for (int column = 0; column < levels.size(); column++) {
				// the profile shares are rounded, so are the people they stand for
				counts[row][column] = Math.round(segment.getSize() * shares[column]);
			}
		}
		return counts;
	}

	private static List<String> levelsOf(Variable target, List<Segment> segments) {
		Set<String> levels = new LinkedHashSet<>();
		for (Level level : target.getLevels()) {
			levels.add(level.getCode());
		}
		if (levels.isEmpty()) {
			segments.forEach(s -> s.getProfile().stream().filter(e -> e.getVariable() == target)
					.forEach(e -> levels.add(e.getLevel())));
		}
		levels.remove(null);
		return new ArrayList<>(levels);
	}

	private static ProfileEntry entryFor(Segment segment, Variable target, String level) {
		return segment.getProfile().stream()
				.filter(e -> e.getVariable() == target && level.equals(e.getLevel())).findFirst().orElse(null);
	}
}
