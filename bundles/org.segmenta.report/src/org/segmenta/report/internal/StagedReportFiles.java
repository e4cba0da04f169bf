/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.report.ReportFiles;

import org.segmenta.model.persistence.AtomicFiles;

/**
 * Report files written to hidden temporary files beside their final place and moved there only on
 * {@link #commit()}; {@link #discard()} deletes them. A failed or cancelled export thus leaves
 * neither a half-written file nor a stale temporary one.
 */
final class StagedReportFiles implements ReportFiles, AutoCloseable {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** This process's id, in the staging files' names: {@code .NAME.PID-RANDOM.part}. */
	private static final long PROCESS = ProcessHandle.current().pid();

	/** A staging file: {@code .NAME.PID-RANDOM.part}, or {@code .NAME.RANDOM.part} as earlier versions named them. */
	private static final Pattern STAGING_NAME = Pattern.compile("\\..+\\.(?:(\\d+)-)?[0-9a-f]{1,16}\\.part");

	private final Path folder;
	private final IProgressMonitor monitor;
	private final Map<Path, Path> stagedToFinal = new LinkedHashMap<>();
	private boolean committed;

	/** Files in {@code folder}; none is created once {@code monitor} is cancelled. */
	StagedReportFiles(Path folder, IProgressMonitor monitor) {
		this.folder = folder;
		this.monitor = monitor;
	}

	@Override
	public OutputStream create(String fileName) throws IOException {
		// also stops an exporter that never looks at its monitor
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
			throw new IOException("an exporter asked for the file '" + fileName + "'; a report file is a plain name");
		}
		Path target = folder.resolve(fileName);
		if (stagedToFinal.containsValue(target)) {
			throw new IOException("an exporter wrote " + fileName + " twice");
		}
		// not createTempFile: its owner-only permissions would carry over to the report
		Path staged = folder.resolve("." + fileName + "." + PROCESS + "-" + Long.toHexString(RANDOM.nextLong()) + ".part");
		OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		stagedToFinal.put(staged, target);
		return out;
	}

	/**
	 * Deletes the staging files in {@code folder} that a report killed while writing left behind:
	 * those of a process that no longer runs (or of an earlier version, which did not name its
	 * process). Files of this process and of a report running now in another are kept.
	 */
	static void deleteStale(Path folder) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.part")) {
			for (Path file : files) {
				Matcher name = STAGING_NAME.matcher(file.getFileName().toString());
				if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isStale(name.group(1))) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException e) {
			// a stale staging file is hidden and harmless; the report is written all the same
		}
	}

	private static boolean isStale(String process) {
		if (process == null) {
			return true;
		}
		long pid = Long.parseLong(process);
		return pid != PROCESS && ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true);
	}

	/** Moves every staged file to its final name, replacing an older report and keeping its permissions. */
	List<Path> commit() throws IOException {
		for (Map.Entry<Path, Path> file : stagedToFinal.entrySet()) {
			AtomicFiles.replace(file.getKey(), file.getValue());
		}
		committed = true;
		return List.copyOf(stagedToFinal.values());
	}

	/** Deletes whatever was staged and not committed. */
	void discard() {
		if (committed) {
			return;
		}
		for (Path staged : stagedToFinal.keySet()) {
			try {
				Files.deleteIfExists(staged);
			} catch (IOException e) {
				// nothing more to do: the file is hidden and named *.part
			}
		}
		stagedToFinal.clear();
	}

	@Override
	public void close() {
		discard();
	}
}
