/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.model.Identified;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Integrity: no two elements of a model share an id. References are written as ids, so a second
 * element with an id would take the references meant for the first. Loading refuses such files;
 * this rule finds them in models built or merged in memory.
 */
public class UniqueIdRule extends ElementRule<Project> {

	public UniqueIdRule() {
		super("segmenta.integrity.uniqueIds", Severity.ERROR, SegmentaPackage.Literals.PROJECT, Project.class,
				"No two elements of a model share an id.");
	}

	@Override
	protected void checkElement(Project project, RuleContext context) {
		RuleMessages messages = messages(context);
		Map<String, Identified> first = new HashMap<>();
		first.put(project.getId(), project);
		for (Iterator<EObject> all = project.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Identified element && isSet(element.getId())) {
				Identified earlier = first.putIfAbsent(element.getId(), element);
				if (earlier != null) {
					context.report(element, messages.text("uniqueId", described(element, messages),
							described(earlier, messages)), earlier);
				}
			}
		}
	}
}
