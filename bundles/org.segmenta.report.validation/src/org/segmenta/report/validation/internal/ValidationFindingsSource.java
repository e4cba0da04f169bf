/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.validation.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.segmenta.model.Project;
import org.segmenta.report.ReportFinding;
import org.segmenta.report.ReportFindingsSource;
import org.segmenta.report.ReportLanguage;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationSettings;

/**
 * Puts the segmentation method's rules into every report: the same rules and settings file as
 * {@code ./segmenta validate}, so the deliverable and the CI run never disagree.
 */
public class ValidationFindingsSource implements ReportFindingsSource {

	@Override
	public String name() {
		return name(ReportLanguage.ENGLISH);
	}

	@Override
	public String name(ReportLanguage language) {
		return RuleMessages.of(ValidationFindingsSource.class, language.locale()).text("source.name");
	}

	@Override
	public List<ReportFinding> findings(Project project) {
		return findings(project, ReportLanguage.ENGLISH);
	}

	/** The findings with their messages in the report's language, element names as the model has them. */
	@Override
	public List<ReportFinding> findings(Project project, ReportLanguage language) {
		RuleCatalog rules = RuleCatalog.getDefault();
		ValidationSettings settings;
		try {
			settings = settingsFor(project, rules);
		} catch (SettingsException e) {
			// a broken settings file is itself worth a line in the deliverable
			return List.of(new ReportFinding(ReportFinding.Severity.ERROR, ValidationSettings.FILE, e.getMessage(language.locale())));
		}
		return new SegmentationValidator(settings, Clock.systemDefaultZone(), language.locale()).validate(project)
				.findings().stream()
				.map(ValidationFindingsSource::toReportFinding).toList();
	}

	private static ValidationSettings settingsFor(Project project, RuleCatalog rules) throws SettingsException {
		URI uri = project.eResource() == null ? null : project.eResource().getURI();
		if (uri != null && uri.isFile()) {
			return ValidationSettings.forModel(Path.of(uri.toFileString()), rules);
		}
		return ValidationSettings.defaults(rules);
	}

	static ReportFinding toReportFinding(Finding finding) {
		ReportFinding.Severity severity = switch (finding.severity()) {
		case ERROR -> ReportFinding.Severity.ERROR;
		case WARNING -> ReportFinding.Severity.WARNING;
		default -> ReportFinding.Severity.INFO;
		};
		return new ReportFinding(severity, finding.path(), finding.getMessage() + " [" + finding.ruleId() + "]");
	}
}
