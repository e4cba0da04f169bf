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
		return new ModelFix("Rephrase as \u201c" + abbreviate(statement) + "\u201d",
				"Sets the statement to: " + statement, (domain, current, resource) -> SetCommand.create(domain, current,
						current.eClass().getEStructuralFeature("statement"), statement));
	}

	static ModelFix makePrimary(Segmentation segmentation) {
		String id = segmentation.getId();
		return new ModelFix("Make \u201c" + segmentation.getName() + "\u201d the primary segmentation",
				"Marks this segmentation as primary and every other one as not primary.", (domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand("Make " + segmentation.getName() + " primary");
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
		return new ModelFix("Rename to \u201c" + name + "\u201d", "Gives the element a name no other in its list has.",
				(domain, current, resource) -> SetCommand.create(domain, current, MODEL.getNamedElement_Name(), name));
	}

	static ModelFix segmentBounds(Segmentation segmentation, int min, int max) {
		String label = min != segmentation.getMinSegmentCount() ? "Lower the minimum to " + min + " segments"
				: "Raise the maximum to " + max + " segments";
		return new ModelFix(label, "Sets the segmentation's bounds to " + min + " to " + max
				+ " segments, the number it has.", (domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand(label);
					command.append(SetCommand.create(domain, current, MODEL.getSegmentation_MinSegmentCount(), min));
					command.append(SetCommand.create(domain, current, MODEL.getSegmentation_MaxSegmentCount(), max));
					return command.unwrap();
				});
	}

	static ModelFix removeDanglingReferences(EObject element) {
		return new ModelFix("Remove the references to elements outside this model",
				"Removes every reference of this element whose target is missing or lives in another file.",
				(domain, current, resource) -> {
					CompoundCommand command = new CompoundCommand("Remove dangling references");
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
