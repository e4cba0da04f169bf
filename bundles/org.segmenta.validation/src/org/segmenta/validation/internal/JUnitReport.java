/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.internal;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.segmenta.validation.Finding;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationRule;

/**
 * Findings as JUnit XML: a test suite per enabled rule, a test case per finding named by the
 * element's path. Errors are failures; warnings are skipped test cases (failures with
 * {@code --strict}); a rule without findings has one passing test case, so that CI shows what was
 * checked as well as what failed.
 */
final class JUnitReport {

	private JUnitReport() {
	}

	static String render(ValidationReport report, String model, boolean strict) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeStartElement("testsuites");
			xml.writeAttribute("name", "segmenta validate " + model);
			xml.writeAttribute("tests", Integer.toString(testCount(report)));
			xml.writeAttribute("failures", Long.toString(failures(report.findings(), strict)));
			xml.writeAttribute("skipped", Long.toString(skipped(report.findings(), strict)));
			for (ValidationRule rule : report.rulesRun()) {
				writeSuite(xml, rule, report.findingsOf(rule.id()), strict);
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			// writing to a string fails only on a broken XML library
			throw new IllegalStateException(e);
		}
		return text.append('\n').toString();
	}

	private static void writeSuite(XMLStreamWriter xml, ValidationRule rule, List<Finding> findings, boolean strict)
			throws XMLStreamException {
		xml.writeCharacters("\n  ");
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", rule.id());
		xml.writeAttribute("tests", Integer.toString(Math.max(1, findings.size())));
		xml.writeAttribute("failures", Long.toString(failures(findings, strict)));
		xml.writeAttribute("errors", "0");
		xml.writeAttribute("skipped", Long.toString(skipped(findings, strict)));
		if (findings.isEmpty()) {
			xml.writeCharacters("\n    ");
			xml.writeEmptyElement("testcase");
			xml.writeAttribute("classname", rule.id());
			xml.writeAttribute("name", rule.description());
		}
		for (Finding finding : findings) {
			xml.writeCharacters("\n    ");
			xml.writeStartElement("testcase");
			xml.writeAttribute("classname", rule.id());
			xml.writeAttribute("name", finding.path());
			String outcome = outcome(finding, strict);
			if (outcome != null) {
				xml.writeStartElement(outcome);
				xml.writeAttribute("message", finding.getMessage());
				xml.writeAttribute("type", finding.severity().word());
				xml.writeCharacters(finding.toString());
				xml.writeEndElement();
			} else {
				xml.writeStartElement("system-out");
				xml.writeCharacters(finding.toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeCharacters("\n  ");
		xml.writeEndElement();
	}

	/** The element a finding becomes: {@code failure}, {@code skipped}, or {@code null} for a passing case. */
	private static String outcome(Finding finding, boolean strict) {
		return switch (finding.severity()) {
		case ERROR -> "failure";
		case WARNING -> strict ? "failure" : "skipped";
		case INFO -> null;
		};
	}

	private static long failures(List<Finding> findings, boolean strict) {
		return findings.stream().filter(f -> "failure".equals(outcome(f, strict))).count();
	}

	private static long skipped(List<Finding> findings, boolean strict) {
		return findings.stream().filter(f -> "skipped".equals(outcome(f, strict))).count();
	}

	private static int testCount(ValidationReport report) {
		return report.rulesRun().stream().mapToInt(rule -> Math.max(1, report.findingsOf(rule.id()).size())).sum();
	}
}
