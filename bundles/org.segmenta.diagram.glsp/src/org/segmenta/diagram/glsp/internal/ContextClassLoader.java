/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.concurrent.Callable;

/**
 * Runs code with this bundle's class loader as the thread's context class loader. Guice, Jetty and
 * the Jakarta websocket API find their implementations through the context class loader
 * (ServiceLoader), which under OSGi is not the loader that can see the embedded libraries.
 */
public final class ContextClassLoader {

	private ContextClassLoader() {
	}

	public static <T> T call(Callable<T> action) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(bundleLoader());
		try {
			return action.call();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	public static ClassLoader bundleLoader() {
		return ContextClassLoader.class.getClassLoader();
	}
}
