/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.ArrayList;
import java.util.List;

import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Value-community memberships: unlike segments, a person may belong to several communities or to
 * none. A person belongs to a community when the mean of their answers to its value items reaches
 * its threshold; unanswered items are left out of the mean, and a person who answered fewer than a
 * minimum share of them ({@value #DEFAULT_MIN_ANSWERED} unless given) does not belong, so that one
 * answer of ten cannot make a member. The overlap matrix counts the people two communities share and
 * their Jaccard index (shared / in either). With case weights, {@link #weightedCount(int)} and
 * {@link #weightedShared(int, int)} sum the weights of the members, and shares and the weighted
 * Jaccard index use them.
 */
public final class CommunityMemberships {

	/** A community defined by value items and a threshold on their mean, such as 4 on a 1-5 scale. */
	public record Community(String name, List<String> items, double threshold) {
	}

	/** The share of a community's items a member must have answered unless another is given. */
	public static final double DEFAULT_MIN_ANSWERED = 0.5;

	private final List<Community> communities;
	private final boolean[][] members;
	private final double[] weights;

	private CommunityMemberships(List<Community> communities, boolean[][] members, double[] weights) {
		this.communities = List.copyOf(communities);
		this.members = members;
		this.weights = weights;
	}

	/** The memberships with the {@linkplain #DEFAULT_MIN_ANSWERED default} minimum share of answered items. */
	public static CommunityMemberships of(Dataset data, List<Community> communities) throws DataException {
		return of(data, communities, DEFAULT_MIN_ANSWERED);
	}

	/**
	 * The memberships of the people of {@code data}, weighted by its case weights if it has any.
	 *
	 * @param minAnswered the share (0 to 1) of a community's items a person must have answered to belong
	 */
	public static CommunityMemberships of(Dataset data, List<Community> communities, double minAnswered)
			throws DataException {
		boolean[][] members = new boolean[communities.size()][data.rowCount()];
		for (int c = 0; c < communities.size(); c++) {
			List<NumericColumn> items = new ArrayList<>();
			for (String item : communities.get(c).items()) {
				items.add(data.numericColumn(item));
			}
			for (int row = 0; row < data.rowCount(); row++) {
				double sum = 0;
				int answered = 0;
				for (NumericColumn item : items) {
					if (!item.isMissing(row)) {
						sum += item.value(row);
						answered++;
					}
				}
				members[c][row] = answered > 0 && answered >= minAnswered * items.size()
						&& sum / answered >= communities.get(c).threshold();
			}
		}
		return new CommunityMemberships(communities, members, data.caseWeights().orElse(null));
	}

	/** Whether the memberships are weighted. */
	public boolean weighted() {
		return weights != null;
	}

	/** The sum of the weights of the people in both communities; the count when unweighted. */
	public double weightedShared(int first, int second) {
		if (weights == null) {
			return shared(first, second);
		}
		double shared = 0;
		for (int row = 0; row < members[first].length; row++) {
			if (members[first][row] && members[second][row]) {
				shared += weights[row];
			}
		}
		return shared;
	}

	/** The sum of the weights of the people in {@code community}; the count when unweighted. */
	public double weightedCount(int community) {
		return weightedShared(community, community);
	}

	/** The sum of all weights; the number of people when unweighted. */
	public double weightedTotal() {
		if (weights == null) {
			return members[0].length;
		}
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		return total;
	}

	/** The (weighted) share of the people in {@code community}. */
	public double share(int community) {
		return weightedCount(community) / weightedTotal();
	}

	public List<Community> communities() {
		return communities;
	}

	public boolean isMember(int community, int row) {
		return members[community][row];
	}

	/** The number of people in {@code community}. */
	public int count(int community) {
		return shared(community, community);
	}

	/** The number of people in both communities. */
	public int shared(int first, int second) {
		int shared = 0;
		for (int row = 0; row < members[first].length; row++) {
			if (members[first][row] && members[second][row]) {
				shared++;
			}
		}
		return shared;
	}

	/** Shared / in either, weighted when the memberships are; 0 when both are empty. */
	public double jaccard(int first, int second) {
		double shared = weightedShared(first, second);
		double either = weightedCount(first) + weightedCount(second) - shared;
		return either == 0 ? 0 : shared / either;
	}

	/** The number of people in no community. */
	public int inNone() {
		int none = 0;
		for (int row = 0; row < members[0].length; row++) {
			boolean any = false;
			for (boolean[] community : members) {
				any |= community[row];
			}
			if (!any) {
				none++;
			}
		}
		return none;
	}
}
