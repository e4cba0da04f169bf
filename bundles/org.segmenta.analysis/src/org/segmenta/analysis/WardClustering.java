/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Ward's hierarchical clustering: each step merges the two clusters whose union increases the
 * within-cluster sum of squares least. Built with the nearest-neighbour chain algorithm and the
 * Lance-Williams update on squared Euclidean distances (Müllner 2011), in O(n²) time and memory,
 * which is why the number of points is limited. With case weights each person enters as a cluster
 * of their weight: the merge cost of points i and j is 2 wᵢwⱼ / (wᵢ + wⱼ) d²ᵢⱼ (d² itself at unit
 * weights, as without weights) and the Lance-Williams update uses the clusters' weights as sizes.
 */
public final class WardClustering {

	/** More points than this would need too much memory for the distance matrix. */
	public static final int MAX_POINTS = 10_000;

	/** A merge of the clusters that hold points {@code first} and {@code second}. */
	record Merge(int first, int second, double height) {
	}

	private final int n;
	private final Merge[] merges;

	private WardClustering(int n, Merge[] merges) {
		this.n = n;
		this.merges = merges;
	}

	public static WardClustering of(FeatureMatrix data, IProgressMonitor monitor) {
		return of(data, null, monitor);
	}

	/** @param weights the case weight of each point, or {@code null} for one each */
	public static WardClustering of(FeatureMatrix data, double[] weights, IProgressMonitor monitor) {
		int n = data.rows();
		if (n > MAX_POINTS) {
			throw new IllegalArgumentException("Ward clustering is limited to " + MAX_POINTS + " rows (its distance"
					+ " matrix grows with the square of the rows); " + n + " were given; use k-means instead");
		}
		Runtime runtime = Runtime.getRuntime();
		requireHeap(n, runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory()));
		SubMonitor progress = SubMonitor.convert(monitor, "Ward clustering", n);
		double[] distances = new double[(int) ((long) n * (n - 1) / 2)];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double squared = data.squaredDistance(i, j);
				if (weights != null) {
					double both = weights[i] + weights[j];
					squared = both == 0 ? 0 : 2 * weights[i] * weights[j] / both * squared;
				}
				distances[index(n, i, j)] = squared;
			}
		}
		double[] sizes = new double[n];
		if (weights == null) {
			Arrays.fill(sizes, 1);
		} else {
			System.arraycopy(weights, 0, sizes, 0, n);
		}
		boolean[] active = new boolean[n];
		Arrays.fill(active, true);
		int[] chain = new int[n];
		int chainLength = 0;
		Merge[] merges = new Merge[Math.max(0, n - 1)];
		for (int step = 0; step < n - 1; step++) {
			if (step % 256 == 0) {
				Restarts.checkCancelled(progress);
				progress.worked(256);
			}
			if (chainLength == 0) {
				chain[chainLength++] = firstActive(active);
			}
			while (true) {
				int a = chain[chainLength - 1];
				int previous = chainLength > 1 ? chain[chainLength - 2] : -1;
				// prefer the previous chain element on ties, or the chain could cycle
				int b = previous;
				double nearest = previous >= 0 ? distances[index(n, a, previous)] : Double.POSITIVE_INFINITY;
				for (int c = 0; c < n; c++) {
					if (active[c] && c != a && distances[index(n, a, c)] < nearest) {
						nearest = distances[index(n, a, c)];
						b = c;
					}
				}
				if (b == previous) {
					chainLength -= 2;
					merges[step] = new Merge(a, b, nearest);
					merge(distances, n, sizes, active, a, b);
					break;
				}
				chain[chainLength++] = b;
			}
		}
		return new WardClustering(n, merges);
	}

	/** Merges cluster {@code a} into slot {@code b} and updates the distances (Lance-Williams, Ward). */
	private static void merge(double[] distances, int n, double[] sizes, boolean[] active, int a, int b) {
		double ab = distances[index(n, a, b)];
		double na = sizes[a];
		double nb = sizes[b];
		active[a] = false;
		for (int k = 0; k < n; k++) {
			if (active[k] && k != b) {
				double nk = sizes[k];
				double all = na + nb + nk;
				double updated = all == 0 ? 0 : ((na + nk) * distances[index(n, a, k)] + (nb + nk) * distances[index(n, b, k)]
						- nk * ab) / all;
				distances[index(n, b, k)] = updated;
			}
		}
		sizes[b] = na + nb;
	}

	/**
	 * Refuses to cluster {@code n} points when their distance matrix (8 bytes for each of n(n-1)/2
	 * pairs, about 400 MB at 10,000 rows) would not fit in {@code available} bytes of heap, with a
	 * message saying what to do instead of an OutOfMemoryError.
	 */
	public static void requireHeap(int n, long available) {
		long needed = (long) n * (n - 1) / 2 * Double.BYTES;
		// the distances and the working arrays beside them
		if (needed > available * 0.9) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
					"Ward clustering of %,d rows needs %,d MB of heap for its distance matrix, but only %,d MB are"
							+ " free; cluster fewer rows (a sample), use --method kmeans, or give Java more heap, such"
							+ " as SEGMENTA_VM_ARGS=-Xmx%dg",
					n, needed >> 20, available >> 20, Math.max(1, (needed * 2 >> 30) + 1)));
		}
	}

	/** Σ wᵢ |xᵢ - weighted mean of its cluster|², the weighted inertia of {@code labels}. */
	static double weightedWithinSumOfSquares(FeatureMatrix data, int[] labels, int k, double[] weights) {
		int d = data.dimensions();
		double[][] sums = new double[k][d];
		double[] totals = new double[k];
		for (int i = 0; i < data.rows(); i++) {
			totals[labels[i]] += weights[i];
			for (int j = 0; j < d; j++) {
				sums[labels[i]][j] += weights[i] * data.get(i, j);
			}
		}
		double inertia = 0;
		for (int i = 0; i < data.rows(); i++) {
			int c = labels[i];
			for (int j = 0; j < d; j++) {
				double deviation = data.get(i, j) - (totals[c] == 0 ? 0 : sums[c][j] / totals[c]);
				inertia += weights[i] * deviation * deviation;
			}
		}
		return inertia;
	}

	private static int firstActive(boolean[] active) {
		for (int i = 0; i < active.length; i++) {
			if (active[i]) {
				return i;
			}
		}
		throw new IllegalStateException("no active cluster");
	}

	private static int index(int n, int i, int j) {
		int low = Math.min(i, j);
		int high = Math.max(i, j);
		return (int) ((long) low * n - (long) low * (low + 1) / 2 + (high - low - 1));
	}

	/**
	 * The k clusters left when the merges are undone from the highest down; segments are numbered
	 * in the order their first point appears.
	 */
	public int[] cut(int k) {
		if (k < 1 || k > n) {
			throw new IllegalArgumentException("cannot cut " + n + " points into " + k + " clusters");
		}
		Merge[] sorted = merges.clone();
		// a stable sort keeps the algorithm's order among equal heights
		Arrays.sort(sorted, Comparator.comparingDouble(Merge::height));
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int m = 0; m < n - k; m++) {
			parent[root(parent, sorted[m].first())] = root(parent, sorted[m].second());
		}
		int[] labelOfRoot = new int[n];
		Arrays.fill(labelOfRoot, -1);
		int[] labels = new int[n];
		int next = 0;
		for (int i = 0; i < n; i++) {
			int root = root(parent, i);
			if (labelOfRoot[root] < 0) {
				labelOfRoot[root] = next++;
			}
			labels[i] = labelOfRoot[root];
		}
		return labels;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
