/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.model.ValueCommunity;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.validation.ValidationSettings;

/**
 * Quick fixes for the validation findings whose fix is obvious: a statement rephrased to begin
 * with the configured phrase, one segmentation made primary, a clashing name made unique, segment
 * bounds widened to the segments there are, references to elements outside the model removed.
 * They are offered from the state of the model the user sees (the open editor, else the file).
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	static final String STATEMENT_VALUE_COMMUNITY = "segmenta.describable.valueCommunity";
	static final String STATEMENT_SEGMENT = "segmenta.describable.segment";
	static final String PRIMARY = "segmenta.primary.exactlyOne";
	static final String UNIQUE_NAMES = "segmenta.integrity.uniqueNames";
	static final String SEGMENT_COUNT = "segmenta.operational.segmentCount";
	static final String REFERENCES = "segmenta.integrity.references";

	private static final Set<String> FIXABLE = Set.of(STATEMENT_VALUE_COMMUNITY, STATEMENT_SEGMENT, PRIMARY,
			UNIQUE_NAMES, SEGMENT_COUNT, REFERENCES);

	@Override
	public boolean hasResolutions(IMarker marker) {
		return FIXABLE.contains(marker.getAttribute(ModelValidationJob.RULE_ID, "")) && getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		Project project = OpenModels.current(file);
		EObject element = project == null ? null : ModelMarkers.elementOf(marker, project.eResource());
		if (element == null) {
			return new IMarkerResolution[0];
		}
		List<ModelFix> fixes = new ArrayList<>();
		String rule = marker.getAttribute(ModelValidationJob.RULE_ID, "");
		switch (rule) {
		case STATEMENT_VALUE_COMMUNITY, STATEMENT_SEGMENT -> rephrase(file, project, element, fixes);
		case PRIMARY -> {
			for (Segmentation segmentation : project.getSegmentations()) {
				fixes.add(ModelFix.makePrimary(segmentation));
			}
		}
		case UNIQUE_NAMES -> {
			if (element instanceof NamedElement named && named.getName() != null) {
				fixes.add(ModelFix.rename(named, uniqueName(named)));
			}
		}
		case SEGMENT_COUNT -> {
			if (element instanceof Segmentation segmentation) {
				int count = segmentation.getSegments().size();
				if (count > 0 && count < segmentation.getMinSegmentCount()) {
					fixes.add(ModelFix.segmentBounds(segmentation, count, segmentation.getMaxSegmentCount()));
				} else if (count > segmentation.getMaxSegmentCount() && segmentation.getMinSegmentCount() >= 1) {
					fixes.add(ModelFix.segmentBounds(segmentation, segmentation.getMinSegmentCount(), count));
				}
			}
		}
		case REFERENCES -> fixes.add(ModelFix.removeDanglingReferences(element));
		default -> {
			// no obvious fix: the finding asks for the consultant's judgement
		}
		}
		return fixes.toArray(IMarkerResolution[]::new);
	}

	private static void rephrase(IFile file, Project project, EObject element, List<ModelFix> fixes) {
		String statement = element instanceof ValueCommunity community ? community.getStatement()
				: element instanceof Segment segment ? segment.getStatement() : null;
		if (statement == null || statement.isBlank()) {
			return;
		}
		StatementPhrase phrases = new StatementPhrase(file.getLocation().toFile().toPath());
		String phrase = phrases.of(project);
		if (!ValidationSettings.beginsWithPhrase(statement, phrase)) {
			fixes.add(ModelFix.statement(element, StatementPhrase.rephrase(statement, phrase)));
		}
	}

	/** {@code named}'s name with the first free number after it among the elements of its list. */
	static String uniqueName(NamedElement named) {
		List<?> siblings = named.eContainingFeature().isMany() ? (List<?>) named.eContainer().eGet(named.eContainingFeature())
				: List.of(named);
		Set<String> taken = new HashSet<>();
		for (Object sibling : siblings) {
			if (sibling != named && sibling instanceof NamedElement other && other.getName() != null) {
				taken.add(other.getName().strip().toLowerCase(Locale.ROOT));
			}
		}
		String base = named.getName().strip();
		for (int number = 2;; number++) {
			String candidate = base + " (" + number + ")";
			if (!taken.contains(candidate.toLowerCase(Locale.ROOT))) {
				return candidate;
			}
		}
	}

	static boolean isDangling(EObject owner, EObject target) {
		return target.eIsProxy() || EcoreUtil.getRootContainer(target) != EcoreUtil.getRootContainer(owner);
	}

}
