/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.segmenta.analysis.internal.AnalysisTexts;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * Puts memberships into a model: each community's member count and share (weighted, with its base,
 * when the data are), and its overlaps with the other communities computed (shared members and
 * Jaccard). Overlaps with communities not computed
 * here are left as they are. The communities are named by their ids in the model.
 */
public final class MembershipWriter {

	private MembershipWriter() {
	}

	/**
	 * Writes {@code memberships} of the people of {@code data} into {@code project} and saves it
	 * atomically to {@code modelFile}. Weighted memberships give weighted shares, and each community
	 * records their base: {@code data}'s weight column, the weighted total and the unweighted n.
	 *
	 * @throws DataException when a community is not the id of a value community of the project
	 */
	public static void write(Project project, CommunityMemberships memberships, Dataset data, Path modelFile)
			throws IOException, DataException {
		int rows = data.rowCount();
		String weight = memberships.weighted() ? data.weightColumn().orElseThrow() : null;
		double weightedTotal = memberships.weighted() ? round(memberships.weightedTotal(), 6) : 0;
		List<ValueCommunity> communities = new ArrayList<>();
		for (CommunityMemberships.Community community : memberships.communities()) {
			communities.add(find(project, community.name(), modelFile));
		}
		for (int a = 0; a < communities.size(); a++) {
			ValueCommunity community = communities.get(a);
			community.setMemberCount(memberships.count(a));
			community.setShare(round(weight == null ? (double) memberships.count(a) / rows : memberships.share(a)));
			// unset when unweighted, so the model is written as before communities recorded a base
			community.setWeightedBy(weight);
			community.setWeightedTotal(weightedTotal);
			community.setUnweightedBase(weight == null ? 0 : rows);
			for (int b = 0; b < communities.size(); b++) {
				if (a != b) {
					CommunityOverlap overlap = overlap(community, communities.get(b));
					overlap.setSharedMembers(memberships.shared(a, b));
					overlap.setJaccard(round(memberships.jaccard(a, b)));
				}
			}
		}
		SegmentationFiles.save(project, modelFile);
	}

	private static ValueCommunity find(Project project, String id, Path modelFile) throws DataException {
		for (TreeIterator<EObject> contents = project.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof ValueCommunity community && id.equals(community.getId())) {
				return community;
			}
		}
		throw new DataException(modelFile.getFileName().toString(), AnalysisTexts.wording("model.noCommunity", id));
	}

	private static CommunityOverlap overlap(ValueCommunity community, ValueCommunity other) {
		for (CommunityOverlap overlap : community.getOverlaps()) {
			if (overlap.getOther() == other) {
				return overlap;
			}
		}
		CommunityOverlap overlap = SegmentaFactory.eINSTANCE.createCommunityOverlap();
		overlap.setOther(other);
		community.getOverlaps().add(overlap);
		return overlap;
	}

	private static double round(double value) {
		return round(value, 4);
	}

	private static double round(double value, int decimals) {
		return Double.parseDouble(String.format(Locale.ROOT, "%." + decimals + "f", value));
	}
}
