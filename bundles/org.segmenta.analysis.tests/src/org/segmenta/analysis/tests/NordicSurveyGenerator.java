/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.analysis.tests;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the synthetic survey behind the example model, {@code examples/nordic-members-survey.csv}:
 * respondents drawn from the six segments of the example's values segmentation, with the segment
 * shares, value-item means, ages, countries, gender shares, event counts and renewal rates of the
 * example's profiles. It is written as a Nordic Excel export: UTF-8 with a byte order mark, {@code ;}
 * between fields, decimal commas, place names with æ, ø, å, ä and ö, and some missing answers
 * (empty or {@code NA}). The seed is fixed, so the file is the same on every run and platform.
 *
 * <pre>
 * java -cp bundles/org.segmenta.analysis.tests/target/classes \
 *     org.segmenta.analysis.tests.NordicSurveyGenerator examples/nordic-members-survey.csv [ROWS] [SEED]
 * </pre>
 * Only the JDK is needed, so the compiled class runs on its own; a larger ROWS gives benchmark data.
 */
public final class NordicSurveyGenerator {

	public static final int ROWS = 4800;
	public static final long SEED = 2026;

	static final String[] SEGMENTS = { "balance", "curious", "career", "security", "community", "purpose" };
	private static final double[] SHARES = { 0.22, 0.20, 0.17, 0.18, 0.12, 0.11 };
	/** Means of q12_balance, q13_learning, q14_career, q15_security, q16_solidarity, q17_purpose. */
	private static final double[][] ITEM_MEANS = { { 4.5, 2.9, 2.2, 3.8, 3.1, 3.0 }, { 2.9, 4.6, 2.3, 2.8, 2.7, 3.3 },
			{ 2.3, 3.9, 4.5, 2.9, 2.4, 2.8 }, { 3.6, 2.4, 2.5, 4.4, 2.6, 2.5 }, { 3.3, 3.2, 2.8, 3.7, 4.6, 3.5 },
			{ 3.4, 3.8, 2.9, 2.9, 3.6, 4.7 } };
	private static final double[] AGE = { 41.8, 39.5, 34.6, 47.9, 49.3, 31.2 };
	/** Shares of DK and SE; FI takes the rest. */
	private static final double[][] COUNTRY = { { 0.40, 0.36 }, { 0.31, 0.34 }, { 0.30, 0.42 }, { 0.33, 0.30 },
			{ 0.46, 0.31 }, { 0.28, 0.44 } };
	private static final double[] WOMEN = { 0.52, 0.29, 0.34, 0.38, 0.47, 0.49 };
	private static final double[] EVENTS = { 0.8, 2.9, 1.6, 0.4, 3.8, 1.9 };
	private static final double[] RENEWED = { 0.86, 0.88, 0.79, 0.91, 0.96, 0.72 };
	private static final String[][] CITIES = { { "København", "Århus", "Næstved", "Ålborg", "Køge" },
			{ "Malmö", "Göteborg", "Umeå", "Växjö", "Norrköping" },
			{ "Jyväskylä", "Tampere", "Hämeenlinna", "Seinäjoki", "Helsinki" } };
	private static final String[] COUNTRIES = { "DK", "SE", "FI" };
	private static final String HEADER = "respondent;country;city;gender;age;q12_balance;q13_learning;q14_career;"
			+ "q15_security;q16_solidarity;q17_purpose;events_12m;tenure_years;renewed_2025";

	private NordicSurveyGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: NordicSurveyGenerator OUTPUT.csv [ROWS] [SEED]");
			System.exit(2);
		}
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : ROWS;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
		try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
			write(out, rows, seed);
		}
	}

	/** Writes {@code rows} respondents; the segment each was drawn from is not written. */
	public static void write(Writer out, int rows, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		out.write('\uFEFF');
		out.write(HEADER);
		out.write('\n');
		for (int respondent = 1; respondent <= rows; respondent++) {
			out.write(row(respondent, segment(random), random));
			out.write('\n');
		}
	}

	/** The segment each row of {@link #write} is drawn from, for checks of what methods recover. */
	public static int[] segments(int rows, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] segments = new int[rows];
		for (int i = 0; i < rows; i++) {
			segments[i] = segment(random);
			row(i + 1, segments[i], random);
		}
		return segments;
	}

	private static int segment(SplittableRandom random) {
		double u = random.nextDouble();
		int s = 0;
		for (double cumulative = SHARES[0]; u >= cumulative && s < SHARES.length - 1; cumulative += SHARES[++s]) {
			// walk to the segment whose cumulative share exceeds u
		}
		return s;
	}

	private static String row(int respondent, int s, SplittableRandom random) {
		StringBuilder line = new StringBuilder();
		double u = random.nextDouble();
		int country = u < COUNTRY[s][0] ? 0 : u < COUNTRY[s][0] + COUNTRY[s][1] ? 1 : 2;
		line.append(respondent).append(';').append(COUNTRIES[country]).append(';');
		line.append(CITIES[country][random.nextInt(CITIES[country].length)]).append(';');
		double g = random.nextDouble();
		line.append(g < 0.02 ? "X" : g < 0.02 + WOMEN[s] ? "F" : "M").append(';');
		long age = Math.round(Math.max(21, Math.min(67, AGE[s] + 8 * random.nextGaussian())));
		line.append(random.nextDouble() < 0.02 ? "" : Long.toString(age)).append(';');
		for (double mean : ITEM_MEANS[s]) {
			long answer = Math.round(Math.max(1, Math.min(5, mean + 0.7 * random.nextGaussian())));
			double m = random.nextDouble();
			line.append(m < 0.01 ? "NA" : m < 0.015 ? "" : Long.toString(answer)).append(';');
		}
		line.append(poisson(EVENTS[s], random)).append(';');
		double tenure = Math.max(0, Math.min(age - 20, (age - 22) * random.nextDouble()));
		line.append(String.format(Locale.ROOT, "%.1f", tenure).replace('.', ',')).append(';');
		line.append(random.nextDouble() < RENEWED[s] ? 1 : 0);
		return line.toString();
	}

	/** Knuth's method; the means are small. */
	private static int poisson(double mean, SplittableRandom random) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
