package org.segmenta.analysis;

import java.util.Comparator;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * k-means: k-means++ seeding, Lloyd iterations until the centres move less than the tolerance, and
 * several restarts of which the one with the lowest inertia is kept. Restarts run in parallel and
 * the result depends on the seed only (see {@link Restarts}).
 */
public final class KMeans {

	/**
	 * @param centroids  the k centres
	 * @param labels     the segment (0..k-1) of each point
	 * @param inertia    the sum of squared distances of the points to their centres
	 * @param iterations the Lloyd iterations of the kept restart
	 */
	public record Result(double[][] centroids, int[] labels, double inertia, int iterations) {
	}

	private final int k;
	private final int restarts;
	private final int maxIterations;
	private final double tolerance;
	private final long seed;
	private final int threads;

	/**
	 * @param tolerance convergence when the summed squared centre movement is at most this fraction of
	 *                  the mean variance of the dimensions (as scikit-learn defines it)
	 */
	public KMeans(int k, int restarts, int maxIterations, double tolerance, long seed, int threads) {
		if (k < 1 || restarts < 1 || maxIterations < 1 || threads < 1) {
			throw new IllegalArgumentException("k, restarts, iterations and threads must be positive");
		}
		this.k = k;
		this.restarts = restarts;
		this.maxIterations = maxIterations;
		this.tolerance = tolerance;
		this.seed = seed;
		this.threads = threads;
	}

	public KMeans(int k, int restarts, long seed) {
		this(k, restarts, 300, 1e-4, seed, Runtime.getRuntime().availableProcessors());
	}

	public Result fit(FeatureMatrix data, IProgressMonitor monitor) {
		if (data.rows() < k) {
			throw new IllegalArgumentException(data.rows() + " points cannot form " + k + " segments");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "k-means, k = " + k, 1);
		double threshold = tolerance * meanVariance(data);
		return Restarts.best(restarts, threads, seed,
				random -> run(data, seedPlusPlus(data, k, random), threshold, progress),
				Comparator.comparingDouble(Result::inertia), progress.split(1));
	}

	/**
	 * One run of Lloyd iterations from the given centres, without seeding or restarts: the same run
	 * another tool makes from the same starting centres (scikit-learn's {@code init=array, n_init=1}),
	 * so that results can be compared exactly.
	 *
	 * @param initialCentres k centres of the data's dimensions; they are copied, not changed
	 */
	public Result fit(FeatureMatrix data, double[][] initialCentres, IProgressMonitor monitor) {
		if (initialCentres.length != k) {
			throw new IllegalArgumentException(initialCentres.length + " starting centres for k = " + k);
		}
		double[][] centres = new double[k][];
		for (int c = 0; c < k; c++) {
			if (initialCentres[c].length != data.dimensions()) {
				throw new IllegalArgumentException("starting centre " + c + " has " + initialCentres[c].length
						+ " dimensions, the data " + data.dimensions());
			}
			centres[c] = initialCentres[c].clone();
		}
		SubMonitor progress = SubMonitor.convert(monitor, "k-means, k = " + k, 1);
		return run(data, centres, tolerance * meanVariance(data), progress.split(1));
	}

	/** The mean over the dimensions of their population variance. */
	static double meanVariance(FeatureMatrix data) {
		double total = 0;
		for (double deviation : data.standardDeviations()) {
			total += deviation * deviation;
		}
		return data.dimensions() == 0 ? 0 : total / data.dimensions();
	}

	private Result run(FeatureMatrix data, double[][] centroids, double threshold, IProgressMonitor monitor) {
		int[] labels = new int[data.rows()];
		int iterations = 0;
		while (iterations < maxIterations) {
			Restarts.checkCancelled(monitor);
			iterations++;
			assign(data, centroids, labels);
			double[][] updated = update(data, labels, k);
			double shift = 0;
			for (int c = 0; c < k; c++) {
				shift += squaredDistance(centroids[c], updated[c]);
			}
			centroids = updated;
			if (shift <= threshold) {
				break;
			}
		}
		double inertia = assign(data, centroids, labels);
		return new Result(centroids, labels, inertia, iterations);
	}

	/**
	 * k-means++ (Arthur and Vassilvitskii 2007): the first centre uniformly, each further one with
	 * probability proportional to the squared distance to the nearest centre chosen so far.
	 */
	static double[][] seedPlusPlus(FeatureMatrix data, int k, SplittableRandom random) {
		int n = data.rows();
		double[][] centres = new double[k][];
		centres[0] = data.point(random.nextInt(n));
		double[] nearest = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			nearest[i] = data.squaredDistance(i, centres[0]);
			total += nearest[i];
		}
		for (int c = 1; c < k; c++) {
			int chosen;
			if (total <= 0) {
				chosen = random.nextInt(n); // every point coincides with a centre
			} else {
				double target = random.nextDouble() * total;
				chosen = 0;
				double cumulative = nearest[0];
				while (cumulative <= target && chosen < n - 1) {
					cumulative += nearest[++chosen];
				}
			}
			centres[c] = data.point(chosen);
			total = 0;
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], data.squaredDistance(i, centres[c]));
				total += nearest[i];
			}
		}
		return centres;
	}

	/** Labels each point with its nearest centre (the first on ties); returns the inertia. */
	static double assign(FeatureMatrix data, double[][] centroids, int[] labels) {
		double inertia = 0;
		for (int i = 0; i < data.rows(); i++) {
			int best = 0;
			double bestDistance = data.squaredDistance(i, centroids[0]);
			for (int c = 1; c < centroids.length; c++) {
				double distance = data.squaredDistance(i, centroids[c]);
				if (distance < bestDistance) {
					best = c;
					bestDistance = distance;
				}
			}
			labels[i] = best;
			inertia += bestDistance;
		}
		return inertia;
	}

	/**
	 * The means of the segments. An empty segment takes over the point farthest from its centre,
	 * so k segments remain.
	 */
	static double[][] update(FeatureMatrix data, int[] labels, int k) {
		int d = data.dimensions();
		double[][] sums = new double[k][d];
		int[] counts = new int[k];
		for (int i = 0; i < data.rows(); i++) {
			data.addTo(i, sums[labels[i]]);
			counts[labels[i]]++;
		}
		for (int c = 0; c < k; c++) {
			if (counts[c] == 0) {
				int farthest = farthestPoint(data, labels, sums, counts);
				counts[labels[farthest]]--;
				subtract(sums[labels[farthest]], data.point(farthest));
				labels[farthest] = c;
				counts[c] = 1;
				sums[c] = data.point(farthest);
			}
		}
		for (int c = 0; c < k; c++) {
			for (int j = 0; j < d; j++) {
				sums[c][j] /= counts[c];
			}
		}
		return sums;
	}

	private static int farthestPoint(FeatureMatrix data, int[] labels, double[][] sums, int[] counts) {
		double[][] centres = new double[sums.length][];
		for (int c = 0; c < sums.length; c++) {
			centres[c] = sums[c].clone();
			for (int j = 0; j < centres[c].length; j++) {
				centres[c][j] /= Math.max(1, counts[c]);
			}
		}
		int farthest = -1;
		double largest = -1;
		for (int i = 0; i < data.rows(); i++) {
			// a point alone in its segment stays, or moving it would empty another segment
			if (counts[labels[i]] > 1) {
				double distance = data.squaredDistance(i, centres[labels[i]]);
				if (distance > largest) {
					largest = distance;
					farthest = i;
				}
			}
		}
		return farthest;
	}

	private static void subtract(double[] from, double[] point) {
		for (int j = 0; j < from.length; j++) {
			from[j] -= point[j];
		}
	}

	private static double squaredDistance(double[] a, double[] b) {
		double sum = 0;
		for (int j = 0; j < a.length; j++) {
			double difference = a[j] - b[j];
			sum += difference * difference;
		}
		return sum;
	}
}
