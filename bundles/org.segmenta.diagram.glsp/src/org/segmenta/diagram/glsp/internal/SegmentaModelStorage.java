/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.io.IOException;

import org.eclipse.glsp.server.actions.SaveModelAction;
import org.eclipse.glsp.server.di.DiagramType;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.persistence.ModelLoadException;

import com.google.inject.Inject;

/**
 * Opens the diagram of this session's kind on the server's model (whose editing domain has it
 * loaded), reading the diagram file beside the model; saves both through the server's save hook.
 */
public class SegmentaModelStorage implements SourceModelStorage {

	@Inject
	protected SegmentaModelState modelState;

	@Inject
	@DiagramType
	protected String kind;

	@Override
	public void loadSourceModel(RequestModelAction action) {
		ServerContext context = modelState.context();
		context.modelThread().run(() -> {
			try {
				modelState.setDiagram(DiagramSession.open(context.editingDomain(), context.project(), context.kinds(), kind));
			} catch (ModelLoadException | IllegalArgumentException e) {
				throw new GLSPServerException("The " + kind + " diagram cannot be opened: " + e.getMessage(), e);
			}
		});
	}

	@Override
	public void saveSourceModel(SaveModelAction action) {
		modelState.context().modelThread().run(() -> {
			try {
				modelState.context().save(modelState.diagram().stateResource());
				modelState.saveIsDone();
			} catch (IOException e) {
				throw new GLSPServerException("The model could not be saved: " + e.getMessage(), e);
			}
		});
	}
}
