/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.ILog;
import org.junit.jupiter.api.Test;
import org.segmenta.tests.support.ui.WorkspaceLog;

/**
 * The check every workbench test here runs after itself ({@code NoLoggedErrors}) fails on an error
 * in the platform log, names it, and lets warnings pass.
 */
class WorkspaceLogTest {

	@Test
	void anErrorLoggedDuringATestFailsItAndAWarningDoesNot() throws Exception {
		ILog platformLog = ILog.of(WorkspaceLogTest.class);
		try (WorkspaceLog log = WorkspaceLog.start()) {
			platformLog.warn("a warning the check lets pass");
			assertDoesNotThrow(() -> log.assertNoErrors("logging a warning"));
			platformLog.error("Kunne ikke læse målgruppe.csv");
			AssertionError failure = assertThrows(AssertionError.class, () -> log.assertNoErrors("logging an error"));
			assertTrue(failure.getMessage().contains("Kunne ikke læse målgruppe.csv"), failure.getMessage());
			assertTrue(failure.getMessage().contains("org.segmenta.ui.tests"), failure.getMessage());
		}
	}
}
