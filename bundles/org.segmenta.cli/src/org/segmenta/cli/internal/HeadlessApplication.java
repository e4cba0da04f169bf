/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Eclipse application behind {@code ./segmenta COMMAND ...}. */
public class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] words = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		Path workingDirectory = Path.of(System.getProperty("segmenta.cwd", System.getProperty("user.dir")));
		context.applicationRunning();
		int exitCode = new CommandLauncher(System.out, System.err, workingDirectory)
				.run(Arrays.asList(words == null ? new String[0] : words));
		System.out.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// commands run to completion or to cancellation through their progress monitor
	}
}
