/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.segmenta.diagram.DiagramKinds;

/**
 * "Open Diagram" lists every contributed diagram kind, so a kind added as a description appears in
 * the menu without code.
 */
public class OpenDiagramMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		return DiagramKinds.getDefault().in(Locale.getDefault()).all().stream().map(kind -> {
			CommandContributionItemParameter parameter = new CommandContributionItemParameter(PlatformUI.getWorkbench(),
					"org.segmenta.diagram.ui.open." + kind.getId(), OpenDiagramHandler.COMMAND, CommandContributionItem.STYLE_PUSH);
			parameter.label = kind.getLabel();
			parameter.tooltip = kind.getDocumentation();
			parameter.parameters = Map.of(OpenDiagramHandler.KIND, kind.getId());
			return (IContributionItem) new CommandContributionItem(parameter);
		}).toArray(IContributionItem[]::new);
	}
}
