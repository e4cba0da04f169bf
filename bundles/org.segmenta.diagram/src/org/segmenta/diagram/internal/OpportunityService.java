/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import org.eclipse.emf.ecore.EObject;
import org.segmenta.diagram.DiagramService;
import org.segmenta.model.Job;
import org.segmenta.model.Need;

/**
 * The Jobs-to-be-Done opportunity score of a job or need, importance + max(importance −
 * satisfaction, 0): a formula, which the description language does not have. Null when importance
 * or satisfaction is missing.
 */
public class OpportunityService implements DiagramService {

	@Override
	public Object evaluate(EObject element) {
		double importance;
		double satisfaction;
		if (element instanceof Job job) {
			importance = job.getImportance();
			satisfaction = job.getSatisfaction();
		} else if (element instanceof Need need) {
			importance = need.getImportance();
			satisfaction = need.getSatisfaction();
		} else {
			return null;
		}
		if (importance <= 0 || satisfaction <= 0) {
			return null;
		}
		return importance + Math.max(importance - satisfaction, 0);
	}
}
