/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.analysis.internal.AnalysisTexts;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;

/**
 * Runs a method for each k of a range and suggests one. A k is admissible when its smallest segment
 * holds at least the minimum share (the segmentation's operational bound). Among admissible k the
 * lowest BIC wins when the method reports one (latent classes), otherwise the highest silhouette.
 * The elbow of the inertia curve is reported beside it. With case weights, the shares are weighted
 * (and so is the silhouette, see {@link Silhouette}).
 */
public final class SegmentCountSuggestion {

	/**
	 * One k of the table.
	 *
	 * @param smallestShare the (weighted) share of the assigned people in the smallest segment
	 */
	public record Row(int k, ClusterResult result, boolean admissible, double smallestShare) {

		/** A row of unweighted data. */
		public Row(int k, ClusterResult result, boolean admissible) {
			this(k, result, admissible, result.smallestShare());
		}
	}

	/**
	 * @param rows      one per k, in order
	 * @param suggested the suggested k, or 0 when no k is admissible
	 * @param criterion how the suggestion was chosen
	 * @param elbow     the k at the elbow of the inertia curve, or 0 without inertia
	 */
	public record Table(List<Row> rows, int suggested, String criterion, int elbow) {

		public ClusterResult result(int k) {
			return rows.stream().filter(row -> row.k() == k).findFirst().map(Row::result).orElseThrow();
		}
	}

	private SegmentCountSuggestion() {
	}

	public static Table suggest(SegmentationMethod method, Dataset data, List<String> columns, int minK, int maxK,
			double minShare, ClusterSettings settings, IProgressMonitor monitor) throws DataException {
		if (minK < 1 || maxK < minK) {
			throw new DataException(data.source(), AnalysisTexts.wording("segments.emptyRange", minK, maxK));
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Comparing " + minK + " to " + maxK + " segments",
				maxK - minK + 1);
		List<Row> rows = new ArrayList<>();
		double[] weights = data.caseWeights().orElse(null);
		for (int k = minK; k <= maxK; k++) {
			progress.subTask("k = " + k);
			ClusterResult result = method.cluster(data, columns, k, settings, progress.split(1));
			double share = weights == null ? result.smallestShare() : weightedSmallestShare(result, weights);
			rows.add(new Row(k, result, share >= minShare, share));
		}
		boolean byBic = rows.get(0).result().fit().containsKey("bic");
		Row best = null;
		for (Row row : rows) {
			if (row.admissible() && (best == null || better(row.result(), best.result(), byBic))) {
				best = row;
			}
		}
		String criterion = (byBic ? "lowest BIC" : "highest silhouette") + " among k with every segment at least "
				+ Math.round(minShare * 1000) / 10.0 + "% of the rows";
		return new Table(rows, best == null ? 0 : best.k(), criterion, elbow(rows));
	}

	private static double weightedSmallestShare(ClusterResult result, double[] weights) {
		double[] sizes = result.weightedSizes(weights);
		double assigned = Arrays.stream(sizes).sum();
		return assigned == 0 ? 0 : Arrays.stream(sizes).min().orElse(0) / assigned;
	}

	private static boolean better(ClusterResult candidate, ClusterResult best, boolean byBic) {
		if (byBic) {
			return candidate.fit().get("bic") < best.fit().get("bic");
		}
		return silhouette(candidate) > silhouette(best);
	}

	private static double silhouette(ClusterResult result) {
		return result.silhouette() == null ? Double.NEGATIVE_INFINITY : result.silhouette().value();
	}

	/**
	 * The k whose inertia lies farthest below the straight line from the first to the last k of the
	 * range (the "kneedle" reading of the elbow); 0 without inertia or with fewer than three k.
	 */
	static int elbow(List<Row> rows) {
		if (rows.size() < 3 || !rows.get(0).result().fit().containsKey("inertia")) {
			return 0;
		}
		Row first = rows.get(0);
		Row last = rows.get(rows.size() - 1);
		double firstInertia = first.result().fit().get("inertia");
		double slope = (last.result().fit().get("inertia") - firstInertia) / (last.k() - first.k());
		int elbow = 0;
		double deepest = 0;
		for (Row row : rows) {
			double below = firstInertia + slope * (row.k() - first.k()) - row.result().fit().get("inertia");
			if (below > deepest) {
				deepest = below;
				elbow = row.k();
			}
		}
		return elbow;
	}
}
