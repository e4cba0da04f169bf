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
 * its threshold; unanswered items are left out of the mean, and a person who answered none of them
 * does not belong. The overlap matrix counts the people two communities share and their Jaccard
 * index (shared / in either).
 */
public final class CommunityMemberships {

	/** A community defined by value items and a threshold on their mean, such as 4 on a 1-5 scale. */
	public record Community(String name, List<String> items, double threshold) {
	}

	private final List<Community> communities;
	private final boolean[][] members;

	private CommunityMemberships(List<Community> communities, boolean[][] members) {
		this.communities = List.copyOf(communities);
		this.members = members;
	}

	public static CommunityMemberships of(Dataset data, List<Community> communities) throws DataException {
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
				members[c][row] = answered > 0 && sum / answered >= communities.get(c).threshold();
			}
		}
		return new CommunityMemberships(communities, members);
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

	/** Shared / in either; 0 when both are empty. */
	public double jaccard(int first, int second) {
		int shared = shared(first, second);
		int either = count(first) + count(second) - shared;
		return either == 0 ? 0 : (double) shared / either;
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
