/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Path staged = folder.resolve(AtomicFiles.stagingName(fileName, "part"));
		OutputStream out = Files.newOutputStream(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		stagedToFinal.put(staged, target);
		return out;
	}

	/** Deletes the staging files in {@code folder} that a report or save killed while writing left behind. */
	static void deleteStale(Path folder) {
		AtomicFiles.deleteStale(folder);
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
