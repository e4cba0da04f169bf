/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Platform;

/** Waits for what the platform does in the background: registry events, log entries. */
final class Eventually {

	private static final long TIMEOUT_MILLIS = 10_000;

	private Eventually() {
	}

	/** The first value of {@code value} that {@code holds}; fails, saying {@code what}, after ten seconds. */
	static <T> T until(Supplier<T> value, Predicate<T> holds, String what) {
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		while (true) {
			T current = value.get();
			if (holds.test(current)) {
				return current;
			}
			if (System.currentTimeMillis() > deadline) {
				String seen = String.valueOf(current);
				return fail("waited in vain for " + what + "; last seen: " + seen.substring(Math.max(0, seen.length() - 2000)));
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return fail("interrupted while waiting for " + what);
			}
		}
	}

	/** Waits until the platform log (the workspace's .metadata/.log) holds {@code line} as a warning of {@code bundle}. */
	static void logged(String bundle, String line) {
		Path log = Platform.getLogFileLocation().toFile().toPath();
		until(() -> read(log), text -> text.contains("!ENTRY " + bundle + " 2 ") && text.contains("!MESSAGE " + line),
				"a warning of " + bundle + " in " + log + ": " + line);
	}

	private static String read(Path log) {
		try {
			return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
