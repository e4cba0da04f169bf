/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Ward's hierarchical clustering: each step merges the two clusters whose union increases the
 * within-cluster sum of squares least. Built with the nearest-neighbour chain algorithm and the
 * Lance-Williams update on squared Euclidean distances (Müllner 2011), in O(n²) time and memory,
 * which is why the number of points is limited.
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
		int n = data.rows();
		if (n > MAX_POINTS) {
			throw new IllegalArgumentException("Ward clustering is limited to " + MAX_POINTS + " rows (its distance"
					+ " matrix grows with the square of the rows); " + n + " were given; use k-means instead");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Ward clustering", n);
		double[] distances = new double[(int) ((long) n * (n - 1) / 2)];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				distances[index(n, i, j)] = data.squaredDistance(i, j);
			}
		}
		int[] sizes = new int[n];
		Arrays.fill(sizes, 1);
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
	private static void merge(double[] distances, int n, int[] sizes, boolean[] active, int a, int b) {
		double ab = distances[index(n, a, b)];
		int na = sizes[a];
		int nb = sizes[b];
		active[a] = false;
		for (int k = 0; k < n; k++) {
			if (active[k] && k != b) {
				int nk = sizes[k];
				double updated = ((na + nk) * distances[index(n, a, k)] + (nb + nk) * distances[index(n, b, k)]
						- nk * ab) / (na + nb + nk);
				distances[index(n, b, k)] = updated;
			}
		}
		sizes[b] = na + nb;
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
