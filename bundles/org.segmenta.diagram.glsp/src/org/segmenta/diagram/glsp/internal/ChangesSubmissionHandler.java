/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.features.core.model.ModelSubmissionHandler;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;

import com.google.inject.Singleton;

/**
 * Sends the client the changes the model factory made to the diagram since the client's model,
 * rather than the whole diagram, whenever the factory could work them out (see
 * {@link DiagramGraphToGModel#takeChanges()}). A new model (opening, reloading) is still sent whole.
 */
@Singleton
public class ChangesSubmissionHandler extends ModelSubmissionHandler {

	@Override
	public List<Action> submitModelDirectly(String reason) {
		List<Action> actions = super.submitModelDirectly(reason);
		List<ChangesUpdateAction.Match> changes = ((DiagramGraphToGModel) modelFactory).takeChanges();
		if (changes == null) {
			return actions;
		}
		return actions.stream().map(action -> action.getClass() == UpdateModelAction.class
				? (Action) new ChangesUpdateAction(changes, ((UpdateModelAction) action).isAnimate()) : action).toList();
	}
}
