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

/**
 * A representation of one model file: what the diagram editor opens. Without a name, the first
 * representation of the kind (one named after the kind is made when there is none).
 */
public final class DiagramEditorInput implements IEditorInput {

	private final IFile model;
	private final DiagramDescription kind;
	private final String representation;

	public DiagramEditorInput(IFile model, DiagramDescription kind) {
		this(model, kind, null);
	}

	public DiagramEditorInput(IFile model, DiagramDescription kind, String representation) {
		this.model = model;
		this.kind = kind;
		this.representation = representation;
	}

	/** The name of the representation shown, or {@code null} for the first of the kind. */
	public String representation() {
		return representation;
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
		return model.getName().replaceFirst("\\.segmentation$", "") + " – " + (representation == null ? kind.getLabel() : representation);
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
				&& Objects.equals(input.kind.getId(), kind.getId()) && Objects.equals(input.representation, representation);
	}

	@Override
	public int hashCode() {
		return Objects.hash(model, kind.getId(), representation);
	}
}
