/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

/** Model text inside the markup of Eclipse Forms' FormText, which is XML. */
final class FormMarkup {

	private FormMarkup() {
	}

	/** {@code text} with the characters XML reserves escaped; empty for {@code null}. */
	static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
