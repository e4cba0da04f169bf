/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.segmenta.diagram.DiagramFiles;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.Representations;
import org.segmenta.diagram.description.DiagramDescription;
import org.segmenta.diagram.state.DiagramFile;
import org.segmenta.diagram.state.DiagramView;
import org.segmenta.model.edit.SharedModel;
import org.segmenta.model.edit.SharedModels;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * The representations of a model file in the workbench. Edits go to the model's shared editing
 * domain, through its model editor (opened if need be, as quick fixes do), so that Undo takes them
 * back and saving writes the diagram file with the model; listing reads the open model, or else
 * the diagram file on disk.
 */
public final class ModelRepresentations {

	private ModelRepresentations() {
	}

	/** The installed diagram kinds in the workbench's language (-nl), as its menus, tree and undo history name them. */
	public static DiagramKinds kinds() {
		return DiagramKinds.getDefault().in(Locale.getDefault());
	}

	/** The representations of {@code model}: those of its open editors, else those saved beside it. */
	public static List<RepresentationItem> list(IFile model) {
		DiagramKinds kinds = kinds();
		List<DiagramView> views;
		Optional<SharedModel> open = model.getLocation() == null ? Optional.empty()
				: SharedModels.getDefault().find(model.getLocation().toFile().toPath());
		try {
			if (open.isPresent()) {
				views = Representations.of(open.get().domain(), open.get().project(), kinds).all();
			} else {
				Path path = model.getLocation().toFile().toPath();
				Resource state = DiagramFiles.stateResource(new ResourceSetImpl(), URI.createFileURI(path.toAbsolutePath().toString()));
				views = List.copyOf(((DiagramFile) state.getContents().get(0)).getViews());
			}
		} catch (ModelLoadException | RuntimeException unreadable) {
			// the editors and the Problems view say why the file cannot be read; the tree shows nothing under it
			return List.of();
		}
		return views.stream().map(view -> new RepresentationItem(model, view.getName(), view.getKind(),
				kinds.find(view.getKind()).map(DiagramDescription::getLabel).orElse(view.getKind()))).toList();
	}

	/** The representations of {@code model} on its editor's editing domain; {@code null} when the model cannot be opened. */
	public static Representations edit(IFile model) throws ModelLoadException {
		SegmentationEditor editor = OpenModels.editor(model, true);
		if (editor == null || editor.getProject() == null) {
			return null;
		}
		return Representations.of(editor.getEditingDomain(), editor.getProject(), kinds());
	}
}
