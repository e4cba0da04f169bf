/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.persistence.AtomicFiles;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void failedSaveLeavesThePreviousFileIntact() throws Exception {
		Path file = folder.resolve("model.segmentation");
		Files.copy(Examples.model(), file);
		Project project = SegmentationFiles.load(file);
		SegmentationFiles.save(project, file);
		byte[] before = Files.readAllBytes(file);

		// a reference to a segment that is in no resource makes the serialiser fail part-way through
		Segment deleted = SegmentaFactory.eINSTANCE.createSegment();
		deleted.setName("Deleted elsewhere");
		Persona persona = project.getPersonas().get(project.getPersonas().size() - 1);
		persona.getSegments().add(deleted);
		project.setName(project.getName() + " (edited)");

		assertThrows(IOException.class, () -> SegmentationFiles.save(project, file));

		assertArrayEquals(before, Files.readAllBytes(file), "the previous file was changed");
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(file), left.toList(), "the failed save left files behind");
		}
	}

	@Test
	void pastedCopyGetsItsOwnIdAndReferencesKeepPointingAtTheOriginal() throws Exception {
		Path file = folder.resolve("model.segmentation");
		Files.copy(Examples.model(), file);
		Project project = SegmentationFiles.load(file);
		Segment original = project.getSegmentations().get(0).getSegments().get(0);
		Persona persona = original.getPersonas().get(0);

		Segment copy = EcoreUtil.copy(original);
		project.getSegmentations().get(0).getSegments().add(copy);

		assertTrue(copy.getId() != null && !copy.getId().equals(original.getId()), copy.getId());
		assertEquals(original, project.eResource().getEObject(original.getId()));
		SegmentationFiles.save(project, file);
		Project reloaded = SegmentationFiles.load(file);
		Persona reloadedPersona = (Persona) reloaded.eResource().getEObject(persona.getId());
		assertTrue(reloadedPersona.getSegments().stream().anyMatch(s -> s.getId().equals(original.getId())),
				"the persona lost its reference to the original segment");
	}

	@Test
	void successfulSaveReplacesTheFileAndAssignsIds() throws Exception {
		Path file = folder.resolve("model.segmentation");
		Files.copy(Examples.model(), file);
		Project project = SegmentationFiles.load(file);
		Segment added = SegmentaFactory.eINSTANCE.createSegment();
		added.setName("Nybegyndere i Næstved");
		project.getSegmentations().get(0).getSegments().add(added);

		SegmentationFiles.save(project, file);

		assertTrue(added.getId() != null && added.getId().startsWith("segment-"), added.getId());
		Project reloaded = SegmentationFiles.load(file);
		assertEquals("Nybegyndere i Næstved", ((Segment) reloaded.eResource().getEObject(added.getId())).getName());
		try (Stream<Path> left = Files.list(folder)) {
			assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".saving")));
		}
	}

	@Test
	void saveKeepsTheFilesPermissions() throws Exception {
		Path file = folder.resolve("model.segmentation");
		Files.copy(Examples.model(), file);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		Path report = folder.resolve("report.txt");
		AtomicFiles.writeString(report, "first");
		Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));

		SegmentationFiles.save(SegmentationFiles.load(file), file);
		AtomicFiles.writeString(report, "second");

		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
		AtomicFiles.writeString(folder.resolve("new.txt"), "new");
		assertTrue(Files.getPosixFilePermissions(folder.resolve("new.txt")).contains(PosixFilePermission.OWNER_READ));
	}

	@Test
	void filesWrittenTogetherAreAllWrittenBeforeAnyIsMovedAndLeaveNoTemporaryFiles() throws Exception {
		Path first = folder.resolve("first.csv");
		Path second = folder.resolve("second.segmentation");
		Files.writeString(second, "old");

		assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
				new AtomicFiles.Pending(first, out -> out.write('1')),
				new AtomicFiles.Pending(second, out -> {
					throw new IOException("serialiser failed");
				}))));
		assertEquals(List.of(second), list(), "a file was moved although another failed to write");

		// a target that cannot be replaced (a folder with files) fails the last move
		Files.delete(second);
		Files.createDirectories(second.resolve("blocked"));
		assertThrows(IOException.class, () -> AtomicFiles.writeAll(List.of(
				new AtomicFiles.Pending(first, out -> out.write('1')),
				new AtomicFiles.Pending(second, out -> out.write('2')))));
		assertEquals("1", Files.readString(first), "the files before the failed move are in place");
		assertEquals(List.of(first, second), list(), "temporary files are left");
	}

	private List<Path> list() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	@Test
	void aSaveDeletesTheStagingFilesThatAKilledProcessLeftAndKeepsTheLiveOnes() throws Exception {
		Path folder = Files.createDirectories(this.folder.resolve("stale"));
		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Path killed = Files.writeString(folder.resolve(".model.segmentation." + ended.pid() + "-9f3a.saving"), "half");
		Path olderVersion = Files.writeString(folder.resolve(".model-a-assignments.csv.5e1d2c3b4a.saving"), "half");
		Path killedReport = Files.writeString(folder.resolve(".report.json." + ended.pid() + "-77aa.part"), "half");
		Path live = Files.writeString(folder.resolve(".model.segmentation." + ProcessHandle.current().pid() + "-1b.saving"), "now");
		Path notStaging = Files.writeString(folder.resolve(".notes.saving.txt"), "mine");

		AtomicFiles.writeString(folder.resolve("model.segmentation"), "<saved/>");

		assertFalse(Files.exists(killed), "left by a process that has ended");
		assertFalse(Files.exists(olderVersion), "named by an earlier version, without its process");
		assertFalse(Files.exists(killedReport), "a report's staging file of an ended process");
		assertTrue(Files.exists(live), "this process may be writing it");
		assertTrue(Files.exists(notStaging), "not a staging file");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(".model.segmentation." + ProcessHandle.current().pid() + "-1b.saving", ".notes.saving.txt",
					"model.segmentation"), files.map(file -> file.getFileName().toString()).sorted().toList());
		}
	}
}
