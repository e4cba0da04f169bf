/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

/** The validation configuration cannot be used; the message names the file and the key. */
public class SettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	public SettingsException(String message) {
		super(message);
	}

	public SettingsException(String message, Throwable cause) {
		super(message, cause);
	}
}
