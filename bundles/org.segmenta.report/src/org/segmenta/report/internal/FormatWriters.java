/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.logging.log4j.LogManager;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.segmenta.report.ReportInput;
import org.segmenta.report.ReportResult;

/**
 * The formats of one report, written side by side on a pool of workers, each into its own staged
 * files. Once all are done, the files of the formats that succeeded are moved into place in report
 * order; a cancelled run deletes everything it staged, so the folder stays as it was.
 */
public final class FormatWriters {

	/** Progress ticks per format, so that an exporter's own progress shows while it writes. */
	private static final int TICKS_PER_FORMAT = 100;
	/** How often the caller's monitor is asked for cancellation and told the formats' progress. */
	private static final long POLL_MILLIS = 100;
	/** How long a cancelled run waits for its exporters to stop and delete what they staged. */
	private static final long STOP_SECONDS = 10;

	private final List<ExporterDescriptor> exporters;
	private final ReportInput input;
	private final Path folder;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final List<FormatProgress> formatProgress = new ArrayList<>();
	private final List<Future<StagedReportFiles>> staged = new ArrayList<>();
	private int ticksReported;

	public FormatWriters(List<ExporterDescriptor> exporters, ReportInput input, Path folder) {
		this.exporters = List.copyOf(exporters);
		this.input = input;
		this.folder = folder;
	}

	/**
	 * Writes every format, telling {@code progress} which one the run waits for.
	 *
	 * @throws OperationCanceledException when {@code progress} is cancelled (or the thread is
	 *                                    interrupted); no file has then been written or replaced
	 */
	public ReportResult write(SubMonitor progress) {
		progress.setWorkRemaining(exporters.size() * TICKS_PER_FORMAT);
		StagedReportFiles.deleteStale(folder);
		boolean images = exporters.stream().anyMatch(ExporterDescriptor::images);
		// POI logs through the Log4j API, PDFBox through commons-logging onto it: two workers starting
		// it at once deadlock in Log4j's provider lookup, so it is started here, before them
		LogManager.getContext(false);
		int cores = Runtime.getRuntime().availableProcessors();
		ExecutorService workers = Executors.newFixedThreadPool(
				Math.max(1, images ? cores : Math.min(exporters.size(), cores)), daemon());
		boolean finished = false;
		try {
			submit(workers);
			List<Throwable> failures = new ArrayList<>();
			for (int i = 0; i < exporters.size(); i++) {
				progress.subTask(input.language().text("progress.writing", exporters.get(i).name()));
				failures.add(await(staged.get(i), progress));
			}
			progress.checkCanceled();
			ReportResult result = commit(failures);
			finished = true;
			progress.subTask(input.language().text("progress.done", result.written().size(), folder.toString()));
			progress.done();
			return result;
		} finally {
			if (!finished) {
				cancelled.set(true);
			}
			workers.shutdownNow();
			if (!finished) {
				awaitStop(workers);
				staged.forEach(FormatWriters::discard);
			}
		}
	}

	private void submit(ExecutorService workers) {
		boolean imagesQueued = false;
		for (ExporterDescriptor exporter : exporters) {
			if (exporter.images() && !imagesQueued) {
				// the PNGs are most of the image formats' work: drawn ahead on every worker (while the
				// formats before write) rather than one after the other inside the first image format;
				// a chart that fails here fails again in the format, which reports it
				input.allCharts().forEach(chart -> workers.submit(() -> chart.png()));
				imagesQueued = true;
			}
			FormatProgress monitor = new FormatProgress(cancelled);
			formatProgress.add(monitor);
			staged.add(workers.submit(() -> stage(exporter, monitor)));
		}
	}

	/** Writes one format into staged files, which are deleted if it fails or the report is cancelled. */
	private StagedReportFiles stage(ExporterDescriptor exporter, FormatProgress monitor) throws Exception {
		StagedReportFiles files = new StagedReportFiles(folder, monitor);
		try {
			exporter.create().export(input, files, monitor);
			// an exporter that never looks at its monitor still leaves nothing behind when cancelled
			monitor.checkCanceled();
			return files;
		} catch (Throwable failure) {
			files.discard();
			throw failure;
		} finally {
			monitor.finish();
		}
	}

	/** Waits for one format, passing progress on; returns its failure, or null when it was staged. */
	private Throwable await(Future<StagedReportFiles> format, SubMonitor progress) {
		while (true) {
			progress.checkCanceled();
			try {
				format.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
				reportProgress(progress);
				return null;
			} catch (TimeoutException e) {
				reportProgress(progress);
			} catch (ExecutionException e) {
				if (e.getCause() instanceof OperationCanceledException cancel) {
					throw cancel;
				}
				reportProgress(progress);
				return e.getCause();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
		}
	}

	private void reportProgress(SubMonitor progress) {
		double done = formatProgress.stream().mapToDouble(FormatProgress::fraction).sum();
		int ticks = (int) (done * TICKS_PER_FORMAT);
		if (ticks > ticksReported) {
			progress.worked(ticks - ticksReported);
			ticksReported = ticks;
		}
	}

	/** Moves the staged files of the formats that succeeded into place, in report order. */
	private ReportResult commit(List<Throwable> failures) {
		List<ReportResult.Format> formats = new ArrayList<>();
		for (int i = 0; i < exporters.size(); i++) {
			ExporterDescriptor exporter = exporters.get(i);
			Throwable failure = failures.get(i);
			List<Path> files = List.of();
			if (failure == null) {
				StagedReportFiles format = staged.get(i).resultNow();
				try {
					files = format.commit();
				} catch (IOException e) {
					format.discard();
					failure = e;
				}
			}
			formats.add(new ReportResult.Format(exporter.id(), exporter.name(), files, failure));
		}
		return new ReportResult(folder, formats);
	}

	/** Waits a while for the exporters still running to see the cancellation and delete their files. */
	private static void awaitStop(ExecutorService workers) {
		boolean interrupted = Thread.interrupted();
		try {
			workers.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			interrupted = true;
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void discard(Future<StagedReportFiles> format) {
		if (format.state() == Future.State.SUCCESS) {
			format.resultNow().discard();
		}
	}

	private static ThreadFactory daemon() {
		return runnable -> {
			Thread thread = new Thread(runnable, "segmenta-report");
			thread.setDaemon(true);
			return thread;
		};
	}
}
