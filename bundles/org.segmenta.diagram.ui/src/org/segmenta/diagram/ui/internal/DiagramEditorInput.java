/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.segmenta.diagram.description.DiagramDescription;

/** A diagram kind of one model file: what the diagram editor opens. */
public final class DiagramEditorInput implements IEditorInput {

	private final IFile model;
	private final DiagramDescription kind;

	public DiagramEditorInput(IFile model, DiagramDescription kind) {
		this.model = model;
		this.kind = kind;
	}

	public IFile model() {
		return model;
	}

	public DiagramDescription kind() {
		return kind;
	}

	@Override
	public boolean exists() {
		return model.exists();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.createFromFile(DiagramEditorInput.class, "/icons/diagram.gif");
	}

	@Override
	public String getName() {
		return model.getName().replaceFirst("\\.segmentation$", "") + " – " + kind.getLabel();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.DiagramEditorInput_toolTip, kind.getLabel(), model.getFullPath());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IFile.class) {
			return adapter.cast(model);
		}
		return model.getAdapter(adapter);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DiagramEditorInput input && input.model.equals(model)
				&& Objects.equals(input.kind.getId(), kind.getId());
	}

	@Override
	public int hashCode() {
		return Objects.hash(model, kind.getId());
	}
}
