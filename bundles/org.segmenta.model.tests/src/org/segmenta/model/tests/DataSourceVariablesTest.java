/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.tests.support.Examples;

/** A data source names the column of its case weights and of its respondent ids, and the file keeps them. */
class DataSourceVariablesTest {

	@TempDir
	Path folder;

	@Test
	void weightAndIdVariablesAreSavedAndLoaded() throws Exception {
		Project project = SegmentationFiles.load(Examples.model());
		DataSource survey = project.getSegmentations().get(0).getDataSource();
		assertNull(survey.getWeightVariable(), "the example's survey is unweighted");
		assertFalse(survey.eIsSet(SegmentaPackage.Literals.DATA_SOURCE__ID_VARIABLE));

		survey.setWeightVariable("poststrat_w");
		survey.setIdVariable("respondent");
		Path file = folder.resolve("weighted.segmentation");
		SegmentationFiles.save(project, file);
		String xml = Files.readString(file);
		assertTrue(xml.contains("weightVariable=\"poststrat_w\""), "an attribute of the data source");
		assertTrue(xml.contains("idVariable=\"respondent\""));

		Project reloaded = SegmentationFiles.load(file);
		DataSource loaded = reloaded.getSegmentations().get(0).getDataSource();
		assertEquals("poststrat_w", loaded.getWeightVariable());
		assertEquals("respondent", loaded.getIdVariable());

		// unset again, the file is as an unweighted one
		loaded.eUnset(SegmentaPackage.Literals.DATA_SOURCE__WEIGHT_VARIABLE);
		loaded.eUnset(SegmentaPackage.Literals.DATA_SOURCE__ID_VARIABLE);
		SegmentationFiles.save(reloaded, file);
		assertFalse(Files.readString(file).contains("weightVariable"));
		assertFalse(Files.readString(file).contains("idVariable"));
	}
}
