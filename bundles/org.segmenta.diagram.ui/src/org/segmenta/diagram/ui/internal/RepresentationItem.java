/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.core.resources.IFile;

/**
 * A representation (saved diagram) of a model file as the Project Explorer and the menus show it:
 * the file, the representation's name and kind. The diagram file holds the rest. It does not adapt
 * to the file, so that the resource actions (Delete) never act on the model through it.
 */
public record RepresentationItem(IFile model, String name, String kind, String kindLabel) {
}
