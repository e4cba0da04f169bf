/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Runs one of the diagram page's commands (zoom, fit, arrange all, hide, pin, copy, paste,
 * duplicate...) in the active diagram editor. The workbench's key bindings run them, so that Key
 * Assist lists the diagram's keys and the keys work whatever has the focus in the page; the
 * command's name in the page follows the colon of the handler's class in {@code plugin.xml}.
 */
public final class PageCommandHandler extends AbstractHandler implements IExecutableExtension {

	private String command;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		command = (String) data;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof DiagramEditor editor) {
			// WebKitGTK passes the workbench each key event of its browser more than once, with one time stamp
			int keyTime = event.getTrigger() instanceof Event key && key.time != 0 ? key.time : -1;
			editor.runPageCommand(command, keyTime);
		}
		return null;
	}
}
