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
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * Puts memberships into a model: each community's member count and share, and its overlaps with the
 * other communities computed (shared members and Jaccard). Overlaps with communities not computed
 * here are left as they are. The communities are named by their ids in the model.
 */
public final class MembershipWriter {

	private MembershipWriter() {
	}

	/**
	 * Writes {@code memberships} into {@code project} and saves it atomically to {@code modelFile}.
	 *
	 * @throws DataException when a community is not the id of a value community of the project
	 */
	public static void write(Project project, CommunityMemberships memberships, int rows, Path modelFile)
			throws IOException, DataException {
		List<ValueCommunity> communities = new ArrayList<>();
		for (CommunityMemberships.Community community : memberships.communities()) {
			communities.add(find(project, community.name(), modelFile));
		}
		for (int a = 0; a < communities.size(); a++) {
			ValueCommunity community = communities.get(a);
			community.setMemberCount(memberships.count(a));
			community.setShare(round((double) memberships.count(a) / rows));
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
		return Double.parseDouble(String.format(Locale.ROOT, "%.4f", value));
	}
}
