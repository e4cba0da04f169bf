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
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * Shows or hides a layer, applies or lifts a filter: a command on the editing domain (the choice
 * is kept in the diagram file, and undo brings it back), then the diagram is sent again.
 */
public class ToggleHandler extends AbstractActionHandler<ToggleAction> {

	@Inject
	protected SegmentaModelState modelState;

	@Inject
	protected ModelSubmissionHandler submissions;

	@Override
	protected List<Action> executeAction(ToggleAction action) {
		try {
			modelState.execute(ToggleAction.FILTER.equals(action.getGroup())
					? modelState.diagram().edits().applyFilter(action.getId(), action.isOn())
					: modelState.diagram().edits().showLayer(action.getId(), action.isOn()));
		} catch (IllegalArgumentException e) {
			return listOf(MessageActionUtil.warn(e.getMessage()));
		}
		return submissions.submitModel(SetDirtyStateAction.Reason.OPERATION);
	}

}
