package org.segmenta.analysis;

/** How far apart two of n points are; what silhouettes and hierarchical methods need. */
public interface Dissimilarity {

	/** The number of points. */
	int size();

	/** The dissimilarity of points {@code a} and {@code b}: non-negative, symmetric, 0 for a == b. */
	double between(int a, int b);

	/** Euclidean distance between the rows of {@code matrix}. */
	static Dissimilarity euclidean(FeatureMatrix matrix) {
		return new Dissimilarity() {
			@Override
			public int size() {
				return matrix.rows();
			}

			@Override
			public double between(int a, int b) {
				return Math.sqrt(matrix.squaredDistance(a, b));
			}
		};
	}
}
