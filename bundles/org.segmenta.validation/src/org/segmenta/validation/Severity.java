/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a finding is. Errors fail a validation run; warnings fail it only when strict. */
public enum Severity {

	ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	/** The matching {@link Diagnostic} severity, so findings work wherever EMF diagnostics do. */
	public int toDiagnosticSeverity() {
		return diagnosticSeverity;
	}

	/** The lower-case word used in configuration files and reports: {@code error}, {@code warning}, {@code info}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The severity named by {@code word} (any case), or {@code null}. */
	public static Severity fromWord(String word) {
		for (Severity severity : values()) {
			if (severity.word().equalsIgnoreCase(word.strip())) {
				return severity;
			}
		}
		return null;
	}
}
