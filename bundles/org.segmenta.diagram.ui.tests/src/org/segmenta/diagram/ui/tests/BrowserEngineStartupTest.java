/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.segmenta.diagram.ui.internal.BrowserEngineStartup;

/**
 * The Segmenta product names {@link BrowserEngineStartup} as its life-cycle handler, and the
 * handler, made and called by injection as the workbench does at start-up, opens the browser
 * engine without leaving a window behind.
 */
class BrowserEngineStartupTest {

	@Test
	void theProductsLifeCycleHandlerOpensTheBrowserEngineAndLeavesNoWindow() {
		IExtension product = Platform.getExtensionRegistry().getExtension("org.segmenta.app.product");
		assertNotNull(product, "the Segmenta product");
		String uri = Arrays.stream(product.getConfigurationElements()[0].getChildren("property"))
				.filter(property -> "lifeCycleURI".equals(property.getAttribute("name")))
				.map(property -> property.getAttribute("value")).findFirst().orElse(null);
		assertEquals("bundleclass://org.segmenta.diagram.ui/" + BrowserEngineStartup.class.getName(), uri);

		IEclipseContext context = PlatformUI.getWorkbench().getService(IEclipseContext.class).createChild();
		try {
			// as the workbench makes the handler that the URI names
			Object handler = ContextInjectionFactory.make(BrowserEngineStartup.class, context);
			int shells = Display.getCurrent().getShells().length;
			ContextInjectionFactory.invoke(handler, PostContextCreate.class, context);
			assertEquals(shells, Display.getCurrent().getShells().length, "the hidden shell is disposed");
		} finally {
			context.dispose();
		}
	}
}
