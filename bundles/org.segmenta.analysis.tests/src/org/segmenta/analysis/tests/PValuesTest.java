/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.segmenta.tests.support.JsonFiles.member;
import static org.segmenta.tests.support.JsonFiles.object;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.analysis.UpperTail;
import org.segmenta.analysis.internal.ProfileCommand;
import org.segmenta.cli.CommandContext;
import org.segmenta.tests.support.JsonFiles;

import com.google.gson.JsonObject;

/**
 * P-values against closed forms that share nothing with the incomplete gamma and beta functions:
 * the chi-square upper tail with 2 degrees of freedom is exp(-x/2), the F upper tail with 2 and d
 * degrees of freedom is (1 + 2f/d)^(-d/2). With 1 - cdf every p below about 1e-16 was 0.
 */
class PValuesTest {

	@TempDir
	Path folder;

	@Test
	void chiSquareUpperTailKeepsItsDigitsDownTo1e300() {
		for (double x : new double[] { 0.5, 10, 45.5, 100, 700, 1381.55 }) {
			assertRelative(Math.exp(-x / 2), UpperTail.chiSquare(x, 2), "chi2 " + x);
		}
		// scipy.stats.chi2.sf(38.72, 1) = 4.891710270605...e-10; 1 - cdf gave 4.89171037e-10
		assertRelative(4.8917102706e-10, UpperTail.chiSquare(38.72, 1), "chi2 38.72 on 1 df");
		assertTrue(UpperTail.chiSquare(1381.55, 2) < 1e-299);
	}

	@Test
	void fUpperTailKeepsItsDigitsDownTo1e300() {
		for (double d : new double[] { 5, 30, 200 }) {
			for (double f : new double[] { 0.3, 4, 60, 1e4, 1e12 }) {
				double expected = Math.pow(1 + 2 * f / d, -d / 2);
				if (expected > 1e-300) {
					assertRelative(expected, UpperTail.f(f, 2, d), "F " + f + " on 2 and " + d);
				}
			}
		}
	}

	@Test
	void profileWritesSmallPValuesWithTheirExponent() throws Exception {
		// three groups: A answers x, B answers y, C half and half; scores apart by group
		StringBuilder csv = new StringBuilder("group,answer,score\n");
		for (int row = 0; row < 2001; row++) {
			String group = List.of("A", "B", "C").get(row % 3);
			String answer = group.equals("A") ? "x" : group.equals("B") ? "y" : row % 2 == 0 ? "x" : "y";
			double score = (row % 3) * 0.2 + (row % 7) * 0.5;
			csv.append(group).append(',').append(answer).append(',').append(score).append('\n');
		}
		Path data = Files.writeString(folder.resolve("groups.csv"), csv);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertEquals(0, new ProfileCommand().execute(new CommandContext(List.of(data.toString(), "--by", "group",
				"--vars", "answer,score", "--out", "run"), stream, stream, folder, new NullProgressMonitor())),
				out.toString(StandardCharsets.UTF_8));

		JsonObject variables = object(JsonFiles.object(folder.resolve("run/profile.json")),
				"variables");
		JsonObject answer = object(variables, "answer");
		assertEquals(2, member(answer, "df").getAsInt());
		double chi2 = member(answer, "chi2").getAsDouble();
		assertTrue(chi2 > 1200 && chi2 < 1400, "chi2 " + chi2);
		// chi2 is read back at 10 digits, which leaves p a relative uncertainty of about 1e-7
		assertClose(Math.exp(-chi2 / 2), member(answer, "p").getAsDouble(), 1e-6, "answer p");
		assertTrue(member(answer, "p").getAsString().matches("\\d(\\.\\d+)?e-\\d{3}"), member(answer, "p").toString());

		JsonObject score = object(variables, "score");
		double f = member(score, "F").getAsDouble();
		double expected = Math.pow(1 + 2 * f / 1998, -1998 / 2.0);
		assertTrue(expected < 1e-9 && expected > 1e-300, "p " + expected);
		assertClose(expected, member(score, "p").getAsDouble(), 1e-6, "score p");
		assertTrue(member(score, "p").getAsString().matches("\\d(\\.\\d+)?e-\\d+"), member(score, "p").toString());
	}

	private static void assertRelative(double expected, double actual, String what) {
		assertClose(expected, actual, 1e-11, what);
	}

	private static void assertClose(double expected, double actual, double relative, String what) {
		assertTrue(expected > 0 && Math.abs(actual - expected) <= relative * expected,
				what + ": " + actual + " instead of " + expected);
	}
}
