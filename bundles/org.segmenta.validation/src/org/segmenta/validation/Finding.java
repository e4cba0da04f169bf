/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * One finding of a rule: an EMF {@link org.eclipse.emf.common.util.Diagnostic} whose data holds
 * the element first (where EMF's marker support looks for it) and the related elements after it,
 * with the rule id and the element's path kept for reports and markers.
 */
public final class Finding extends BasicDiagnostic {

	/** The {@link #getSource() source} of every finding. */
	public static final String SOURCE = "org.segmenta.validation";

	private final String ruleId;
	private final Severity level;
	private final String path;

	public Finding(String ruleId, Severity severity, EObject element, String message, List<EObject> related) {
		super(severity.toDiagnosticSeverity(), SOURCE, 0, message, data(element, related));
		this.ruleId = ruleId;
		this.level = severity;
		this.path = ElementPath.of(element);
	}

	private static Object[] data(EObject element, List<EObject> related) {
		List<Object> data = new ArrayList<>(related.size() + 1);
		data.add(element);
		data.addAll(related);
		return data.toArray();
	}

	public String ruleId() {
		return ruleId;
	}

	public Severity severity() {
		return level;
	}

	/** The element the finding is about. */
	public EObject element() {
		return (EObject) getData().get(0);
	}

	/** The element's path, such as {@code Values segmentation 2026/Balance Seekers}. */
	public String path() {
		return path;
	}

	@Override
	public String toString() {
		return level.word() + " " + ruleId + " " + path + ": " + getMessage();
	}
}
