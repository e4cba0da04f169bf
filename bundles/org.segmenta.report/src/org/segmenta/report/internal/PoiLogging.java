package org.segmenta.report.internal;

/**
 * POI logs through the Log4j API. Without a Log4j implementation installed, as in the headless
 * product, the API falls back to its simple logger (errors only, on standard error) but first
 * reports the missing implementation as an error of its own on every run. This silences only that
 * status message; POI's own errors still appear, and an explicit setting still wins.
 */
final class PoiLogging {

	private PoiLogging() {
	}

	static void quietenMissingLog4jImplementation() {
		// the first name is read by Log4j 2.24 and later, the second by earlier versions
		System.getProperties().putIfAbsent("log4j2.StatusLogger.level", "OFF");
		System.getProperties().putIfAbsent("log4j2.statusLoggerLevel", "OFF");
	}
}
