/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal.rules;

import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.validation.ElementRule;
import org.segmenta.validation.RuleContext;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.Severity;

/**
 * Security: every file and document a model names is one Segmenta may read, under
 * {@link ModelPaths}: inside the model's project or an allowed folder, no symbolic link out of it,
 * no URI of another scheme, and references only to model and diagram files. Runs before any report
 * reads them; a reference that is allowed but cannot be found is the references rule's finding.
 */
public class ReferencedFilesRule extends ElementRule<EObject> {

	public ReferencedFilesRule() {
		super("segmenta.security.referencedFiles", Severity.ERROR, EcorePackage.Literals.EOBJECT, EObject.class,
				"Files and documents a model names are inside its project.");
	}

	@Override
	protected void checkElement(EObject element, RuleContext context) {
		ModelPaths paths = ModelPaths.of(element);
		RuleMessages messages = messages(context);
		for (EAttribute attribute : ModelPaths.FILE_ATTRIBUTES) {
			if (element.eClass().getEAllAttributes().contains(attribute)) {
				paths.reason(element, attribute, messages.locale()).ifPresent(why -> context.report(element,
						messages.text("files.outside", described(element, messages), attribute.getName(),
								String.valueOf(element.eGet(attribute)).strip(), why)));
			}
		}
		ReferenceIntegrityRule.forEachTarget(element, (reference, target) -> {
			Optional<String> problem = target.eIsProxy() ? paths.problem(EcoreUtil.getURI(target), messages.locale()) : Optional.empty();
			problem.ifPresent(why -> context.report(element, messages.text("files.reference", described(element, messages),
					reference.getName(), EcoreUtil.getURI(target).toString(), why), target));
		});
	}
}
