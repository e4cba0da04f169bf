/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import org.eclipse.glsp.server.actions.Action;

/** From the web client's layer and filter switches: show or hide a layer, apply or lift a filter. */
public class ToggleAction extends Action {

	public static final String KIND = "segmentaToggle";
	public static final String LAYER = "layer";
	public static final String FILTER = "filter";

	private String group;
	private String id;
	private boolean on;

	public ToggleAction() {
		super(KIND);
	}

	public ToggleAction(String group, String id, boolean on) {
		this();
		this.group = group;
		this.id = id;
		this.on = on;
	}

	public String getGroup() {
		return group;
	}

	public String getId() {
		return id;
	}

	public boolean isOn() {
		return on;
	}
}
