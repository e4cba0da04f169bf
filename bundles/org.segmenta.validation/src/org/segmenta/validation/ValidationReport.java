/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The outcome of validating one model: the findings in model order, and the EMF diagnostic that
 * holds them as children for code that works with {@link Diagnostic}s.
 *
 * @param diagnostic the root diagnostic from EMF's {@code Diagnostician}
 * @param findings   every finding, in the order the model's elements were visited
 * @param rulesRun   the enabled rules, in id order
 */
public record ValidationReport(Diagnostic diagnostic, List<Finding> findings, List<ValidationRule> rulesRun) {

	public ValidationReport {
		findings = List.copyOf(findings);
		rulesRun = List.copyOf(rulesRun);
	}

	public long count(Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** Whether the run fails: on any error, or also on any warning when {@code strict}. */
	public boolean fails(boolean strict) {
		return count(Severity.ERROR) > 0 || strict && count(Severity.WARNING) > 0;
	}

	/** The findings of one rule. */
	public List<Finding> findingsOf(String ruleId) {
		return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
	}
}
