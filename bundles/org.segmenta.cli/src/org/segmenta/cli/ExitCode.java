/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

/** The launcher's documented exit codes. */
public final class ExitCode {

	/** The command succeeded. */
	public static final int OK = 0;

	/** The command ran and found problems, such as validation errors. */
	public static final int PROBLEMS = 1;

	/** The input or the arguments could not be used; the reason is on standard error. */
	public static final int UNUSABLE_INPUT = 2;

	private ExitCode() {
	}
}
