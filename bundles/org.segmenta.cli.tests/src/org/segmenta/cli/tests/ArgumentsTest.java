/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.segmenta.cli.Arguments;

/** Defaults from elsewhere (a model) for options the command line does not give. */
class ArgumentsTest {

	private static final Set<String> OPTIONS = Set.of("weight", "id", "out");

	@Test
	void aDefaultFillsOnlyAnOptionNotGiven() throws Exception {
		Arguments given = Arguments.parse(List.of("data.csv", "--weight", "none", "--out", "d"), OPTIONS, Set.of("x"));
		Arguments defaulted = given.withDefault("weight", "w").withDefault("id", "respondent");
		assertEquals(Optional.of("none"), defaulted.option("weight"), "the command line comes first");
		assertEquals(Optional.of("respondent"), defaulted.option("id"));
		assertEquals(Optional.of("d"), defaulted.option("out"));
		assertEquals(List.of("data.csv"), defaulted.positional());
		assertEquals(Optional.empty(), given.option("id"), "the parsed arguments are not changed");
	}

	@Test
	void noValueIsNoDefault() throws Exception {
		Arguments given = Arguments.parse(List.of("data.csv", "--x"), OPTIONS, Set.of("x"));
		assertSame(given, given.withDefault("weight", null));
		assertSame(given, given.withDefault("weight", " "));
		assertTrue(given.withDefault("id", "respondent").flag("x"), "flags stay");
	}
}
