/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.segmenta.analysis.ClusterSettings;

/**
 * The workspace's default analysis settings, which the Data and Analysis page starts from: method,
 * the range of segment counts to compare, restarts, seed, standardisation and the smallest share a
 * segment may have. A segmentation's own bounds and minimum share take precedence where it has them.
 */
public final class AnalysisPreferences extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "org.segmenta.ui";
	public static final String METHOD = "analysis.method";
	public static final String MIN_K = "analysis.minSegments";
	public static final String MAX_K = "analysis.maxSegments";
	public static final String RESTARTS = "analysis.restarts";
	public static final String SEED = "analysis.seed";
	public static final String STANDARDIZE = "analysis.standardize";
	public static final String MIN_SHARE = "analysis.minShare";

	/** The defaults of {@link ClusterSettings#defaults()} and the method's usual range of 2 to 8 segments of at least 5%. */
	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		ClusterSettings settings = ClusterSettings.defaults();
		defaults.put(METHOD, "kmeans");
		defaults.putInt(MIN_K, 2);
		defaults.putInt(MAX_K, 8);
		defaults.putInt(RESTARTS, settings.restarts());
		defaults.putLong(SEED, settings.seed());
		defaults.putBoolean(STANDARDIZE, settings.standardize());
		defaults.putDouble(MIN_SHARE, 0.05);
	}

	private static IPreferencesService service() {
		return Platform.getPreferencesService();
	}

	/** The id of the preferred segmentation method. */
	public static String method() {
		return service().getString(QUALIFIER, METHOD, "kmeans", null);
	}

	public static int minSegments() {
		return service().getInt(QUALIFIER, MIN_K, 2, null);
	}

	public static int maxSegments() {
		return service().getInt(QUALIFIER, MAX_K, 8, null);
	}

	public static double minShare() {
		return service().getDouble(QUALIFIER, MIN_SHARE, 0.05, null);
	}

	/** Seed, restarts and standardisation as set, with every processor. */
	public static ClusterSettings clusterSettings() {
		ClusterSettings defaults = ClusterSettings.defaults();
		return new ClusterSettings(service().getLong(QUALIFIER, SEED, defaults.seed(), null),
				Math.max(1, service().getInt(QUALIFIER, RESTARTS, defaults.restarts(), null)),
				service().getBoolean(QUALIFIER, STANDARDIZE, defaults.standardize(), null), defaults.threads());
	}
}
