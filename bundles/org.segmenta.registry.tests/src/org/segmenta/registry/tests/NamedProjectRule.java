/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.Severity;

/** A working rule, contributed twice in this plug-in's plugin.xml: the second contribution is refused. */
public class NamedProjectRule extends ElementRule<Project> {

	static final String ID = "registry-tests.named-project";

	public NamedProjectRule() {
		this(ID);
	}

	protected NamedProjectRule(String id) {
		super(id, Severity.WARNING, SegmentaPackage.Literals.PROJECT, Project.class, "Every project has a name.");
	}

	@Override
	protected void checkElement(Project project, RuleContext context) {
		if (!isSet(project.getName())) {
			context.report(project, "The project has no name.");
		}
	}
}
