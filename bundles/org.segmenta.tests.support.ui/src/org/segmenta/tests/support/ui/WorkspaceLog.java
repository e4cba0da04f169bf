/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.tests.support.ui;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * What the platform log receives from {@link #start()} on, seen twice: by a log listener, and as
 * the entries appended to the workspace's {@code .metadata/.log}. Warnings are allowed; errors make
 * {@link #assertNoErrors(String)} fail with each entry's plug-in id and message.
 */
public final class WorkspaceLog implements AutoCloseable {

	private static final String ENTRY = "!ENTRY ";
	private static final String MESSAGE = "!MESSAGE ";

	private final List<String> heard = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> collectErrors(status, heard);
	private final Path file;
	private final long startLength;

	private WorkspaceLog() throws IOException {
		IPath location = Platform.getLogFileLocation();
		file = location == null ? null : location.toPath();
		startLength = file != null && Files.exists(file) ? Files.size(file) : 0;
		Platform.addLogListener(listener);
	}

	/** Starts listening; {@link #close()} stops. */
	public static WorkspaceLog start() throws IOException {
		return new WorkspaceLog();
	}

	/** The errors the log listener heard, as {@code plugin: message}. */
	public List<String> errorsHeard() {
		return List.copyOf(heard);
	}

	/** The error entries appended to {@code .metadata/.log} since the start, as {@code plugin: message}. */
	public List<String> errorsInFile() throws IOException {
		List<String> errors = new ArrayList<>();
		if (file == null || !Files.exists(file)) {
			return errors;
		}
		String[] lines = appendedText().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].startsWith(ENTRY)) {
				continue;
			}
			// !ENTRY <plug-in id> <severity> <code> <date>
			String[] fields = lines[i].substring(ENTRY.length()).split(" ");
			if (fields.length > 1 && Integer.parseInt(fields[1]) == IStatus.ERROR) {
				String message = i + 1 < lines.length && lines[i + 1].startsWith(MESSAGE)
						? lines[i + 1].substring(MESSAGE.length())
						: "";
				errors.add(fields[0] + ": " + message);
			}
		}
		return errors;
	}

	/** The text written to the log file since the start (all of it when the log was rolled over). */
	private String appendedText() throws IOException {
		try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
			long from = log.length() < startLength ? 0 : startLength;
			byte[] appended = new byte[(int) (log.length() - from)];
			log.seek(from);
			log.readFully(appended);
			return new String(appended, StandardCharsets.UTF_8);
		}
	}

	/** Fails when the listener heard or the log file received an error since the start, listing them. */
	public void assertNoErrors(String during) throws IOException {
		List<String> inFile = errorsInFile();
		if (heard.isEmpty() && inFile.isEmpty()) {
			return;
		}
		StringBuilder report = new StringBuilder("errors were logged while " + during + ":");
		heard.forEach(error -> report.append("\n  log listener: ").append(error));
		inFile.forEach(error -> report.append("\n  ").append(file.getFileName()).append(": ").append(error));
		throw new AssertionError(report.toString());
	}

	private static void collectErrors(IStatus status, List<String> errors) {
		if (status.getSeverity() != IStatus.ERROR) {
			return;
		}
		Throwable cause = status.getException();
		errors.add(status.getPlugin() + ": " + status.getMessage() + (cause == null ? "" : " (" + cause + ")"));
	}

	@Override
	public void close() {
		Platform.removeLogListener(listener);
	}
}
