/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.segmenta.data.NumericColumn;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of one worksheet part as SAX reads it, one row at a time, so that a sheet of a million
 * rows never stands in memory as cells. Each cell becomes the text the column builder reads: numbers
 * exactly, dates as ISO dates, booleans as 1 and 0, formulas as their cached results; blank cells
 * and errors are {@code null}.
 */
public final class SheetRows extends DefaultHandler {

	/** What receives the rows. */
	@FunctionalInterface
	public interface Receiver {
		/**
		 * @param number the row's number as Excel shows it
		 * @param cells  the cells by column index, {@code null} where blank; valid only during the call
		 */
		void row(long number, List<String> cells) throws SAXException;
	}

	private final SharedStrings strings;
	private final StylesTable styles;
	private final boolean date1904;
	private final Receiver receiver;
	private final Map<Integer, Boolean> dateStyles = new HashMap<>();
	private final List<String> cells = new ArrayList<>();
	private final StringBuilder value = new StringBuilder();

	private long rowNumber;
	private int column;
	private String type;
	private int style;
	private boolean inValue;
	private boolean inInlineText;

	public SheetRows(SharedStrings strings, StylesTable styles, boolean date1904, Receiver receiver) {
		this.strings = strings;
		this.styles = styles;
		this.date1904 = date1904;
		this.receiver = receiver;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
		case "row" -> {
			String number = attributes.getValue("r");
			rowNumber = number == null ? rowNumber + 1 : Long.parseLong(number);
			cells.clear();
			column = -1;
		}
		case "c" -> {
			String reference = attributes.getValue("r");
			column = reference == null ? column + 1 : columnIndex(reference);
			type = attributes.getValue("t");
			String styleIndex = attributes.getValue("s");
			style = styleIndex == null ? 0 : Integer.parseInt(styleIndex);
			value.setLength(0);
		}
		case "v" -> inValue = true;
		case "t" -> inInlineText = "inlineStr".equals(type);
		default -> {
			// formulas, rich-text runs and the rest carry nothing the data needs
		}
		}
	}

	@Override
	public void characters(char[] text, int start, int length) {
		if (inValue || inInlineText) {
			value.append(text, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		switch (localName) {
		case "v" -> inValue = false;
		case "t" -> inInlineText = false;
		case "c" -> {
			while (cells.size() <= column) {
				cells.add(null);
			}
			cells.set(column, cellText());
		}
		case "row" -> receiver.row(rowNumber, cells);
		default -> {
			// nothing to finish
		}
		}
	}

	private String cellText() {
		String raw = value.toString();
		if (raw.isEmpty()) {
			return null;
		}
		String text = switch (type == null ? "n" : type) {
		case "s" -> strings.getItemAt(Integer.parseInt(raw.trim())).getString();
		case "inlineStr", "str" -> raw;
		case "b" -> "1".equals(raw.trim()) ? "1" : "0";
		case "e" -> null;
		case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
		default -> number(Double.parseDouble(raw.trim()));
		};
		return text == null || text.isBlank() ? null : text;
	}

	private String number(double number) {
		if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
			return DateUtil.getLocalDateTime(number, date1904).toLocalDate().toString();
		}
		return NumericColumn.format(number);
	}

	private boolean isDateStyle(int index) {
		if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
			return false;
		}
		return dateStyles.computeIfAbsent(index, key -> {
			XSSFCellStyle cellStyle = styles.getStyleAt(key);
			return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	/** The 0-based column of a cell reference such as {@code AB12}. */
	static int columnIndex(String reference) {
		int index = 0;
		for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		return index - 1;
	}
}
