/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;

/**
 * An update of the client's model by the elements that changed, not by the whole model: GLSP's
 * {@code updateModel} without a new root but with sprotty's {@code matches}, which the web client's
 * update command applies to the model it shows. On a diagram of thousands of nodes this sends a few
 * elements instead of megabytes of JSON after every edit.
 */
public final class ChangesUpdateAction extends UpdateModelAction {

	private final List<Match> matches;

	ChangesUpdateAction(List<Match> matches, boolean animate) {
		super(null, animate);
		this.matches = List.copyOf(matches);
	}

	public List<Match> getMatches() {
		return matches;
	}

	/**
	 * One element taken away ({@code left}, given by its id), added ({@code right}, with its
	 * children) or both (drawn differently), in the parent that sprotty looks it up by.
	 */
	public static final class Match {
		private final Map<String, String> left;
		private final String leftParentId;
		private final GModelElement right;
		private final String rightParentId;

		Match(String leftId, String leftParentId, GModelElement right, String rightParentId) {
			this.left = leftId == null ? null : Map.of("id", leftId);
			this.leftParentId = leftParentId;
			this.right = right;
			this.rightParentId = rightParentId;
		}

		/** The id of the element taken away, or {@code null}. */
		public String leftId() {
			return left == null ? null : left.get("id");
		}

		public String leftParentId() {
			return leftParentId;
		}

		/** The element added, or {@code null}. */
		public GModelElement right() {
			return right;
		}

		public String rightParentId() {
			return rightParentId;
		}
	}
}
