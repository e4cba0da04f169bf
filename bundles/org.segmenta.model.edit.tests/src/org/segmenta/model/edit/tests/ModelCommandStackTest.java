/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.edit.ModelCommandStack;
import org.segmenta.model.edit.ModelEditingDomains;

/**
 * Another thread reads the model (a diagram being built) while no command runs: a command waits
 * for a read under way, and a read waits for a command under way, so a reader never sees half an
 * edit; the thread that runs the commands reads without waiting.
 */
class ModelCommandStackTest {

	private final AdapterFactoryEditingDomain domain = ModelEditingDomains.newEditingDomain();
	private final ModelCommandStack stack = (ModelCommandStack) domain.getCommandStack();
	private final Project project = SegmentaFactory.eINSTANCE.createProject();

	@Test
	void aLongReadGivesWayToACommandBetweenItsStepsAndRunsAgainAfterIt() throws Exception {
		project.setName("Medlemmer");
		CountDownLatch reading = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		List<String> finished = new CopyOnWriteArrayList<>();
		Thread reader = new Thread(() -> stack.read(() -> {
			runs.incrementAndGet();
			String name = project.getName();
			reading.countDown();
			// many short steps, 20 s in all unless a change stops them; the second run is left to end at once
			for (int step = 0; step < 2_000 && runs.get() == 1; step++) {
				ModelCommandStack.giveWayToChanges();
				sleep(10);
			}
			finished.add(name + " -> " + project.getName());
		}));
		reader.start();
		assertTrue(reading.await(10, TimeUnit.SECONDS));
		long start = System.nanoTime();
		stack.execute(SetCommand.create(domain, project, SegmentaPackage.Literals.NAMED_ELEMENT__NAME, "Jäsenet"));
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		reader.join(10_000);
		assertFalse(reader.isAlive());
		assertTrue(waited < 2_000, "the command waited for one step of the read, not all of it: " + waited + " ms");
		assertEquals(2, runs.get(), "the read stopped for the command and ran again after it");
		assertEquals(List.of("Jäsenet -> Jäsenet"), finished, "only the second run finished, and it saw the change whole");
	}

	@Test
	void givingWayOutsideAReadOrWithNoChangeWaitingDoesNothing() {
		ModelCommandStack.giveWayToChanges();
		boolean[] read = new boolean[1];
		stack.read(() -> {
			ModelCommandStack.giveWayToChanges();
			read[0] = true;
		});
		assertTrue(read[0]);
	}

	@Test
	void aCommandWaitsForAReadUnderWay() throws Exception {
		project.setName("Medlemmer");
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch finishRead = new CountDownLatch(1);
		String[] seen = new String[2];
		Thread reader = new Thread(() -> stack.read(() -> {
			seen[0] = project.getName();
			reading.countDown();
			await(finishRead);
			seen[1] = project.getName();
		}));
		reader.start();
		assertTrue(reading.await(10, TimeUnit.SECONDS));
		Thread editor = new Thread(() -> stack.execute(SetCommand.create(domain, project, SegmentaPackage.Literals.NAMED_ELEMENT__NAME, "Jäsenet")));
		editor.start();
		editor.join(300);
		assertTrue(editor.isAlive(), "the command waits while the model is read");
		assertEquals("Medlemmer", project.getName());
		finishRead.countDown();
		reader.join(10_000);
		editor.join(10_000);
		assertEquals("Medlemmer", seen[1], "the reader saw the model as it was throughout");
		assertEquals("Jäsenet", project.getName());
	}

	@Test
	void aReadWaitsForACommandUnderWayAndTheCommandsThreadReadsAtOnce() throws Exception {
		CountDownLatch executing = new CountDownLatch(1);
		CountDownLatch finishCommand = new CountDownLatch(1);
		boolean[] readInside = new boolean[1];
		Thread editor = new Thread(() -> stack.change(() -> {
			project.setName("Kunder");
			// the thread that changes the model reads it without waiting for itself
			stack.read(() -> readInside[0] = "Kunder".equals(project.getName()));
			executing.countDown();
			await(finishCommand);
			project.setName("Kunder og medlemmer");
		}));
		editor.start();
		assertTrue(executing.await(10, TimeUnit.SECONDS));
		assertTrue(readInside[0]);
		String[] seen = new String[1];
		Thread reader = new Thread(() -> stack.read(() -> seen[0] = project.getName()));
		reader.start();
		reader.join(300);
		assertTrue(reader.isAlive(), "the read waits while the model changes");
		finishCommand.countDown();
		editor.join(10_000);
		reader.join(10_000);
		assertFalse(reader.isAlive());
		assertEquals("Kunder og medlemmer", seen[0]);
	}

	@Test
	void theOwnerChangesWithoutWaitingOnceAnotherThreadHasAwaitedTheReads() throws Exception {
		project.setName("Medlemmer");
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch finishRead = new CountDownLatch(1);
		Thread reader = new Thread(() -> stack.read(() -> {
			reading.countDown();
			await(finishRead);
		}));
		reader.start();
		assertTrue(reading.await(10, TimeUnit.SECONDS));
		assertFalse(stack.changeIfUnread(() -> project.setName("Kunder")), "no change while a read is under way");
		assertEquals("Medlemmer", project.getName());
		Thread waiting = new Thread(stack::awaitReaders);
		waiting.start();
		waiting.join(300);
		assertTrue(waiting.isAlive(), "awaiting the readers waits for the read under way");
		finishRead.countDown();
		waiting.join(10_000);
		reader.join(10_000);
		assertFalse(waiting.isAlive());
		assertTrue(stack.changeIfUnread(() -> project.setName("Jäsenet")));
		assertEquals("Jäsenet", project.getName());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
