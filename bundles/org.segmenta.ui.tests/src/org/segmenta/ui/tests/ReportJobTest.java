/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.ui.internal.wizards.ReportJob;

/** The workbench's report job: the report API in the background, one report per folder at a time. */
@ExtendWith(NoLoggedErrors.class)
class ReportJobTest {

	private static final List<String> FORMATS = List.of("html", "csv");

	private ExampleWorkspace workspace;
	private IFile model;

	@BeforeEach
	void createProject() throws Exception {
		workspace = new ExampleWorkspace(getClass().getSimpleName());
		model = workspace.project.getFile(ExampleWorkspace.MODEL);
	}

	@AfterEach
	void deleteProject() throws Exception {
		workspace.dispose();
	}

	@Test
	void aReportIntoAFolderInUseWaitsUntilTheFolderIsFreeThenShowsItsFilesInTheWorkspace() throws Exception {
		IFolder folder = workspace.project.getFolder("rapport");
		folder.create(true, true, null);
		CountDownLatch release = new CountDownLatch(1);
		Job holder = Job.create("Holding the report folder", monitor -> {
			try {
				release.await(30, TimeUnit.SECONDS);
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			}
		});
		holder.setRule(folder);
		holder.schedule();
		ExampleWorkspace.waitUntil(() -> holder.getState() == Job.RUNNING, "the folder is held");

		ReportJob report = new ReportJob(model, folder, FORMATS);
		report.schedule();
		Thread.sleep(1000);
		assertEquals(Job.WAITING, report.getState(), "the report waits for the folder");
		assertEquals(List.of(), names(folder), "and has written nothing yet");

		release.countDown();
		report.join();
		IStatus result = report.getResult();
		assertTrue(result.isOK(), result.getMessage());
		List<String> written = report.written().stream().map(p -> p.getFileName().toString()).toList();
		assertEquals(List.of("report.html", "report-summary.csv", "report-segments.csv"), written);
		assertEquals(written.stream().sorted().toList(), names(folder));
		for (String name : written) {
			assertTrue(folder.getFile(name).exists(), name + " is refreshed in the workspace");
		}
	}

	@Test
	void twoReportsIntoOneFolderRunOneAfterTheOther() throws Exception {
		IFolder folder = workspace.project.getFolder("rapport");
		ReportJob first = new ReportJob(model, folder, FORMATS);
		ReportJob second = new ReportJob(model, folder, FORMATS);
		assertTrue(first.getRule().contains(folder), "the rule covers the new folder");
		assertTrue(first.getRule().isConflicting(second.getRule()));

		// a job's result is set before its rule is released, so whichever starts second sees the other's result
		// (the done events may still be on their way when the second starts, so they cannot tell)
		AtomicInteger startedWhileTheOtherRan = new AtomicInteger();
		JobChangeAdapter counter = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				ReportJob other = event.getJob() == first ? second : first;
				if (other.getState() == Job.RUNNING && other.getResult() == null) {
					startedWhileTheOtherRan.incrementAndGet();
				}
			}
		};
		first.addJobChangeListener(counter);
		second.addJobChangeListener(counter);
		first.schedule();
		second.schedule();
		first.join();
		second.join();
		assertTrue(first.getResult().isOK(), first.getResult().getMessage());
		assertTrue(second.getResult().isOK(), second.getResult().getMessage());
		assertEquals(0, startedWhileTheOtherRan.get(), "never both at once");
		assertTrue(folder.getFile("report.html").exists());

		IFolder other = workspace.project.getFolder("other");
		other.create(true, true, null);
		assertFalse(new ReportJob(model, folder, FORMATS).getRule()
				.isConflicting(new ReportJob(model, other, FORMATS).getRule()), "other folders do not wait");
	}

	@Test
	void aCancelledReportEndsWithTheCancelStatusAndWritesNothing() throws Exception {
		IFolder folder = workspace.project.getFolder("rapport");
		ReportJob report = new ReportJob(model, folder, List.of("html", "pdf", "pptx", "xlsx", "csv", "json"));
		report.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				// as Cancel in the Progress view, once the job runs
				event.getJob().cancel();
			}
		});
		report.schedule();
		report.join();
		assertEquals(IStatus.CANCEL, report.getResult().getSeverity(), report.getResult().getMessage());
		assertEquals(List.of(), report.written());
		boolean folderWritten = Files.exists(folder.getLocation().toPath());
		assertEquals(List.of(), folderWritten ? names(folder) : List.of(), "no file, not even a staged one");
	}

	/** The files in {@code folder} on disk, hidden ones included. */
	private static List<String> names(IFolder folder) throws Exception {
		try (Stream<Path> files = Files.list(folder.getLocation().toPath())) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
