package org.segmenta.report.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.cli.Arguments;
import org.segmenta.cli.Command;
import org.segmenta.cli.CommandContext;
import org.segmenta.cli.ExitCode;
import org.segmenta.cli.UsageException;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportFindings;
import org.segmenta.report.ReportInput;

/**
 * {@code ./segmenta report MODEL --out DIR [--formats html,pdf,...]}: writes the report in every
 * requested format, the formats in parallel. Each format is staged and committed on its own, so one
 * failing format leaves no file of its own behind and does not stop the others; the command then
 * exits with 1.
 */
public class ReportCommand implements Command {

	@Override
	public int execute(CommandContext context) throws UsageException {
		Arguments arguments = Arguments.parse(context.arguments(), Set.of("out", "formats"), Set.of());
		Path modelFile = context.resolve(arguments.requireSinglePositional("MODEL file"));
		Path folder = context.resolve(arguments.option("out")
				.orElseThrow(() -> new UsageException("missing --out DIR, the folder to write the report into")));
		ReportContributions contributions = ReportContributions.getDefault();
		List<ExporterDescriptor> exporters = select(contributions.exporters(), arguments.option("formats").orElse(""));

		IProgressMonitor progress = context.progress();
		progress.beginTask("Loading " + modelFile.getFileName(), exporters.size() + 1);
		Project project;
		try {
			project = SegmentationFiles.load(modelFile);
		} catch (ModelLoadException e) {
			throw new UsageException(e.getMessage(), e);
		}
		ReportInput input;
		Consumer<String> problems = problem -> context.err().println("segmenta report: " + problem);
		try {
			ReportFindings findings = contributions.findings(project, problems);
			input = ReportInput.of(project, modelFile, findings, contributions.figures(project, modelFile, problems));
		} catch (IOException e) {
			throw new UsageException(e.getMessage(), e);
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new UsageException(folder + ": cannot create the output folder: " + e.getMessage(), e);
		}
		progress.worked(1);

		// the formats are independent, so they are written side by side; progress follows report order
		List<Path> written = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		boolean images = exporters.stream().anyMatch(ExporterDescriptor::images);
		// POI logs through the Log4j API, PDFBox through commons-logging onto it: two workers starting
		// it at once deadlock in Log4j's provider lookup, so it is started here, before them
		LogManager.getContext(false);
		int cores = Runtime.getRuntime().availableProcessors();
		ExecutorService workers = Executors.newFixedThreadPool(
				Math.max(1, images ? cores : Math.min(exporters.size(), cores)), daemon());
		try {
			List<Future<List<Path>>> results = new ArrayList<>();
			boolean imagesQueued = false;
			for (ExporterDescriptor exporter : exporters) {
				if (exporter.images() && !imagesQueued) {
					// the PNGs are most of the image formats' work: drawn ahead on every worker (while the
					// formats before write) rather than one after the other inside the first image format;
					// a chart that fails here fails again in the format, which reports it
					input.allCharts().forEach(chart -> workers.submit(chart::png));
					imagesQueued = true;
				}
				results.add(workers.submit(() -> export(exporter, input, folder)));
			}
			for (int i = 0; i < exporters.size(); i++) {
				ExporterDescriptor exporter = exporters.get(i);
				progress.subTask("Writing " + exporter.name());
				try {
					written.addAll(results.get(i).get());
				} catch (ExecutionException e) {
					failed.add(exporter.id());
					context.err().println("segmenta report: the " + exporter.name()
							+ " report failed and was not written: " + describe(e.getCause()));
				}
				progress.worked(1);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} finally {
			workers.shutdownNow();
		}
		progress.subTask("Done: " + written.size() + " files in " + folder);
		progress.done();
		written.forEach(context.out()::println);
		return failed.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	/** Writes one format; its files appear only if it succeeds. */
	private static List<Path> export(ExporterDescriptor exporter, ReportInput input, Path folder) throws Exception {
		try (StagedReportFiles files = new StagedReportFiles(folder)) {
			exporter.create().export(input, files, new NullProgressMonitor());
			return files.commit();
		}
	}

	private static ThreadFactory daemon() {
		return runnable -> {
			Thread thread = new Thread(runnable, "segmenta-report");
			thread.setDaemon(true);
			return thread;
		};
	}

	private static List<ExporterDescriptor> select(Map<String, ExporterDescriptor> available, String formats)
			throws UsageException {
		if (formats.isBlank()) {
			return List.copyOf(available.values());
		}
		Set<String> requested = new LinkedHashSet<>();
		for (String format : formats.split(",")) {
			if (!format.isBlank()) {
				requested.add(format.strip().toLowerCase(java.util.Locale.ROOT));
			}
		}
		List<ExporterDescriptor> selected = new ArrayList<>();
		for (String format : requested) {
			ExporterDescriptor exporter = available.get(format);
			if (exporter == null) {
				throw new UsageException("unknown format '" + format + "' in --formats; the formats are "
						+ String.join(", ", available.keySet()));
			}
			selected.add(exporter);
		}
		if (selected.isEmpty()) {
			throw new UsageException("--formats names no format; the formats are " + String.join(", ", available.keySet()));
		}
		return selected;
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
	}
}
