/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

/**
 * Whether this Java runs with the Vector API ({@code --add-modules jdk.incubator.vector}, which the
 * launcher adds): the bundle imports the module optionally, so its kernels may only be loaded once
 * this has found it.
 */
final class VectorApi {

	private VectorApi() {
	}

	static boolean present() {
		try {
			Class.forName("jdk.incubator.vector.Vector", false, VectorApi.class.getClassLoader());
			return true;
		} catch (ClassNotFoundException | LinkageError absent) {
			return false;
		}
	}
}
