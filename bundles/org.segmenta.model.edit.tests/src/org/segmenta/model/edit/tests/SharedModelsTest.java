/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.edit.SharedModel;
import org.segmenta.model.edit.SharedModels;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.GeneratedModels;

/** One editing domain per model file, counted by its users, saved whole, and read again when changed on disk. */
class SharedModelsTest {

	@TempDir
	Path folder;
	private Path file;
	private SharedModel model;

	@BeforeEach
	void openTheExample() throws Exception {
		file = Examples.modelCopy(folder);
		model = SharedModels.getDefault().acquire(file, folder);
	}

	@AfterEach
	void letGo() {
		while (model.users() > 0) {
			model.release();
		}
	}

	@Test
	void everyUserOfAFileGetsTheSameModelUntilTheLastLetsGo() throws Exception {
		SharedModel first = model;
		SharedModel second = SharedModels.getDefault().acquire(folder.resolve(".").resolve(file.getFileName()), folder);
		assertSame(first, second, "the same file, however it is named");
		assertEquals(2, first.users());
		first.release();
		assertSame(first, SharedModels.getDefault().find(file).orElseThrow(), "one user still holds it");
		second.release();
		assertTrue(SharedModels.getDefault().find(file).isEmpty(), "let go by the last user");
		model = SharedModels.getDefault().acquire(file, folder);
		assertNotSame(first, model, "read again");
	}

	@Test
	void readingALargeModelHoldsUpNeitherTheLookUpNorTheReadingOfAnotherAndIsSharedByASecondCaller() throws Exception {
		Path large = folder.resolve("large.segmentation");
		SegmentationFiles.save(GeneratedModels.communityMap(30_000), large);
		Path other = folder.resolve("other.segmentation");
		Files.copy(file, other);
		List<SharedModel> read = new CopyOnWriteArrayList<>();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		Runnable reading = () -> {
			try {
				read.add(SharedModels.getDefault().acquire(large, folder));
			} catch (Exception | Error e) {
				failures.add(e);
			}
		};
		Thread first = new Thread(reading, "first reader");
		first.start();
		assertTrue(readsAModel(first), "the first reader reads the large model");
		Thread second = new Thread(reading, "second reader");
		second.start();

		// meanwhile, on this thread
		assertSame(model, SharedModels.getDefault().find(file).orElseThrow(), "a model already open is found");
		assertTrue(SharedModels.getDefault().find(large).isEmpty(), "a model still being read is not open yet");
		SharedModel another = SharedModels.getDefault().acquire(other, folder);
		boolean stillReading = readsAModel(first);
		another.release();
		assertTrue(stillReading, "another file was read while the large one still was");

		first.join(60_000);
		second.join(60_000);
		assertEquals(List.of(), failures);
		assertEquals(2, read.size());
		assertSame(read.get(0), read.get(1), "the second caller shares the first one's reading");
		assertEquals(2, read.get(0).users());
		read.get(0).release();
		read.get(0).release();
		assertTrue(SharedModels.getDefault().find(large).isEmpty(), "let go by both");
	}

	/** Whether {@code thread} is inside the reading of a model file (waiting up to 10 s for it to start). */
	private static boolean readsAModel(Thread thread) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline && thread.isAlive()) {
			if (Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName().equals(SharedModel.class.getName())
					&& frame.getMethodName().equals("read"))) {
				return true;
			}
			Thread.sleep(1);
		}
		return false;
	}

	@Test
	void aSaveWritesTheChangedFilesAndLeavesTheOthersAlone() throws Exception {
		Path other = folder.resolve("other.segmentation");
		Files.copy(file, other);
		// a second file in the resource set that nobody edits
		Resource untouched = SegmentationFiles.loadResource(model.domain().getResourceSet(), other);
		FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
		Files.setLastModifiedTime(other, old);
		rename("Nordfag – Ålborg");
		assertTrue(model.isDirty());
		model.save();
		assertFalse(model.isDirty());
		assertFalse(untouched.isModified());
		assertEquals(old, Files.getLastModifiedTime(other), "the file nobody edited was not written");
		assertEquals("Nordfag – Ålborg", SegmentationFiles.load(file).getName());
		assertFalse(model.changedOnDisk(), "its own save is not a change by another program");
	}

	@Test
	void aChangeByAnotherProgramIsSeenAndReadAgainDroppingTheUndoHistory() throws Exception {
		Project before = model.project();
		rename("unsaved");
		Project changed = SegmentationFiles.load(file);
		changed.setName("Changed by git");
		SegmentationFiles.save(changed, file);
		assertTrue(model.changedOnDisk());
		model.reload();
		assertNotSame(before, model.project());
		assertEquals("Changed by git", model.project().getName());
		assertFalse(model.isDirty());
		assertFalse(model.domain().getCommandStack().canUndo(), "the history belonged to the old contents");
		assertFalse(model.changedOnDisk());
	}

	@Test
	void aBrokenFileOnDiskChangesNothingInMemory() throws Exception {
		rename("kept");
		Files.writeString(file, "<?xml version=\"1.0\"?><broken", StandardCharsets.UTF_8);
		assertTrue(model.changedOnDisk());
		ModelLoadException failure = assertThrows(ModelLoadException.class, model::reload);
		assertTrue(failure.getMessage().contains(file.getFileName().toString()), failure.getMessage());
		assertEquals("kept", model.project().getName(), "the edit in memory is still there");
		assertTrue(model.isDirty());
		model.acceptDiskState();
		assertFalse(model.changedOnDisk());
	}

	private void rename(String name) {
		EditingDomain domain = model.domain();
		domain.getCommandStack().execute(SetCommand.create(domain, model.project(), SegmentaPackage.Literals.NAMED_ELEMENT__NAME, name));
	}
}
