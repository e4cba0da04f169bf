/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/** Double click (or Enter) on a representation in the Project Explorer opens its diagram. */
public class RepresentationActionProvider extends CommonActionProvider {

	private Action open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new Action() {
				@Override
				public void run() {
					try {
						workbenchSite.getSite().getService(IHandlerService.class).executeCommand(RepresentationHandlers.OPEN_COMMAND, null);
					} catch (CommandException e) {
						// the handler reports what it cannot open
					}
				}
			};
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (open != null && getContext() != null && getContext().getSelection() != null && !getContext().getSelection().isEmpty()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}
}
