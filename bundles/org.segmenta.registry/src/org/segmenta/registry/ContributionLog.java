/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Where a contribution that cannot be used is reported: the platform log (the workspace's
 * {@code .metadata/.log} or the headless product's log), under the name of the bundle that made
 * the contribution, so that its authors find it.
 */
public final class ContributionLog {

	private ContributionLog() {
	}

	/**
	 * Logs a warning about {@code element}'s contribution.
	 *
	 * @return the logged line, {@code CONTRIBUTOR: message}, for callers that also show it
	 */
	public static String warn(IConfigurationElement element, String message, Throwable cause) {
		String contributor = element.getContributor().getName();
		String line = contributor + ": " + message;
		ILog.of(ContributionLog.class).log(new Status(IStatus.WARNING, contributor, line, cause));
		return line;
	}

	/** The message of {@code failure}, or its type when it has none. */
	public static String describe(Throwable failure) {
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getName() : message;
	}
}
