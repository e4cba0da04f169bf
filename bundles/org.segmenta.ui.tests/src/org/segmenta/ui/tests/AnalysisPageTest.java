/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.model.DataSource;
import org.segmenta.model.Segment;
import org.segmenta.model.Segmentation;
import org.segmenta.tests.support.Examples;
import org.segmenta.tests.support.ui.NoLoggedErrors;
import org.segmenta.tests.support.ui.Screenshots;
import org.segmenta.ui.internal.editor.AnalysisPage;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.welcome.WelcomePart;

/** Segmenting the example's survey data from the editor: a job, the suggestion, and an undoable write-back. */
@ExtendWith(NoLoggedErrors.class)
class AnalysisPageTest {

	@AfterEach
	void cleanUp() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, null);
		}
	}

	@Test
	void compareAcceptAndUndo() throws Exception {
		SegmentationEditor editor = WelcomePart.openExample();
		AnalysisPage analysis = editor.showAnalysis();
		Segmentation segmentation = analysis.segmentation();
		List<String> before = segmentation.getSegments().stream().map(Segment::getName).toList();

		analysis.setRange(4, 6);
		Job job = analysis.compare();
		job.join();
		drain();

		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		assertNotNull(analysis.result(), "no result shown");
		assertEquals(3, analysis.result().rows().size());
		int k = analysis.result().suggested() == 0 ? 4 : analysis.result().suggested();
		analysis.showCandidate(k);
		List<String[]> candidate = analysis.candidateRows();
		assertEquals(k, candidate.size(), "one row per segment of the count to accept");
		int people = 0;
		for (String[] row : candidate) {
			people += NumberFormat.getIntegerInstance().parse(row[1]).intValue();
			assertFalse(row[3].isEmpty() || row[4].isEmpty(), "a highest and a lowest index: " + String.join(" | ", row));
			assertTrue(Double.parseDouble(row[3].replaceAll(".*: ", "")) > Double.parseDouble(row[4].replaceAll(".*: ", "")),
					String.join(" | ", row));
		}
		assertEquals(analysis.result().result(k).assigned(), people, "the segments' people add up to those assigned");
		Screenshots.take("editor-analysis");

		analysis.accept(k);
		drain();
		assertEquals(k, segmentation.getSegments().size());
		assertTrue(editor.isDirty());
		double shares = segmentation.getSegments().stream().mapToDouble(Segment::getShare).sum();
		assertEquals(1.0, shares, 1e-6, "accepted segments cover the data");

		editor.getEditingDomain().getCommandStack().undo();
		drain();
		assertEquals(before, segmentation.getSegments().stream().map(Segment::getName).toList());
	}

	@Test
	void weightAndIdOfTheDataSourceWithTheWeightedBase() throws Exception {
		SegmentationEditor editor = WelcomePart.openExample();
		AnalysisPage analysis = editor.showAnalysis();
		analysis.reading().join();
		drain();
		DataSource survey = analysis.segmentation().getDataSource();
		Dataset data = DataFiles.read(Examples.survey(), ReadOptions.detect(), new NullProgressMonitor());
		String people = NumberFormat.getIntegerInstance().format(data.rowCount());
		assertTrue(analysis.baseText().contains(people), analysis.baseText());

		analysis.chooseWeight("tenure_years");
		drain();
		assertEquals("tenure_years", survey.getWeightVariable());
		assertTrue(editor.isDirty());
		NumericColumn tenure = (NumericColumn) data.column("tenure_years");
		double total = 0;
		for (int row = 0; row < data.rowCount(); row++) {
			total += tenure.value(row);
		}
		NumberFormat totalFormat = NumberFormat.getNumberInstance();
		totalFormat.setMaximumFractionDigits(1);
		assertTrue(analysis.baseText().contains(people) && analysis.baseText().contains(totalFormat.format(total))
				&& analysis.baseText().contains("tenure_years"), analysis.baseText());
		Screenshots.take("editor-analysis-weighted");

		// age has missing answers: refused, naming a row, and the weight stays
		analysis.chooseWeight("age");
		drain();
		assertEquals("tenure_years", survey.getWeightVariable());
		assertTrue(analysis.baseText().contains("age") && analysis.baseText().contains("row"), analysis.baseText());

		analysis.chooseId("respondent");
		assertEquals("respondent", survey.getIdVariable());

		// compared and written weighted
		analysis.setRange(3, 4);
		Job job = analysis.compare();
		job.join();
		drain();
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		analysis.accept(3);
		drain();
		assertTrue(analysis.segmentation().getMethod().contains("tenure_years"), analysis.segmentation().getMethod());
		// the segmentation records its weighted base: shares of the weighted total, sizes still people
		Segmentation written = analysis.segmentation();
		int[] labels = analysis.result().result(3).labels();
		double assignedWeight = 0;
		for (int row = 0; row < labels.length; row++) {
			assignedWeight += labels[row] == ClusterResult.UNASSIGNED ? 0 : tenure.value(row);
		}
		assertTrue(written.isWeighted());
		assertEquals("tenure_years", written.getWeightedBy());
		assertEquals(assignedWeight, written.getWeightedTotal(), 1e-3);
		assertEquals(written.getSegments().stream().mapToInt(Segment::getSize).sum(), written.getUnweightedBase());

		for (int undo = 0; undo < 3; undo++) {
			editor.getEditingDomain().getCommandStack().undo();
		}
		drain();
		assertNull(survey.getWeightVariable());
		assertNull(survey.getIdVariable());
		assertFalse(analysis.segmentation().isWeighted(), "undone with the segments it was written with");
		assertFalse(analysis.baseText().contains("tenure_years"), analysis.baseText());
	}

	private static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run the page's asynchronous updates
		}
	}
}
