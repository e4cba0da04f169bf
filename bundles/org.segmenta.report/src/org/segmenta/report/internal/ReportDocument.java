/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.internal;

import java.awt.Color;
import java.util.List;
import java.util.Set;

import org.segmenta.report.ReportChart;

/**
 * The building blocks of the long-form report. {@link ReportComposer} decides the content once;
 * the HTML and PDF documents decide only how each block looks, so both formats hold the same report.
 */
interface ReportDocument {

	/** A label and its value, such as {@code Share: 22%}. */
	record Fact(String label, String value) {
	}

	/**
	 * A table; columns in {@code numeric} are right-aligned. Rows whose first cell starts with
	 * {@link #INDENT} are details of the row above.
	 */
	record Table(List<String> header, List<List<String>> rows, Set<Integer> numeric) {
		static final String INDENT = "\u2003";
	}

	void cover(String title, String subtitle, List<Fact> facts);

	/** Starts a section; level 1 is a chapter, 2 a section, 3 a subsection. */
	void section(int level, String anchor, String title);

	void paragraph(String text);

	/** A first-person-plural statement, such as "Those of us who ...". */
	void statement(String text);

	void facts(List<Fact> facts);

	void list(String caption, List<String> items);

	void table(Table table);

	void chart(ReportChart chart);

	/** A contributed figure, such as a diagram, with its caption ("Value-community map: Nordfag"). */
	void figure(ReportChart figure, String caption);

	/** A boxed card, such as a persona, with a coloured accent; blocks until {@link #endCard()} go inside. */
	void beginCard(String anchor, String title, String subtitle, Color accent);

	void endCard();

	/** The segments of a segmentation side by side, on a page of their own where the format has pages. */
	void segmentCards(SegmentCards cards);

	/** Words in someone's own voice. */
	void quote(String text);

	/** A remark about the report itself, such as a section that has no content yet. */
	void notice(String text);
}
