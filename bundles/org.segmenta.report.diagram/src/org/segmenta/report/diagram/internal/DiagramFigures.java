/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.diagram.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.OperationCanceledException;
import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFigureSource;
import org.segmenta.report.ReportLanguage;
import org.segmenta.report.ReportLimits;
import org.segmenta.report.ReportText;

/**
 * Puts the model's diagrams into its reports: the segment tree with the segmentations, the persona
 * board with the personas, the value-community map with the communities and the buying-centre map
 * with the buying centres, each at its saved layout (or an ELK layout), as the workbench shows it.
 * A kind with nothing to show is left out, and so is a diagram too large for a report, with a
 * notice in its place.
 * <p>
 * The kinds are independent, so they are built side by side, each from its own copy of the model
 * file: a diagram session writes into its resource set (it reads the diagram file into it and
 * follows it with an adapter), which two threads must not do on one resource set. The report's
 * own resource set is left as it was.
 */
public class DiagramFigures implements ReportFigureSource {

	private static final Map<String, Place> PLACES = new LinkedHashMap<>();

	static {
		PLACES.put("segment-tree", Place.SEGMENTATIONS);
		PLACES.put("persona-board", Place.PERSONAS);
		PLACES.put("value-community-map", Place.VALUE_COMMUNITIES);
		PLACES.put("buying-centre-map", Place.BUYING_CENTRES);
	}

	@Override
	public List<ReportFigure> figures(Project project, Path modelFile) throws IOException {
		return figures(project, modelFile, ReportLanguage.of(project));
	}

	/** The diagrams with their headings, labels and numbers in the report's language. */
	@Override
	public List<ReportFigure> figures(Project project, Path modelFile, ReportLanguage language) throws IOException {
		DiagramKinds kinds = DiagramKinds.getDefault().in(language.locale());
		List<String> present = PLACES.keySet().stream().filter(kind -> kinds.find(kind).isPresent()).toList();
		if (present.isEmpty()) {
			return List.of();
		}
		ExecutorService workers = Executors.newFixedThreadPool(
				Math.min(present.size(), Runtime.getRuntime().availableProcessors()), runnable -> {
					Thread thread = new Thread(runnable, "segmenta-report-diagram");
					thread.setDaemon(true);
					return thread;
				});
		try {
			List<Future<Optional<ReportFigure>>> building = new ArrayList<>();
			for (String kind : present) {
				// counted on the report's own model, so a diagram left out costs no copy and no layout
				int nodes = DiagramSession.nodeCount(project, kinds, kind);
				if (nodes > ReportLimits.DIAGRAM_NODES) {
					ReportFigure tooLarge = ReportFigure.tooLarge(PLACES.get(kind), kinds.get(kind).getLabel(), nodes);
					building.add(CompletableFuture.completedFuture(Optional.of(tooLarge)));
				} else if (nodes > 0) {
					building.add(workers.submit(() -> figure(kinds, kind, modelFile)));
				}
			}
			// in the order of PLACES whichever finishes first, so the report stays the same from run to run
			List<ReportFigure> figures = new ArrayList<>();
			for (Future<Optional<ReportFigure>> figure : building) {
				figure.get().ifPresent(figures::add);
			}
			return figures;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IOException(modelFile + ": a diagram could not be drawn: " + e.getCause().getMessage(), e.getCause());
		} finally {
			workers.shutdownNow();
		}
	}

	/** The diagram of {@code kind}, which has nodes, at most {@link ReportLimits#DIAGRAM_NODES}. */
	private static Optional<ReportFigure> figure(DiagramKinds kinds, String kind, Path modelFile) throws IOException {
		// the diagram file is read into this copy's resource set; the report never saves it
		DiagramSession session = DiagramSession.open(SegmentationFiles.load(modelFile), kinds, kind);
		DiagramGraph graph = session.graph();
		Bounds size = DiagramImages.size(graph);
		ReportChart.Drawing drawing = new ReportChart.Drawing() {
			@Override
			public void draw(Graphics2D graphics, Rectangle2D area) {
				DiagramImages.paint(graph, graphics);
			}

			@Override
			public void draw(Graphics2D graphics, Rectangle2D area, Set<String> shown) {
				DiagramImages.paint(graph, graphics, node -> shown.contains(node.id()));
			}
		};
		ReportChart figure = new ReportChart("diagram-" + kind, session.description().getLabel(), drawing,
				(int) Math.ceil(size.width()), (int) Math.ceil(size.height()), DiagramRegions.of(graph));
		// the diagram starts from the model's project; its caption names the kind and that root
		ReportFigure.Caption caption = new ReportFigure.Caption(kind, ReportText.label(session.project()));
		return Optional.of(new ReportFigure(PLACES.get(kind), figure, caption));
	}
}
