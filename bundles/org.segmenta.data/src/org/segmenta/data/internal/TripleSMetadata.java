/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.segmenta.data.DataException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;

/**
 * The metadata file of a Triple-S survey (XML, versions 1.1 to 3.0): the record's format and the
 * variables with their types, positions, labels and values. The parser loads no DTD and refuses
 * entity and other declarations, so a file cannot pull in other files or expand entities; a plain
 * {@code <!DOCTYPE sss ...>} line, which most exporters write, is allowed and ignored.
 */
public final class TripleSMetadata {

	/** A Triple-S variable type. */
	public enum Type {
		SINGLE, MULTIPLE, QUANTITY, CHARACTER, LOGICAL, DATE, TIME
	}

	/**
	 * One {@code <variable>}.
	 *
	 * @param line      the line of the metadata file where it starts, for messages
	 * @param start     the first character (fixed format) or field (CSV), 1-based
	 * @param finish    the last character or field, inclusive
	 * @param values    the value labels by code, in the file's order
	 * @param subfields the number of subfields of a multiple in spread format, 0 for bitstring
	 * @param width     the width of each subfield of a spread multiple
	 */
	public record Variable(String name, String label, Type type, String use, long line, int start, int finish,
			Map<String, String> values, int subfields, int width) {

		public boolean isWeight() {
			return "weight".equals(use);
		}
	}

	private final boolean csv;
	private final int skip;
	private final String href;
	private final Charset charset;
	private final List<Variable> variables;

	private TripleSMetadata(boolean csv, int skip, String href, Charset charset, List<Variable> variables) {
		this.csv = csv;
		this.skip = skip;
		this.href = href;
		this.charset = charset;
		this.variables = List.copyOf(variables);
	}

	/** Whether the data file is comma-separated ({@code format="csv"}) rather than fixed-width. */
	public boolean csv() {
		return csv;
	}

	/** The lines to skip at the top of the data file ({@code skip}, a CSV header). */
	public int skip() {
		return skip;
	}

	/** The data file the record names ({@code href}), or {@code null}. */
	public String href() {
		return href;
	}

	/** The encoding the XML declaration gives, which the data file shares; UTF-8 when it names none. */
	public Charset charset() {
		return charset;
	}

	public List<Variable> variables() {
		return variables;
	}

	/**
	 * Reads the metadata from {@code in}.
	 *
	 * @param source the file's name for messages
	 * @throws DataException naming the file and line when it is not well-formed, declares entities,
	 *                       or holds a variable without a usable type, name or position
	 */
	public static TripleSMetadata read(String source, InputStream in) throws DataException, IOException {
		Handler handler = new Handler(source);
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setXIncludeAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			XMLReader reader = factory.newSAXParser().getXMLReader();
			reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
			reader.setContentHandler(handler);
			reader.setErrorHandler(handler);
			reader.setEntityResolver(handler);
			reader.parse(new InputSource(in));
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
		} catch (SAXParseException e) {
			if (handler.problem != null) {
				throw handler.problem;
			}
			throw new DataException(source, Math.max(0, e.getLineNumber()), null,
					DataTexts.wording("sss.notWellFormed", e.getMessage()));
		} catch (SAXException e) {
			if (handler.problem != null) {
				throw handler.problem;
			}
			throw new DataException(source, DataTexts.wording("sss.notXml", e.getMessage()));
		}
		if (!handler.sawRoot) {
			throw new DataException(source, DataTexts.wording("sss.noRoot"));
		}
		if (handler.variables.isEmpty()) {
			throw new DataException(source, DataTexts.wording("sss.noVariables"));
		}
		return new TripleSMetadata(handler.csv, handler.skip, handler.href, handler.charset, handler.variables);
	}

	/** Collects the elements the reader needs; the rest of the file (titles, dates, hierarchy) is skipped. */
	private static final class Handler extends DefaultHandler2 {

		private final String source;
		private final List<Variable> variables = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private Locator locator;
		private Charset charset = StandardCharsets.UTF_8;
		private boolean sawRoot;
		private boolean csv;
		private int skip;
		private String href;
		private DataException problem;

		// the variable being read
		private boolean inVariable;
		private String name;
		private String label;
		private Type type;
		private String use;
		private long line;
		private int start;
		private int finish;
		private Map<String, String> values;
		private int subfields;
		private int width;
		private String valueCode;
		private boolean inValues;
		/** The first {@code <text>} of a label or value: multilingual files give one per language. */
		private String firstText;

		Handler(String source) {
			this.source = source;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		/** The declared encoding, which the parser knows once the XML declaration is read: at the root element. */
		private void readEncoding() throws SAXException {
			if (locator instanceof Locator2 declared && declared.getEncoding() != null) {
				try {
					charset = Charset.forName(declared.getEncoding());
				} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
					fail(0, DataTexts.wording("sss.unknownEncoding", declared.getEncoding()));
				}
			}
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			text.setLength(0);
			if (!sawRoot) {
				if (!qName.equals("sss")) {
					fail(lineNow(), DataTexts.wording("sss.otherRoot", qName));
				}
				sawRoot = true;
				readEncoding();
				return;
			}
			switch (qName) {
			case "record" -> {
				String format = attributes.getValue("format");
				csv = format != null && format.strip().equalsIgnoreCase("csv");
				if (format != null && !csv && !format.strip().equalsIgnoreCase("fixed")) {
					fail(lineNow(), DataTexts.wording("sss.format", format));
				}
				skip = attributes.getValue("skip") == null ? 0 : number(attributes.getValue("skip"), "skip", 0);
				href = attributes.getValue("href");
			}
			case "variable" -> {
				inVariable = true;
				line = lineNow();
				name = null;
				label = null;
				use = attributes.getValue("use");
				type = type(attributes.getValue("type"));
				start = 0;
				finish = 0;
				values = new LinkedHashMap<>();
				subfields = 0;
				width = 0;
			}
			case "position" -> {
				if (inVariable) {
					start = number(attributes.getValue("start"), "position start", 1);
					String end = attributes.getValue("finish");
					finish = end == null ? start : number(end, "position finish", 1);
				}
			}
			case "spread" -> {
				if (inVariable) {
					subfields = number(attributes.getValue("subfields"), "spread subfields", 1);
					String given = attributes.getValue("width");
					width = given == null ? 0 : number(given, "spread width", 1);
				}
			}
			case "values" -> inValues = inVariable;
			case "value" -> {
				valueCode = inValues ? attributes.getValue("code") : null;
				firstText = null;
			}
			case "label" -> firstText = null;
			case "range" -> {
				if (inValues) {
					range(attributes.getValue("from"), attributes.getValue("to"));
				}
			}
			default -> {
				// other elements carry nothing the reader needs
			}
			}
		}

		@Override
		public void characters(char[] ch, int offset, int length) {
			text.append(ch, offset, length);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if (!inVariable) {
				return;
			}
			switch (qName) {
			case "name" -> name = text.toString().strip();
			case "text" -> {
				if (firstText == null) {
					firstText = text.toString().strip();
				}
			}
			case "label" -> {
				if (!inValues && label == null) {
					label = labelText();
				}
			}
			case "value" -> {
				if (valueCode != null) {
					values.putIfAbsent(valueCode.strip(), labelText());
				}
				valueCode = null;
			}
			case "values" -> inValues = false;
			case "variable" -> finishVariable();
			default -> {
				// nothing to keep
			}
			}
			text.setLength(0);
		}

		private String labelText() {
			String own = text.toString().strip();
			return own.isEmpty() && firstText != null ? firstText : own;
		}

		private void finishVariable() throws SAXException {
			inVariable = false;
			if (name == null || name.isEmpty()) {
				fail(line, DataTexts.wording("sss.noName"));
			}
			if (start == 0) {
				fail(line, DataTexts.wording("sss.noPosition", name));
			}
			if (finish < start) {
				fail(line, DataTexts.wording("sss.endsBeforeStart", name, finish, start));
			}
			if (type == Type.MULTIPLE && subfields == 0) {
				checkBitstring();
			}
			if (type == Type.MULTIPLE && subfields > 0 && width == 0) {
				width = (finish - start + 1) / subfields;
			}
			if (type == Type.MULTIPLE && subfields > 0 && !csv && subfields * width > finish - start + 1) {
				fail(line, DataTexts.wording("sss.subfieldsTooWide", name, subfields, width, finish - start + 1));
			}
			if (type == Type.MULTIPLE && values.isEmpty()) {
				fail(line, DataTexts.wording("sss.noValues", name));
			}
			variables.add(new Variable(name, label == null || label.isEmpty() ? null : label, type, use, line, start,
					finish, values, subfields, width));
		}

		/** A bitstring has a position per code: code 9 is the 9th character, so codes must fit the field. */
		private void checkBitstring() throws SAXException {
			int positions = finish - start + 1;
			for (String code : values.keySet()) {
				int bit;
				try {
					bit = Integer.parseInt(code);
				} catch (NumberFormatException e) {
					bit = 0;
				}
				if (bit < 1 || !csv && bit > positions) {
					fail(line, DataTexts.wording("sss.bitstringCode", name, code, positions));
				}
			}
		}

		/** A range of codes without labels ({@code <range from="1" to="5"/>}); a quantity's range is not a list of codes. */
		private void range(String from, String to) throws SAXException {
			if (type != Type.SINGLE && type != Type.MULTIPLE) {
				return;
			}
			int low = number(from, "range from", 0);
			int high = number(to, "range to", low);
			if (high - low > 10_000) {
				fail(lineNow(), DataTexts.wording("sss.rangeTooLarge", name, high - low + 1));
			}
			for (int code = low; code <= high; code++) {
				values.putIfAbsent(Integer.toString(code), Integer.toString(code));
			}
		}

		private Type type(String given) throws SAXException {
			if (given == null) {
				fail(line, DataTexts.wording("sss.noType"));
			}
			try {
				return Type.valueOf(given.strip().toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				fail(line, DataTexts.wording("sss.unknownType", given));
				return null;
			}
		}

		private int number(String given, String what, int least) throws SAXException {
			try {
				int value = Integer.parseInt(given == null ? "" : given.strip());
				if (value >= least) {
					return value;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			fail(lineNow(), name == null ? DataTexts.wording("sss.notWholeNumber", what, given, least)
					: DataTexts.wording("sss.variableNotWholeNumber", name, what, given, least));
			return least;
		}

		private long lineNow() {
			return locator == null ? 0 : Math.max(0, locator.getLineNumber());
		}

		private void fail(long at, Function<Locale, String> message) throws SAXException {
			problem = new DataException(source, at, null, message);
			throw new SAXParseException(message.apply(Locale.ENGLISH), locator);
		}

		/** Refuses the declaration that the text {@code declarationKey} names. */
		private void refuseDeclaration(String declarationKey, String name) throws SAXException {
			fail(lineNow(), locale -> DataTexts.text(locale, "sss.declaration", DataTexts.text(locale, declarationKey, name)));
		}

		@Override
		public void internalEntityDecl(String entity, String value) throws SAXException {
			refuseDeclaration("sss.declaration.entity", entity);
		}

		@Override
		public void externalEntityDecl(String entity, String publicId, String systemId) throws SAXException {
			refuseDeclaration("sss.declaration.externalEntity", entity);
		}

		@Override
		public void elementDecl(String element, String model) throws SAXException {
			refuseDeclaration("sss.declaration.element", element);
		}

		@Override
		public void attributeDecl(String element, String attribute, String kind, String mode, String value)
				throws SAXException {
			refuseDeclaration("sss.declaration.attribute", attribute);
		}

		@Override
		public InputSource resolveEntity(String entity, String publicId, String baseURI, String systemId)
				throws SAXException {
			refuseDeclaration("sss.declaration.outsideFile", systemId);
			return null;
		}

		@Override
		public void fatalError(SAXParseException e) throws SAXException {
			throw e;
		}
	}
}
