/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportWriter#write} did: for each requested format, in report order, the files it
 * wrote or why it failed, and the contributed findings or figure sources it left out.
 *
 * @param folder      the folder the report was written into
 * @param formats     one entry per requested format, in report order
 * @param sourcesLeftOut why a contributed findings or figure source is not in the report (it could
 *                    not be created, or failed), one sentence each naming its plug-in
 * @param language    the language the report is written in, which {@code ./segmenta report} speaks
 *                    on the terminal too
 */
public record ReportResult(Path folder, List<ReportResult.Format> formats, List<String> sourcesLeftOut,
		ReportLanguage language) {

	public ReportResult {
		formats = List.copyOf(formats);
		sourcesLeftOut = List.copyOf(sourcesLeftOut);
		language = language == null ? ReportLanguage.ENGLISH : language;
	}

	/** The result of {@code formats}, in English. */
	public ReportResult(Path folder, List<ReportResult.Format> formats, List<String> sourcesLeftOut) {
		this(folder, formats, sourcesLeftOut, ReportLanguage.ENGLISH);
	}

	/** The result of {@code formats}, with every contributed source in the report, in English. */
	public ReportResult(Path folder, List<ReportResult.Format> formats) {
		this(folder, formats, List.of());
	}

	/**
	 * One format of the report.
	 *
	 * @param id      the format's id, e.g. {@code pdf}
	 * @param name    the format as users see it, e.g. {@code PDF}
	 * @param files   the files written, in the order the exporter created them; empty when it failed
	 * @param failure why the format was not written (then none of its files was written or
	 *                replaced), or {@code null} when it was
	 */
	public record Format(String id, String name, List<Path> files, Throwable failure) {

		public Format {
			files = List.copyOf(files);
		}

		public boolean failed() {
			return failure != null;
		}

		/** The failure's message (its kind when it has none), or an empty string when the format was written. */
		public String message() {
			if (failure == null) {
				return "";
			}
			String message = failure.getMessage();
			return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
		}
	}

	/** Every file written, in report order. */
	public List<Path> written() {
		return formats.stream().flatMap(format -> format.files().stream()).toList();
	}

	/** The formats that failed, in report order. */
	public List<Format> failed() {
		return formats.stream().filter(Format::failed).toList();
	}

	/** Whether every requested format was written. */
	public boolean isOK() {
		return failed().isEmpty();
	}
}
