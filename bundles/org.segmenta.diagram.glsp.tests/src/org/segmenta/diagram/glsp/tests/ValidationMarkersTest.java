/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkersReason;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.validation.Finding;
import org.segmenta.tests.support.Examples;

/**
 * Validation runs in the background after an edit; its findings reach the diagram as the node's
 * severity (css class and args) and as GLSP markers with the rule's message.
 */
class ValidationMarkersTest {

	@TempDir
	Path folder;

	@Test
	void findingsOnANewSegmentBecomeMarkersOnItsNode() throws Exception {
		try (GlspTestSession session = GlspTestSession.open(Examples.modelCopy(folder), "segment-tree", true)) {
			Segmentation segmentation = session.project().getSegmentations().get(0);
			session.dispatchAndAwaitModel(new CreateNodeOperation("node:st-segment", GraphUtil.point(40, 60),
					"st-segmentation:" + segmentation.getId(), Map.of("toolId", "st-new-segment")));
			Segment created = segmentation.getSegments().get(segmentation.getSegments().size() - 1);
			String nodeId = "st-segment:" + created.getId();

			// the findings about the new segment arrive with a redraw once validation has run
			long end = System.nanoTime() + 20_000_000_000L;
			GNode node = session.node(nodeId);
			while (!node.getArgs().containsKey("severity") && System.nanoTime() < end) {
				session.awaitModel();
				node = session.node(nodeId);
			}
			List<Finding> findings = session.context.lastValidation().findings().stream().filter(f -> f.element() == created).toList();
			assertFalse(findings.isEmpty(), "a segment without size, share or description has findings");
			assertTrue(node.getCssClasses().stream().anyMatch(css -> css.startsWith("severity-")), node.getCssClasses().toString());

			session.dispatch(new RequestMarkersAction(List.of(session.model().getId()), MarkersReason.BATCH));
			SetMarkersAction markers = (SetMarkersAction) session.await(SetMarkersAction.class);
			List<Marker> onNode = markers.getMarkers().stream().filter(marker -> marker.getElementId().equals(nodeId)).toList();
			assertEquals(1, onNode.size(), markers.getMarkers().toString());
			for (Finding finding : findings) {
				assertTrue(onNode.get(0).getDescription().contains(finding.getMessage()), finding.getMessage());
			}
		}
	}
}
