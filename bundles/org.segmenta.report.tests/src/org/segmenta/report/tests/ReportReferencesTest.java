/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.tests.support.Examples;

import com.sun.net.httpserver.HttpServer;

/**
 * A report of a model from someone else reads only files inside the model's folder (or a folder
 * allowed with --allow-path) and fetches nothing over the network.
 */
class ReportReferencesTest {

	private static final String SECRET = "SECRET-CONTENT-OF-AN-OUTSIDE-FILE";

	@TempDir
	Path temporary;

	@Test
	void assignmentsOutsideTheFolderAreRefusedWithoutQuotingThem() throws Exception {
		Path project = Files.createDirectories(temporary.resolve("project"));
		Path outside = Files.createDirectories(temporary.resolve("outside"));
		Files.writeString(outside.resolve("assignments.csv"), "respondent,segment\n" + SECRET + ",seg-balance\n");
		Files.writeString(outside.resolve("no-header.csv"), SECRET + "\n");
		for (String location : new String[] { "/etc/passwd", "../../../../../../etc/passwd",
				outside.resolve("no-header.csv").toString(), "../outside/assignments.csv" }) {
			Path model = model(project, "assignmentsLocation=\"" + location + "\" dataSource=");

			ReportRun run = ReportRun.run(project, model.toString(), "--out", "out");

			assertEquals(2, run.exitCode(), run.err());
			assertTrue(run.err().contains("segmentation 'Values segmentation 2026' (id segm-values-2026), attribute "
					+ "assignmentsLocation"), run.err());
			assertFalse(run.err().contains("root:") || run.err().contains(SECRET), run.err());
			assertFalse(Files.exists(project.resolve("out")), location + " was reported");
		}
	}

	@Test
	void allowedFolderIsRead() throws Exception {
		Path project = Files.createDirectories(temporary.resolve("project"));
		Path outside = Files.createDirectories(temporary.resolve("outside"));
		Files.writeString(outside.resolve("assignments.csv"), "respondent,segment\nr1,seg-balance\n");
		Path model = model(project, "assignmentsLocation=\"../outside/assignments.csv\" dataSource=");

		ReportRun run = ReportRun.run(project, model.toString(), "--out", "out", "--formats", "csv", "--allow-path",
				outside.toString());

		assertEquals(0, run.exitCode(), run.err());
	}

	@Test
	void referencesToOtherDocumentsAreNeitherFetchedNorReported() throws Exception {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			Path project = Files.createDirectories(temporary.resolve("project"));
			Files.writeString(project.resolve("other.xmi"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"" + SECRET
					+ "\">]>\n<segmenta:DataSource xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
					+ "xmlns:segmenta=\"http://www.segmenta.org/model/1.0\" id=\"ds\" name=\"&e;\"/>\n");
			String[] hrefs = { "other.xmi#ds", "http://127.0.0.1:" + server.getAddress().getPort() + "/m.segmentation#ds" };
			for (String href : hrefs) {
				Path model = model(project, "dataSource=\"" + href + "\" href=");

				ReportRun run = ReportRun.run(project, model.toString(), "--out", "out-" + requests.get(), "--formats",
						"html");

				assertEquals(0, run.exitCode(), run.err());
				String html = Files.readString(project.resolve("out-0/report.html"));
				assertFalse(html.contains(SECRET), "the referenced file's content is in the report");
			}
			assertEquals(0, requests.get(), "requests to the server");
		} finally {
			server.stop(0);
		}
	}

	/**
	 * A copy of the example in {@code folder} whose primary segmentation's data source reference
	 * ({@code dataSource="ds-survey-2026"}) becomes {@code replacement + "..."}: either a file
	 * attribute before it, or an {@code href} element.
	 */
	private static Path model(Path folder, String replacement) throws Exception {
		String text = Files.readString(Examples.model());
		String reference = " dataSource=\"ds-survey-2026\"";
		int at = text.indexOf(reference);
		String changed;
		if (replacement.endsWith(" href=")) {
			String href = replacement.substring("dataSource=\"".length(), replacement.length() - "\" href=".length());
			int end = text.indexOf('>', at);
			changed = text.substring(0, at) + text.substring(at + reference.length(), end + 1) + "\n    <dataSource href=\""
					+ href + "\"/>" + text.substring(end + 1);
		} else {
			changed = text.substring(0, at) + " " + replacement + text.substring(at + " dataSource=".length());
		}
		Path model = folder.resolve("model.segmentation");
		Files.writeString(model, changed);
		return model;
	}
}
