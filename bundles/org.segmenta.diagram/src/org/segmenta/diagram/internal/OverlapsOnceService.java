/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.DiagramGraphBuilder;
import org.segmenta.diagram.DiagramService;
import org.segmenta.model.CommunityOverlap;
import org.segmenta.model.ValueCommunity;

/**
 * A community's overlaps, each pair once: models record an overlap in both communities, and a
 * diagram shows it as one edge. Of two communities that record each other, the one whose id sorts
 * first keeps it.
 */
public class OverlapsOnceService implements DiagramService {

	@Override
	public Object evaluate(EObject element) {
		if (!(element instanceof ValueCommunity community)) {
			return null;
		}
		return community.getOverlaps().stream().filter(overlap -> keeps(community, overlap)).toList();
	}

	private static boolean keeps(ValueCommunity community, CommunityOverlap overlap) {
		ValueCommunity other = overlap.getOther();
		if (other == null) {
			return false;
		}
		boolean recordedBack = other.getOverlaps().stream().anyMatch(back -> back.getOther() == community);
		return !recordedBack || DiagramGraphBuilder.elementKey(community).compareTo(DiagramGraphBuilder.elementKey(other)) < 0;
	}
}
