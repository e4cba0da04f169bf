/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.List;

import org.eclipse.glsp.server.operations.Operation;

/**
 * From the web client's context menu: a change of what this representation shows of the selected
 * elements (hide, remove from diagram, hide label, show hidden elements) or of where Arrange all
 * may move them (pin, unpin). An operation, so that GLSP executes it as one undoable command.
 */
public class ViewOperation extends Operation {

	public static final String KIND = "segmentaView";

	/** The changes {@link #getChange()} names. */
	public enum Change {
		HIDE, REMOVE, HIDE_LABEL, SHOW, PIN, UNPIN
	}

	private Change change;
	private List<String> elementIds = List.of();

	public ViewOperation() {
		super(KIND);
	}

	public ViewOperation(Change change, List<String> elementIds) {
		this();
		this.change = change;
		this.elementIds = List.copyOf(elementIds);
	}

	public Change getChange() {
		return change;
	}

	/** The GModel ids of the elements (a label stands for its node); for {@link Change#SHOW}, the hidden entries' ids. */
	public List<String> getElementIds() {
		return elementIds;
	}
}
