/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;

/**
 * A model names a file or refers to a document that {@link ModelPaths} refuses. The message names
 * the element and its attribute (or the reference), never the content of the file.
 */
public class ReferencedFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public ReferencedFileException(String message) {
		super(message);
	}
}
