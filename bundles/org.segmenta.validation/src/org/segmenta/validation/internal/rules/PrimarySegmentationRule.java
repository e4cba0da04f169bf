/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.List;

import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/** Primary perspective: of several segmentations of one audience, exactly one is primary. */
public class PrimarySegmentationRule extends ElementRule<Project> {

	public PrimarySegmentationRule() {
		super("segmenta.primary.exactlyOne", Severity.ERROR, SegmentaPackage.Literals.PROJECT, Project.class,
				"A project with several segmentations marks exactly one of them as primary.");
	}

	@Override
	protected void checkElement(Project project, RuleContext context) {
		if (project.getSegmentations().size() < 2) {
			return;
		}
		List<Segmentation> primaries = project.getSegmentations().stream().filter(Segmentation::isPrimary).toList();
		RuleMessages messages = messages(context);
		if (primaries.isEmpty()) {
			context.report(project, messages.text("primary.none", quoted(project, messages),
					String.valueOf(project.getSegmentations().size())));
		} else if (primaries.size() > 1) {
			context.report(project, messages.text("primary.several", quoted(project, messages),
					String.valueOf(primaries.size()),
					messages.list(primaries.stream().map(primary -> quoted(primary, messages)).toList())),
					primaries.toArray(Segmentation[]::new));
		}
	}
}
