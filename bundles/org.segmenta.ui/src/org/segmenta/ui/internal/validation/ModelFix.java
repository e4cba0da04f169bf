/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.validation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * One quick fix: a command on the model in the editor (opened if need be), so the fix can be
 * undone like any edit; the model is validated again right after, which clears the marker.
 */
final class ModelFix implements IMarkerResolution2 {

	private static final SegmentaPackage MODEL = SegmentaPackage.eINSTANCE;

	/** Builds the fix's command for the marker's element as the editor holds it. */
	interface CommandFactory {
		Command create(EditingDomain domain, EObject element, Resource resource);
	}

	private final String label;
	private final String description;
	private final CommandFactory factory;

	private ModelFix(String label, String description, CommandFactory factory) {
		this.label = label;
		this.description = description;
		this.factory = factory;
	}

	static ModelFix statement(EObject element, String statement) {
		return new ModelFix(NLS.bind(Messages.ModelFix_rephrase, abbreviate(statement)),
				NLS.bind(Messages.ModelFix_rephraseDescription, statement), (domain, current, resource) -> SetCommand.create(domain, current,
						current.eClass().getEStructuralFeature("statement"), statement));
	}

	static ModelFix makePrimary(Segmentation segmentation) {
		String id = segmentation.getId();
		return new ModelFix(NLS.bind(Messages.ModelFix_makePrimary, segmentation.getName()),
				Messages.ModelFix_makePrimaryDescription, (domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand(NLS.bind(Messages.ModelFix_makePrimaryCommand, segmentation.getName()));
					for (Segmentation each : ((Project) current).getSegmentations()) {
						boolean primary = id.equals(each.getId());
						if (each.isPrimary() != primary) {
							command.append(SetCommand.create(domain, each, MODEL.getSegmentation_Primary(), primary));
						}
					}
					return command.unwrap();
				});
	}

	static ModelFix rename(NamedElement named, String name) {
		return new ModelFix(NLS.bind(Messages.ModelFix_rename, name), Messages.ModelFix_renameDescription,
				(domain, current, resource) -> SetCommand.create(domain, current, MODEL.getNamedElement_Name(), name));
	}

	static ModelFix segmentBounds(Segmentation segmentation, int min, int max) {
		String label = min != segmentation.getMinSegmentCount() ? NLS.bind(Messages.ModelFix_lowerMinimum, min)
				: NLS.bind(Messages.ModelFix_raiseMaximum, max);
		return new ModelFix(label, NLS.bind(Messages.ModelFix_boundsDescription, min, max), (domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand(label);
					command.append(SetCommand.create(domain, current, MODEL.getSegmentation_MinSegmentCount(), min));
					command.append(SetCommand.create(domain, current, MODEL.getSegmentation_MaxSegmentCount(), max));
					return command.unwrap();
				});
	}

	static ModelFix removeDanglingReferences(EObject element) {
		return new ModelFix(Messages.ModelFix_removeReferences, Messages.ModelFix_removeReferencesDescription,
				(domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand(Messages.ModelFix_removeReferencesCommand);
					for (EReference reference : current.eClass().getEAllReferences()) {
						if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
							continue;
						}
						Object value = current.eGet(reference, false);
						if (value instanceof List<?> targets) {
							List<?> dangling = targets.stream()
									.filter(t -> QuickFixes.isDangling(current, (EObject) t)).toList();
							if (!dangling.isEmpty()) {
								command.append(RemoveCommand.create(domain, current, reference, dangling));
							}
						} else if (value instanceof EObject target && QuickFixes.isDangling(current, target)) {
							command.append(SetCommand.create(domain, current, reference, null));
						}
					}
					return command.unwrap();
				});
	}

	private static String abbreviate(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "\u2026";
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		SegmentationEditor editor = OpenModels.editor(file, true);
		if (editor == null || editor.getProject() == null) {
			return;
		}
		Resource resource = editor.getProject().eResource();
		EObject element = ModelMarkers.elementOf(marker, resource);
		if (element == null) {
			return;
		}
		EditingDomain domain = editor.getEditingDomain();
		Command command = factory.create(domain, element, resource);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
			editor.validate();
		}
	}
}
