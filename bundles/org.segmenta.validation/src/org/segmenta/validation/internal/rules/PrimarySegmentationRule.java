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
		if (primaries.isEmpty()) {
			context.report(project, "Project " + quoted(project) + " has " + project.getSegmentations().size()
					+ " segmentations but none is primary; mark the one built from the primary perspective.");
		} else if (primaries.size() > 1) {
			context.report(project, "Project " + quoted(project) + " marks " + primaries.size()
					+ " segmentations as primary (" + Statements.list(primaries.stream().map(ElementRule::quoted).toList())
					+ "); keep exactly one.", primaries.toArray(Segmentation[]::new));
		}
	}
}
