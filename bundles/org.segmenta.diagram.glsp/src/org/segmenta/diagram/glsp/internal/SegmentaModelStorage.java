/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.DiagramMessages;
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
 * loaded), or the representation the server was told to show, reading the diagram file beside the
 * model; saves both through the server's save hook.
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
				String representation = context.representation();
				modelState.setDiagram(representation == null
						? DiagramSession.open(context.editingDomain(), context.project(), context.kinds(), kind)
						: DiagramSession.openRepresentation(context.editingDomain(), context.project(), context.kinds(), representation));
			} catch (ModelLoadException | IllegalArgumentException e) {
				throw new GLSPServerException(DiagramMessages.of(context.kinds().locale()).text("server.openFailed",
						context.kinds().find(kind).map(DiagramDescription::getLabel).orElse(kind), e.getMessage()), e);
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
				throw new GLSPServerException(
						DiagramMessages.of(modelState.context().kinds().locale()).text("server.saveFailed", e.getMessage()), e);
			}
		});
	}
}
