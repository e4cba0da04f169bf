/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support.ui;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Fails each test during which the platform log received an error, whatever the test itself
 * asserted: a workbench test that passes while the log holds an error has not passed. Register it
 * with {@code @ExtendWith(NoLoggedErrors.class)}.
 */
public final class NoLoggedErrors implements BeforeEachCallback, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(NoLoggedErrors.class);

	@Override
	public void beforeEach(ExtensionContext context) throws Exception {
		context.getStore(NAMESPACE).put(context.getUniqueId(), WorkspaceLog.start());
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		try (WorkspaceLog log = context.getStore(NAMESPACE).remove(context.getUniqueId(), WorkspaceLog.class)) {
			if (log != null) {
				log.assertNoErrors(context.getDisplayName());
			}
		}
	}
}
