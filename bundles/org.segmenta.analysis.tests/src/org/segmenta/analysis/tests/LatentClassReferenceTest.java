package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.CategoricalItems;
import org.segmenta.analysis.LatentClassModel;
import org.segmenta.data.Column;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;

/**
 * Latent class analysis against R flexmix's {@code FLXMCmvbinary} on flexmix's whiskey data
 * (data/whiskey.csv); the reference numbers are in data/reference/whiskey-flexmix.txt, written by
 * whiskey-flexmix.R beside it (see data/README.md).
 */
class LatentClassReferenceTest {

	@Test
	void restartsReachFlexmixsOptimum() throws IOException, DataException {
		ReferenceResults reference = ReferenceResults.read("whiskey-flexmix.txt");
		Path file = Repository.root().resolve("bundles/org.segmenta.analysis.tests/data/whiskey.csv");
		Dataset whiskey = new CsvDataReader(ReadOptions.detect()).read(file, null);
		CategoricalItems items = CategoricalItems.of(whiskey,
				whiskey.columns().stream().map(Column::name).toList());
		assertEquals(reference.number("rows"), items.rows());
		for (int classes = 2; classes <= 4; classes++) {
			LatentClassModel.Result result = new LatentClassModel(classes, 30, 10_000, 1e-10, 1, 2).fit(items, null);
			// other random starts, the same optimum up to the stopping rules
			assertEquals(reference.number("classes." + classes + ".loglik"), result.logLikelihood(), 1e-4,
					classes + " classes");
			assertArrayEquals(reference.numbers("classes." + classes + ".shares"), result.shares(), 1e-5,
					classes + " classes");
		}
	}
}
