/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.internal.MembershipsCommand;
import org.segmenta.cli.CommandContext;
import org.segmenta.tests.support.Examples;

/** Community names a spreadsheet would run as formulas are quoted in memberships.csv. */
class SpreadsheetSafeCsvTest {

	@TempDir
	Path folder;

	@Test
	void communityNamesCannotRunInASpreadsheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new MembershipsCommand().execute(new CommandContext(List.of(Examples.survey().toString(),
				"--communities", "@SUM(A1)=q12_balance>=4;+cmd|' /C calc'!A0=q13_learning>=4;Os der lærer=q13_learning>=4",
				"--out", "run"), stream, stream, folder, new NullProgressMonitor())), out.toString(StandardCharsets.UTF_8));
		String header = Files.readAllLines(folder.resolve("run/memberships.csv")).get(0);
		assertEquals("row,'@SUM(A1),'+cmd|' /C calc'!A0,Os der lærer", header);
	}
}
