/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model;

/**
 * The Jobs-to-be-Done opportunity score (Ulwick): importance + max(importance - satisfaction, 0).
 * An important job that is poorly served scores highest; an over-served one scores its importance.
 * The one definition of the formula: {@link Job#getOpportunityScore()} and
 * {@link Need#getOpportunityScore()} derive from it, and the analysis scores survey means with it.
 */
public final class OpportunityScore {

	private OpportunityScore() {
	}

	/** The score of an importance and a satisfaction, e.g. the means of a segment's answers. */
	public static double of(double importance, double satisfaction) {
		return importance + Math.max(importance - satisfaction, 0);
	}

	/**
	 * The score of ratings stored in the model, where 0 stands for "not given" (the attributes
	 * cannot tell a rating of 0 from a missing one): NaN unless both ratings are above 0.
	 */
	public static double ofRatings(double importance, double satisfaction) {
		return importance > 0 && satisfaction > 0 ? of(importance, satisfaction) : Double.NaN;
	}
}
