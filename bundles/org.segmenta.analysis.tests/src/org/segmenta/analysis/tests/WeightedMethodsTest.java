/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.CommunityMemberships;
import org.segmenta.analysis.Dissimilarity;
import org.segmenta.analysis.FeatureMatrix;
import org.segmenta.analysis.KPrototypes;
import org.segmenta.analysis.KPrototypesMethod;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.Silhouette;
import org.segmenta.analysis.TypingTool;
import org.segmenta.analysis.WardClustering;
import org.segmenta.analysis.WardMethod;
import org.segmenta.data.CategoricalColumn;
import org.segmenta.data.ColumnType;
import org.segmenta.data.DataException;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;

/**
 * Case weights in the methods: a person of weight 2 counts as two identical people wherever the
 * method is defined by sums over people; and the fixed defects of k-prototypes, the numeric index,
 * the typing tool's hold-out and membership thresholds.
 */
class WeightedMethodsTest {

	private static final ClusterSettings SETTINGS = new ClusterSettings(3, 20, false, 2, Double.NaN);

	/** Points around three centres; {@code copies[i]} says how often row i is repeated. */
	private static double[][] points(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			int group = i % 3;
			points[i] = new double[] { 5 * group + random.nextGaussian(), random.nextGaussian() - 3 * group };
		}
		return points;
	}

	private static int[] copies(int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		return random.ints(n, 1, 4).toArray();
	}

	private static Dataset weighted(double[][] points, int[] copies) throws DataException {
		double[] x = Arrays.stream(points).mapToDouble(p -> p[0]).toArray();
		double[] y = Arrays.stream(points).mapToDouble(p -> p[1]).toArray();
		double[] w = Arrays.stream(copies).asDoubleStream().toArray();
		return new Dataset("weighted.csv", List.of(new NumericColumn("x", ColumnType.NUMERIC, x),
				new NumericColumn("y", ColumnType.NUMERIC, y), new NumericColumn("w", ColumnType.NUMERIC, w)))
				.withWeightColumn("w");
	}

	private static Dataset repeated(double[][] points, int[] copies) {
		List<Double> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			for (int c = 0; c < copies[i]; c++) {
				x.add(points[i][0]);
				y.add(points[i][1]);
			}
		}
		return new Dataset("repeated.csv",
				List.of(new NumericColumn("x", ColumnType.NUMERIC, x.stream().mapToDouble(Double::doubleValue).toArray()),
						new NumericColumn("y", ColumnType.NUMERIC, y.stream().mapToDouble(Double::doubleValue).toArray())));
	}

	/** The labels of the repeated rows, one per original row (its first copy). */
	private static int[] firstCopies(int[] labels, int[] copies) {
		int[] first = new int[copies.length];
		int row = 0;
		for (int i = 0; i < copies.length; i++) {
			first[i] = labels[row];
			row += copies[i];
		}
		return first;
	}

	@Test
	void wardTreatsAWeightAsThatManyIdenticalPeople() throws DataException {
		double[][] points = points(90, 4);
		int[] copies = copies(90, 5);
		ClusterResult weighted = new WardMethod().cluster(weighted(points, copies), List.of("x", "y"), 3, SETTINGS, null);
		ClusterResult repeated = new WardMethod().cluster(repeated(points, copies), List.of("x", "y"), 3, SETTINGS, null);
		assertArrayEquals(firstCopies(repeated.labels(), copies), weighted.labels());
		assertEquals(repeated.fit().get("inertia"), weighted.fit().get("inertia"), 1e-9 * repeated.fit().get("inertia"));
	}

	@Test
	void segmentSharesOfTheKSuggestionAreWeighted() throws DataException {
		// 90 people of weight 1 near 0 and 10 of weight 9 near 10: 10% of the rows, half the weight
		double[][] points = new double[100][];
		int[] copies = new int[100];
		SplittableRandom random = new SplittableRandom(2);
		for (int i = 0; i < 100; i++) {
			points[i] = new double[] { (i < 90 ? 0 : 10) + random.nextGaussian() * 0.1, random.nextGaussian() * 0.1 };
			copies[i] = i < 90 ? 1 : 9;
		}
		SegmentCountSuggestion.Table table = SegmentCountSuggestion.suggest(new WardMethod(), weighted(points, copies),
				List.of("x", "y"), 2, 2, 0.3, SETTINGS, null);
		assertEquals(0.5, table.rows().get(0).smallestShare(), 1e-12);
		assertEquals(0.1, table.rows().get(0).result().smallestShare(), 1e-12);
		assertTrue(table.rows().get(0).admissible());
		assertEquals(2, table.suggested());
	}

	@Test
	void wardRefusesADistanceMatrixTheHeapCannotHold() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> WardClustering.requireHeap(10_000, 100L << 20));
		assertTrue(error.getMessage().contains("needs 381 MB of heap"), error.getMessage());
		assertTrue(error.getMessage().contains("--method kmeans"), error.getMessage());
		assertTrue(error.getMessage().contains("SEGMENTA_VM_ARGS=-Xmx"), error.getMessage());
		WardClustering.requireHeap(10_000, 1L << 30);
	}

	@Test
	void kPrototypesTreatsAWeightAsThatManyIdenticalPeople() throws DataException {
		double[][] points = points(60, 6);
		int[] copies = copies(60, 7);
		ClusterSettings settings = new ClusterSettings(3, 30, false, 2, 1.0);
		ClusterResult weighted = new KPrototypesMethod().cluster(weighted(points, copies), List.of("x", "y"), 3,
				settings, null);
		ClusterResult repeated = new KPrototypesMethod().cluster(repeated(points, copies), List.of("x", "y"), 3,
				settings, null);
		assertEquals(repeated.fit().get("inertia"), weighted.fit().get("inertia"), 1e-9 * repeated.fit().get("inertia"));
		// the silhouette leaves out the person, not their copies, so it is not the repeated rows' one;
		// at weights 1 it is the unweighted silhouette
		int[] pointLabels = Arrays.stream(weighted.labels()).toArray();
		FeatureMatrix matrix = FeatureMatrix.of(points);
		double[] ones = new double[points.length];
		Arrays.fill(ones, 1);
		assertEquals(Silhouette.of(Dissimilarity.euclidean(matrix), pointLabels, 3, 1).value(),
				Silhouette.of(Dissimilarity.euclidean(matrix), pointLabels, 3, 1, ones).value(), 1e-12);
	}

	@Test
	void kPrototypesFillsEverySegmentOfMostlyIdenticalRows() {
		// 95 identical rows and 5 others: starts from identical rows used to leave a segment empty
		double[][] numbers = new double[100][];
		int[][] codes = new int[100][];
		for (int i = 0; i < 100; i++) {
			numbers[i] = new double[] { i < 95 ? 1 : 10 + i % 3 };
			codes[i] = new int[] { i < 95 ? 0 : 1 + i % 2 };
		}
		KPrototypes.MixedData data = new KPrototypes.MixedData(FeatureMatrix.of(numbers), codes, new int[] { 3 });
		for (long seed = 1; seed <= 50; seed++) {
			KPrototypes.Result result = new KPrototypes(3, 10, 100, seed, 1).fit(data, 1.0, null);
			int[] sizes = new int[3];
			for (int label : result.labels()) {
				sizes[label]++;
			}
			assertTrue(Arrays.stream(sizes).allMatch(size -> size > 0), "seed " + seed + ": " + Arrays.toString(sizes));
			assertLabelsMatchPrototypes(data, result);
		}
	}

	@Test
	void kPrototypesStoppedByTheLimitReturnsLabelsOfItsPrototypes() {
		double[][] numbers = points(300, 8);
		int[][] codes = new int[300][];
		for (int i = 0; i < 300; i++) {
			codes[i] = new int[] { i % 2 };
		}
		KPrototypes.MixedData data = new KPrototypes.MixedData(FeatureMatrix.of(numbers), codes, new int[] { 2 });
		for (long seed = 1; seed <= 10; seed++) {
			KPrototypes.Result result = new KPrototypes(5, 1, 1, seed, 1).fit(data, 1.0, null);
			assertLabelsMatchPrototypes(data, result);
		}
	}

	/** Every label is the cheapest prototype, and the cost is the sum of those costs. */
	private static void assertLabelsMatchPrototypes(KPrototypes.MixedData data, KPrototypes.Result result) {
		double total = 0;
		for (int i = 0; i < data.numeric().rows(); i++) {
			double best = Double.POSITIVE_INFINITY;
			double own = 0;
			for (int c = 0; c < result.means().length; c++) {
				double cost = data.numeric().squaredDistance(i, result.means()[c])
						+ (data.codes()[i][0] == result.modes()[c][0] ? 0 : result.lambda());
				best = Math.min(best, cost);
				if (c == result.labels()[i]) {
					own = cost;
				}
			}
			assertEquals(best, own, 1e-12, "row " + i);
			total += own;
		}
		assertEquals(total, result.cost(), 1e-9 * Math.max(1, total));
	}

	@Test
	void weightedSharesMeansAndCramersVAsRepeatedPeople() throws DataException {
		int[] region = { 0, 1, 1, 2, 0, 2, 1, 0 };
		double[] income = { 10, 20, 30, 40, 50, 60, 70, 80 };
		int[] labels = { 0, 0, 0, 1, 1, 1, 1, 0 };
		double[] weights = { 1, 2, 3, 1, 2, 1, 3, 2 };
		List<Integer> repeatedRegion = new ArrayList<>();
		List<Double> repeatedIncome = new ArrayList<>();
		List<Integer> repeatedLabels = new ArrayList<>();
		for (int i = 0; i < labels.length; i++) {
			for (int c = 0; c < weights[i]; c++) {
				repeatedRegion.add(region[i]);
				repeatedIncome.add(income[i]);
				repeatedLabels.add(labels[i]);
			}
		}
		List<String> levels = List.of("north", "south", "west");
		CategoricalColumn column = new CategoricalColumn("region", ColumnType.NOMINAL, region, levels);
		CategoricalProfile weighted = (CategoricalProfile) Profiler.profile(column, labels, 2, weights);
		CategoricalProfile repeated = (CategoricalProfile) Profiler.profile(new CategoricalColumn("region",
				ColumnType.NOMINAL, repeatedRegion.stream().mapToInt(Integer::intValue).toArray(), levels),
				repeatedLabels.stream().mapToInt(Integer::intValue).toArray(), 2);
		for (int s = 0; s < 2; s++) {
			for (int l = 0; l < 3; l++) {
				assertEquals(repeated.segmentShare(s, l), weighted.segmentShare(s, l), 1e-12);
				assertEquals(repeated.index(s, l), weighted.index(s, l), 1e-9);
			}
		}
		assertEquals(8, weighted.total(), "the unweighted n");
		// X² grows with the table's total and V divides it out: the weighted table's V is the repeated one's
		assertEquals(repeated.cramersV(), weighted.cramersV(), 1e-12);
		NumericProfile weightedIncome = (NumericProfile) Profiler.profile(
				new NumericColumn("income", ColumnType.NUMERIC, income), labels, 2, weights);
		NumericProfile repeatedIncomeProfile = (NumericProfile) Profiler.profile(new NumericColumn("income",
				ColumnType.NUMERIC, repeatedIncome.stream().mapToDouble(Double::doubleValue).toArray()),
				repeatedLabels.stream().mapToInt(Integer::intValue).toArray(), 2);
		assertArrayEquals(repeatedIncomeProfile.means(), weightedIncome.means(), 1e-12);
		assertEquals(repeatedIncomeProfile.totalSd(), weightedIncome.totalSd(), 1e-12);
		assertEquals(repeatedIncomeProfile.eta2(), weightedIncome.eta2(), 1e-12);
		assertArrayEquals(new long[] { 4, 4 }, weightedIncome.counts());
	}

	@Test
	void raoScottWithAnEmptyCell() {
		// each segment has two neighbouring levels only: half the cells are empty, C'D⁻¹C is singular
		long[][] counts = { { 30, 20, 0, 0 }, { 0, 25, 15, 0 }, { 0, 0, 10, 22 } };
		double[][] weighted = { { 33, 18, 0, 0 }, { 0, 20, 16, 0 }, { 0, 0, 12, 25 } };
		double[][] squares = { { 40, 19, 0, 0 }, { 0, 18, 20, 0 }, { 0, 0, 16, 31 } };
		CategoricalProfile profile = Profiler.chiSquare("x", List.of("a", "b", "c", "d"), counts, weighted, squares);
		assertEquals(CategoricalProfile.RAO_SCOTT, profile.test());
		assertTrue(Double.isFinite(profile.chi2()) && profile.chi2() > 0, Double.toString(profile.chi2()));
		assertTrue(profile.pValue() < 1e-10, Double.toString(profile.pValue()));
	}

	@Test
	void numericIndexIsFiniteAtMeanZero() {
		NumericColumn change = new NumericColumn("change", ColumnType.NUMERIC, new double[] { -2, -1, 1, 2 });
		NumericProfile profile = (NumericProfile) Profiler.profile(change, new int[] { 0, 0, 1, 1 }, 2);
		assertTrue(profile.standardIndex());
		// mean 0, population SD sqrt(2.5): segment means -1.5 and 1.5
		assertEquals(-1.5 / Math.sqrt(2.5), profile.index(0), 1e-12);
		assertEquals(1.5 / Math.sqrt(2.5), profile.index(1), 1e-12);
		NumericProfile positive = (NumericProfile) Profiler.profile(
				new NumericColumn("age", ColumnType.NUMERIC, new double[] { 20, 30, 40, 50 }), new int[] { 0, 0, 1, 1 }, 2);
		assertFalse(positive.standardIndex());
		assertEquals(25.0 / 35 * 100, positive.index(0), 1e-12);
	}

	@Test
	void holdOutTestsEverySegmentAndCountsConfusions() {
		double[][] points = new double[1000][];
		int[] labels = new int[1000];
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 1000; i++) {
			labels[i] = i < 10 ? 1 : 0; // a segment of 1%
			points[i] = new double[] { 4 * labels[i] + random.nextGaussian() };
		}
		for (long seed = 1; seed <= 20; seed++) {
			TypingTool.Accuracy accuracy = TypingTool.holdOut(TypingTool.Kind.LDA, FeatureMatrix.of(points), labels, 2,
					seed);
			assertEquals(300, accuracy.tested());
			assertEquals(3, accuracy.confusion()[1][0] + accuracy.confusion()[1][1], "30% of the small segment");
			assertEquals(297, accuracy.confusion()[0][0] + accuracy.confusion()[0][1]);
			assertEquals(accuracy.correct(), accuracy.confusion()[0][0] + accuracy.confusion()[1][1]);
		}
	}

	@Test
	void oneAnswerOfTenDoesNotMakeAMember() throws DataException {
		List<NumericColumn> items = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int j = 0; j < 10; j++) {
			// row 0 answered only the first item (5); row 1 answered all with 4; row 2 six items with 5
			double[] values = { j == 0 ? 5 : Double.NaN, 4, j < 6 ? 5 : Double.NaN };
			items.add(new NumericColumn("v" + j, ColumnType.ORDINAL, values));
			names.add("v" + j);
		}
		List<NumericColumn> columns = new ArrayList<>(items);
		columns.add(new NumericColumn("w", ColumnType.NUMERIC, new double[] { 1, 3, 1 }));
		Dataset data = new Dataset("values.csv", columns);
		List<CommunityMemberships.Community> community = List.of(new CommunityMemberships.Community("c", names, 4));
		CommunityMemberships byDefault = CommunityMemberships.of(data, community);
		assertFalse(byDefault.isMember(0, 0));
		assertTrue(byDefault.isMember(0, 1));
		assertTrue(byDefault.isMember(0, 2));
		assertTrue(CommunityMemberships.of(data, community, 0).isMember(0, 0));
		assertFalse(CommunityMemberships.of(data, community, 0.7).isMember(0, 2));
		CommunityMemberships weighted = CommunityMemberships.of(data.withWeightColumn("w"), community);
		assertEquals(2, weighted.count(0));
		assertEquals(4.0, weighted.weightedCount(0));
		assertEquals(4.0 / 5, weighted.share(0), 1e-12);
	}
}
