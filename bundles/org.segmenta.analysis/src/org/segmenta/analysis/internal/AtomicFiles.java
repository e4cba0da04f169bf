package org.segmenta.analysis.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary file beside it, so readers never see half a file. */
public final class AtomicFiles {

	/** Writes the content of a file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(BufferedWriter writer) throws IOException;
	}

	private AtomicFiles() {
	}

	public static void write(Path file, String text) throws IOException {
		write(file, writer -> writer.write(text));
	}

	public static void write(Path file, Content content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				content.writeTo(writer);
			}
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
