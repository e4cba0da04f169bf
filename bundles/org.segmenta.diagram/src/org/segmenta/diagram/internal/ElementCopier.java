/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Copies model elements as the model tree's copy and paste does: each with its containment children,
 * references inside the copied set pointing to the copies and references outside it to the
 * originals. The copies keep their originals' ids until they are added to the model, where the
 * resource gives each copy a new one (as it does for pasted copies in the tree).
 * <p>
 * {@link EcoreUtil.Copier} leaves out two-way references to elements outside the copied set,
 * because setting them would change those elements. The model tree keeps them where the other end
 * is a list (a copied persona still describes its segments); so does this copier, as commands
 * that the caller executes after adding the copies, so that undo takes them back too.
 */
public final class ElementCopier {

	private final EcoreUtil.Copier copier = new EcoreUtil.Copier();
	private final List<EObject> copies;

	/** Copies {@code originals}; an element inside another of them is copied only with it. */
	public ElementCopier(Collection<? extends EObject> originals) {
		copies = new ArrayList<>(copier.copyAll(EcoreUtil.filterDescendants(originals)));
		copier.copyReferences();
	}

	/** The copies of the outermost originals, in their order. */
	public List<EObject> copies() {
		return copies;
	}

	/** Each copied element (the originals and everything they contain) and its copy. */
	public Map<EObject, EObject> copied() {
		return copier;
	}

	/** The two-way references from the copies to elements outside the copied set, as commands. */
	public List<Command> outsideTwoWayReferences(EditingDomain domain) {
		List<Command> commands = new ArrayList<>();
		copier.forEach((original, copy) -> {
			for (EReference reference : original.eClass().getEAllReferences()) {
				if (!isKeptTwoWay(reference) || !original.eIsSet(reference)) {
					continue;
				}
				List<Object> outside = new ArrayList<>();
				for (Object target : (List<?>) original.eGet(reference)) {
					if (!copier.containsKey(target)) {
						outside.add(target);
					}
				}
				if (!outside.isEmpty()) {
					commands.add(AddCommand.create(domain, copy, reference, outside));
				}
			}
		});
		return commands;
	}

	/** A saved many-to-many reference: adding the copy to the other end takes nothing from the original. */
	private static boolean isKeptTwoWay(EReference reference) {
		EReference opposite = reference.getEOpposite();
		return opposite != null && opposite.isMany() && reference.isMany() && !reference.isContainment() && !reference.isContainer()
				&& reference.isChangeable() && !reference.isDerived() && !reference.isTransient();
	}
}
