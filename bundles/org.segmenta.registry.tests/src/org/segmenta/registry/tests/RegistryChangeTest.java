/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.segmenta.cli.internal.CommandLauncher;
import org.segmenta.registry.ContributionRegistry;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.ValidationRule;

/**
 * Registries are built once and again after their extension point changes: contributions added to
 * the running platform's registry, as when a plug-in is installed, and removed again.
 */
class RegistryChangeTest {

	private static final String COMMANDS = "org.segmenta.cli.commands";
	private static final String RULE_EXTENSION = "org.segmenta.registry.tests.runtime-rule";
	private static final String COMMAND_EXTENSION = "org.segmenta.registry.tests.runtime-command";

	/** What a plug-in installed at run time would bring: a rule and a command. */
	private static final String CONTRIBUTION = """
			<?xml version="1.0" encoding="UTF-8"?>
			<plugin>
			   <extension id="runtime-rule" point="org.segmenta.validation.rules">
			      <rule class="org.segmenta.registry.tests.RuntimeRule"/>
			   </extension>
			   <extension id="runtime-command" point="org.segmenta.cli.commands">
			      <command name="echo" class="org.segmenta.registry.tests.EchoCommand" usage="echo WORD..."
			            description="Run-time contribution: prints its words."/>
			   </extension>
			</plugin>
			""";

	@TempDir
	Path folder;

	private final IExtensionRegistry registry = Platform.getExtensionRegistry();

	@Test
	void theSharedCatalogIsBuiltOnceAndAgainWhenRulesAreAddedOrRemoved() {
		RuleCatalog before = RuleCatalog.getDefault();
		assertSame(before, RuleCatalog.getDefault(), "unchanged contributions give the same catalog");
		assertTrue(before.find(RuntimeRule.ID).isEmpty());

		contribute();
		try {
			RuleCatalog added = Eventually.until(RuleCatalog::getDefault, catalog -> catalog.find(RuntimeRule.ID).isPresent(),
					"the rule added at run time");
			assertNotSame(before, added);
			assertEquals(before.rules().size() + 1, added.rules().size());
			assertSame(added, RuleCatalog.getDefault());
			assertEquals("éøå", Eventually.until(() -> run("echo", "éøå"), output -> !output.startsWith("exit 2"),
					"the command added at run time").strip());
		} finally {
			withdraw();
		}

		RuleCatalog removed = Eventually.until(RuleCatalog::getDefault, catalog -> catalog.find(RuntimeRule.ID).isEmpty(),
				"the rule's removal");
		assertEquals(before.rules().stream().map(ValidationRule::id).toList(),
				removed.rules().stream().map(ValidationRule::id).toList());
		Eventually.until(() -> run("echo", "again"), output -> output.startsWith("exit 2"), "the command's removal");
	}

	@Test
	void aRegistryIsBuiltOnceAndAgainAfterItsExtensionPointChanges() {
		AtomicInteger builds = new AtomicInteger();
		try (ContributionRegistry<Integer> commands = ContributionRegistry.of(registry, extensions -> {
			builds.incrementAndGet();
			return extensions.getConfigurationElementsFor(COMMANDS).length;
		}, COMMANDS)) {
			int before = commands.get();
			assertEquals(before, commands.get());
			assertEquals(1, builds.get(), "read once while nothing changes");

			contribute();
			try {
				assertEquals(before + 1, Eventually.until(commands::get, count -> count == before + 1, "the added command"));
				assertEquals(2, builds.get());
				commands.get();
				assertEquals(2, builds.get());
			} finally {
				withdraw();
			}
			assertEquals(before, Eventually.until(commands::get, count -> count == before, "the removed command"));
			int afterRemoval = builds.get();
			commands.get();
			assertEquals(afterRemoval, builds.get());
		}
	}

	private void contribute() {
		IContributor contributor = ContributorFactoryOSGi.createContributor(FrameworkUtil.getBundle(getClass()));
		// no token: the tests run with eclipse.registry.nulltoken (build.properties)
		assertTrue(registry.addContribution(new ByteArrayInputStream(CONTRIBUTION.getBytes(StandardCharsets.UTF_8)),
				contributor, false, "run-time contribution", null, null));
	}

	private void withdraw() {
		for (String id : new String[] { RULE_EXTENSION, COMMAND_EXTENSION }) {
			IExtension extension = registry.getExtension(id);
			if (extension != null) {
				assertTrue(registry.removeExtension(extension, null), id);
			}
		}
	}

	/** What the launcher prints for {@code words}, or {@code exit N} and its errors when it fails. */
	private String run(String... words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = new CommandLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), folder).run(Arrays.asList(words));
		return exitCode == 0 ? out.toString(StandardCharsets.UTF_8) : "exit " + exitCode + ": " + err.toString(StandardCharsets.UTF_8);
	}
}
