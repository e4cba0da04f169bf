package org.segmenta.report.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.segmenta.diagram.Bounds;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramImages;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.report.ReportChart;
import org.segmenta.report.ReportFigure;
import org.segmenta.report.ReportFigure.Place;
import org.segmenta.report.ReportFigureSource;

/**
 * Puts the model's diagrams into its reports: the segment tree with the segmentations, the persona
 * board with the personas, the value-community map with the communities and the buying-centre map
 * with the buying centres, each at its saved layout (or an ELK layout), as the workbench shows it.
 * A kind with nothing to show is left out.
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
		DiagramKinds kinds = DiagramKinds.getDefault();
		List<ReportFigure> figures = new ArrayList<>();
		for (Map.Entry<String, Place> entry : PLACES.entrySet()) {
			if (kinds.find(entry.getKey()).isEmpty()) {
				continue;
			}
			// the diagram file is read into the report's resource set; the report never saves it
			DiagramSession session = DiagramSession.open(project, kinds, entry.getKey());
			DiagramGraph graph = session.graph();
			if (graph.nodes().isEmpty()) {
				continue;
			}
			Bounds size = DiagramImages.size(graph);
			ReportChart figure = new ReportChart("diagram-" + entry.getKey(), session.description().getLabel(),
					(graphics, area) -> DiagramImages.paint(graph, graphics), (int) Math.ceil(size.width()),
					(int) Math.ceil(size.height()));
			figures.add(new ReportFigure(entry.getValue(), figure));
		}
		return figures;
	}
}
