/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.segmenta.model.Identified;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;
import org.segmenta.validation.ValidationSnapshot;

/**
 * Checks a model against the method's rules in the background and turns the findings into
 * Problems-view markers on its file. It validates a snapshot, so editing goes on meanwhile.
 */
public class ModelValidationJob extends WorkspaceJob {

	/** The marker type of validation findings; a problem marker, so the Problems view shows them. */
	public static final String MARKER_TYPE = "org.segmenta.ui.problem";
	/** The id of the element a marker is about, for going to it from the Problems view. */
	public static final String ELEMENT_ID = "elementId";
	/** The rule that made the finding. */
	public static final String RULE_ID = "ruleId";

	private final IFile file;
	private final ValidationSnapshot snapshot;

	/** @param snapshot a copy of the model, taken on the thread that edits it */
	public ModelValidationJob(IFile file, ValidationSnapshot snapshot) {
		super(NLS.bind(Messages.ModelValidationJob_validating, file.getName()));
		this.file = file;
		this.snapshot = snapshot;
		setRule(file);
		setUser(false);
	}

	@Override
	public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ModelValidationJob_validating, file.getName()), 2);
		Path model = file.getLocation().toFile().toPath();
		RuleCatalog rules = RuleCatalog.getDefault();
		file.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
		ValidationSettings settings;
		try {
			settings = ValidationSettings.forModel(model, rules);
		} catch (SettingsException e) {
			// a broken settings file is itself a problem to fix, shown where the user looks
			IMarker marker = file.createMarker(MARKER_TYPE);
			marker.setAttributes(Map.of(IMarker.SEVERITY, IMarker.SEVERITY_ERROR, IMarker.MESSAGE,
					e.getMessage(RuleMessages.locale(Platform.getNL())),
					IMarker.LOCATION, ValidationSettings.FILE));
			return Status.OK_STATUS;
		}
		// the Problems view speaks the workbench's language (-nl or the system locale), not the model's
		ValidationReport report = snapshot.validate(new SegmentationValidator(settings, Clock.systemDefaultZone(),
				RuleMessages.locale(Platform.getNL())));
		progress.worked(1);
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		for (Finding finding : report.findings()) {
			IMarker marker = file.createMarker(MARKER_TYPE);
			marker.setAttributes(Map.of(IMarker.SEVERITY, markerSeverity(finding), IMarker.MESSAGE,
					finding.getMessage(), IMarker.LOCATION, finding.path(), RULE_ID, finding.ruleId(), ELEMENT_ID,
					elementId(finding.element())));
		}
		progress.worked(1);
		return Status.OK_STATUS;
	}

	private static int markerSeverity(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** The id of the element, or of its nearest container with one (journey questions, profile lines). */
	public static String elementId(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Identified identified && identified.getId() != null) {
				return identified.getId();
			}
		}
		return "";
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == MARKER_TYPE;
	}
}
