/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.model.persistence.ReferenceGuard;
import org.segmenta.model.persistence.SegmentationFiles;

/**
 * A copy of a model, taken on the thread that edits it, to validate on another thread while the
 * editing goes on. The copy sits in a resource of the model's URI under the model's reference
 * policy, so the rules see it as they would see the model; the findings name the model's own
 * elements, not the copy's.
 */
public final class ValidationSnapshot {

	private final Project copy;
	private final Map<EObject, EObject> originals;

	private ValidationSnapshot(Project copy, Map<EObject, EObject> originals) {
		this.copy = copy;
		this.originals = originals;
	}

	/** Copies {@code project}; call it on the thread that owns the model. Copying is fast next to validating. */
	public static ValidationSnapshot of(Project project) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Project copy = (Project) copier.copy(project);
		copier.copyReferences();
		Map<EObject, EObject> originals = new IdentityHashMap<>();
		copier.forEach((original, copied) -> originals.put(copied, original));
		Resource model = project.eResource();
		if (model != null && model.getURI() != null) {
			ResourceSet resourceSet = SegmentationFiles.newResourceSet();
			ReferenceGuard.of(resourceSet).orElseThrow().setPolicy(ModelPaths.of(project));
			resourceSet.createResource(model.getURI()).getContents().add(copy);
		}
		return new ValidationSnapshot(copy, originals);
	}

	/** The copy, for rules that only read. */
	public Project project() {
		return copy;
	}

	/** Validates the copy, on any thread; the findings and their related elements are the model's. */
	public ValidationReport validate(SegmentationValidator validator) {
		ValidationReport report = validator.validate(copy);
		List<Finding> findings = new ArrayList<>(report.findings().size());
		for (Finding finding : report.findings()) {
			List<EObject> related = new ArrayList<>();
			List<?> data = finding.getData();
			for (int index = 1; index < data.size(); index++) {
				if (data.get(index) instanceof EObject element) {
					related.add(original(element));
				}
			}
			findings.add(new Finding(finding.ruleId(), finding.severity(), original(finding.element()), finding.getMessage(), related));
		}
		return new ValidationReport(report.diagnostic(), findings, report.rulesRun());
	}

	private EObject original(EObject element) {
		return element == null ? null : originals.getOrDefault(element, element);
	}
}
