/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that readers see either the old content or the complete new one: the content
 * goes to a temporary file beside the target, is flushed to disk and then moved into place. On
 * any failure the temporary file is removed and the target is left as it was. A replaced file
 * keeps its permissions (and owner and group where the system allows); a new one gets those new
 * files get, not the owner-only ones of {@link Files#createTempFile}. Every file Segmenta writes
 * (models, reports, assignments) goes through here.
 */
public final class AtomicFiles {

	/** Produces a file's content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** A file to write and what goes into it. */
	public record Pending(Path target, Content content) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** This process's id, in the staging files' names, so that a later run can tell which are stale. */
	private static final long PROCESS = ProcessHandle.current().pid();

	/**
	 * A staging file: {@code .NAME.PID-RANDOM.saving} (saves) or {@code .part} (reports), or without
	 * the process id as earlier versions named them.
	 */
	private static final Pattern STAGING_NAME = Pattern.compile("\\..+\\.(?:(\\d+)-)?[0-9a-f]{1,16}\\.(?:saving|part)");

	private AtomicFiles() {
	}

	/** Replaces {@code target} with {@code text} in UTF-8. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Replaces {@code target} with what {@code content} writes. */
	public static void write(Path target, Content content) throws IOException {
		writeAll(List.of(new Pending(target, content)));
	}

	/**
	 * Writes several files as one change: every content goes to a temporary file first, and only
	 * when all are complete are they moved into place, in the given order. Put the file that names
	 * the others last (a model after its assignments under a new name), so it always names files
	 * that are complete. A failure while writing leaves every target as it was; a failure while
	 * moving leaves the files moved so far. No temporary file is left behind.
	 */
	public static void writeAll(List<Pending> files) throws IOException {
		files.stream().map(file -> file.target().toAbsolutePath().getParent()).distinct().forEach(AtomicFiles::deleteStale);
		List<Path> temporaries = new ArrayList<>();
		try {
			for (Pending file : files) {
				Path temporary = temporaryFor(file.target());
				temporaries.add(temporary);
				writeTo(temporary, file.content());
			}
			for (int i = 0; i < files.size(); i++) {
				replace(temporaries.get(i), files.get(i).target());
			}
		} finally {
			for (Path temporary : temporaries) {
				Files.deleteIfExists(temporary);
			}
		}
	}

	/**
	 * A new, empty, hidden file beside {@code target} to stage its content in, created with the
	 * permissions new files get.
	 */
	public static Path temporaryFor(Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		return Files.createFile(folder.resolve(stagingName(target.getFileName().toString(), "saving")));
	}

	/**
	 * The hidden name to stage {@code fileName} under, {@code .NAME.PID-RANDOM.SUFFIX}: unique, and
	 * naming this process so that {@link #deleteStale(Path)} can tell when it is gone.
	 */
	public static String stagingName(String fileName, String suffix) {
		return "." + fileName + "." + PROCESS + "-" + Long.toHexString(RANDOM.nextLong()) + "." + suffix;
	}

	/**
	 * Deletes the staging files in {@code folder} that a process killed while writing left behind:
	 * those of a process that no longer runs (or of an earlier version, which did not name its
	 * process). Files of this process and of one running now are kept.
	 */
	public static void deleteStale(Path folder) {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.{saving,part}")) {
			for (Path file : files) {
				Matcher name = STAGING_NAME.matcher(file.getFileName().toString());
				if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && isStale(name.group(1))) {
					Files.deleteIfExists(file);
				}
			}
		} catch (IOException e) {
			// a stale staging file is hidden and harmless; the save goes on all the same
		}
	}

	private static boolean isStale(String process) {
		if (process == null) {
			return true;
		}
		long pid = Long.parseLong(process);
		return pid != PROCESS && ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true);
	}

	/**
	 * Moves {@code staged} over {@code target} atomically where the file system can, giving it the
	 * permissions, owner and group of the file it replaces.
	 */
	public static void replace(Path staged, Path target) throws IOException {
		keepAttributes(target, staged);
		try {
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void writeTo(Path file, Content content) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
			content.writeTo(out);
			out.flush();
			channel.force(true);
		}
	}

	private static void keepAttributes(Path original, Path replacement) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
		if (view == null || !Files.exists(original)) {
			return;
		}
		PosixFileAttributes attributes = view.readAttributes();
		PosixFileAttributeView target = Files.getFileAttributeView(replacement, PosixFileAttributeView.class,
				LinkOption.NOFOLLOW_LINKS);
		target.setPermissions(attributes.permissions());
		try {
			target.setGroup(attributes.group());
			target.setOwner(attributes.owner());
		} catch (IOException e) {
			// only the owner or an administrator may give a file away; the permissions are what matters
		}
	}
}
