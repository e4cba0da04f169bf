/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.SetDirtyStateAction;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;

import com.google.inject.Inject;

/** Rebuilds the diagram after a change made elsewhere (the model editor, undo there, another diagram). */
public class RefreshHandler extends AbstractActionHandler<RefreshAction> {

	@Inject
	protected ModelSubmissionHandler submissions;

	@Override
	protected List<Action> executeAction(RefreshAction action) {
		return submissions.submitModel(SetDirtyStateAction.Reason.OPERATION);
	}
}
