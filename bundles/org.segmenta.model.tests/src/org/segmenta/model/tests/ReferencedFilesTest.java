/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.persistence.ModelLoadException;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.model.persistence.ReferencedFileException;
import org.segmenta.model.persistence.SegmentationFiles;

import com.sun.net.httpserver.HttpServer;

/**
 * A model from someone else names files and other documents: only files inside its project are
 * read, nothing is fetched over the network, and a refusal names the element and attribute.
 */
class ReferencedFilesTest {

	private static final String SECRET = "SECRET-CONTENT-OF-AN-OUTSIDE-FILE";

	@TempDir
	Path temporary;

	private Path project;
	private Path outside;
	private HttpServer server;
	private final AtomicInteger requests = new AtomicInteger();

	@BeforeEach
	void setUp() throws Exception {
		project = Files.createDirectories(temporary.resolve("project"));
		outside = Files.createDirectories(temporary.resolve("outside"));
		Files.writeString(outside.resolve("secret.csv"), SECRET + "\n");
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = model("leak", "<segmentations id=\"remote\" name=\"" + SECRET + "\"/>").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void absolutePathIsRefusedNamingElementAndAttribute() throws Exception {
		Segmentation segmentation = segmentationWithAssignments(outside.resolve("secret.csv").toString());

		ReferencedFileException error = assertThrows(ReferencedFileException.class, () -> ModelPaths.of(segmentation)
				.resolve(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));

		assertTrue(error.getMessage().startsWith("segmentation 'Values' (id seg-values), attribute assignmentsLocation"),
				error.getMessage());
		assertTrue(error.getMessage().contains("absolute path"), error.getMessage());
		assertFalse(error.getMessage().contains(SECRET), error.getMessage());
	}

	@Test
	void parentFoldersOutOfTheProjectAreRefused() throws Exception {
		Segmentation segmentation = segmentationWithAssignments("../../etc/passwd");

		ReferencedFileException error = assertThrows(ReferencedFileException.class, () -> ModelPaths.of(segmentation)
				.resolve(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));

		assertTrue(error.getMessage().contains("leads out of the project"), error.getMessage());
		assertFalse(error.getMessage().contains("root:"), error.getMessage());
	}

	@Test
	void theReasonIsWordedInTheLanguageAskedFor() throws Exception {
		Segmentation segmentation = segmentationWithAssignments("../../etc/passwd");
		ModelPaths paths = ModelPaths.of(segmentation);

		String danish = paths.reason(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION, Locale.of("da"))
				.orElseThrow();
		assertTrue(danish.startsWith("fører ud af projektet "), danish);
		assertTrue(danish.contains("tillad en mappe uden for projektet med --allow-path MAPPE eller nøglen "
				+ ModelPaths.ALLOWED_FOLDERS), danish);
		assertTrue(paths.reason(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION, Locale.of("sv"))
				.orElseThrow().startsWith("leder ut ur projektet "));
		assertTrue(paths.problem(org.eclipse.emf.common.util.URI.createURI("http://127.0.0.1:9/x.segmentation"), Locale.of("fi"))
				.orElseThrow().startsWith("käyttää skeemaa 'http'"));
		assertEquals(paths.problem(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION).orElseThrow(),
				"segmentation 'Values' (id seg-values), attribute assignmentsLocation: \"../../etc/passwd\" "
						+ paths.reason(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION, Locale.ENGLISH)
								.orElseThrow(),
				"English by default, as the command line writes it");
	}

	@Test
	void symbolicLinkOutOfTheProjectIsRefused() throws Exception {
		Files.createSymbolicLink(project.resolve("assignments.csv"), outside.resolve("secret.csv"));
		Files.createSymbolicLink(project.resolve("linked"), outside);
		Segmentation file = segmentationWithAssignments("assignments.csv");
		Segmentation folder = segmentationWithAssignments("linked/secret.csv");

		for (Segmentation segmentation : List.of(file, folder)) {
			ReferencedFileException error = assertThrows(ReferencedFileException.class, () -> ModelPaths
					.of(segmentation).resolve(segmentation, SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));
			assertTrue(error.getMessage().contains("symbolic link"), error.getMessage());
		}
	}

	@Test
	void filesInsideTheProjectAndInAllowedFoldersResolve() throws Exception {
		Files.createDirectories(project.resolve("data"));
		Files.writeString(project.resolve("data/real.csv"), "id,segment\n");
		Files.createSymbolicLink(project.resolve("data/link.csv"), project.resolve("data/real.csv"));
		Segmentation inside = segmentationWithAssignments("data/link.csv");
		assertEquals(project.resolve("data/link.csv"), ModelPaths.of(inside).resolve(inside,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));

		Path model = writeModel("allowed", "<segmentations id=\"seg-values\" name=\"Values\" assignmentsLocation=\"../outside/secret.csv\"/>");
		Segmentation viaOption = SegmentationFiles.load(model, List.of(outside)).getSegmentations().get(0);
		assertEquals(outside.resolve("secret.csv"), ModelPaths.of(viaOption).resolve(viaOption,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));

		Files.createDirectories(project.resolve(".settings"));
		Files.writeString(project.resolve(ModelPaths.SETTINGS_FILE), ModelPaths.ALLOWED_FOLDERS + "=../outside\n");
		Segmentation viaSettings = SegmentationFiles.load(model).getSegmentations().get(0);
		assertEquals(outside.resolve("secret.csv"), ModelPaths.of(viaSettings).resolve(viaSettings,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION));
	}

	@Test
	void modelOnlyInMemoryRefusesWhatIsRefusedAnywhere() {
		Segmentation segmentation = SegmentaFactory.eINSTANCE.createSegmentation();
		segmentation.setAssignmentsLocation("/etc/passwd");
		assertTrue(ModelPaths.of(segmentation).problem(segmentation,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION).isPresent());
		segmentation.setAssignmentsLocation("assignments.csv");
		assertFalse(ModelPaths.of(segmentation).problem(segmentation,
				SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION).isPresent());
	}

	@Test
	void httpReferenceMakesNoRequest() throws Exception {
		String address = "http://127.0.0.1:" + server.getAddress().getPort() + "/remote.segmentation#ds";
		Path model = writeModel("remote", "<segmentations id=\"s\" name=\"S\"><dataSource href=\"" + address + "\"/></segmentations>");

		Project loaded = SegmentationFiles.load(model);
		DataSource source = loaded.getSegmentations().get(0).getDataSource();

		assertTrue(source.eIsProxy(), "the remote reference was resolved");
		assertEquals(0, requests.get(), "requests to the server");
	}

	@Test
	void otherSchemesAndFileTypesStayUnresolved() throws Exception {
		Path xmi = outside.resolve("other.xmi");
		Files.writeString(project.resolve("inside.xmi"), dtdBearing());
		Files.writeString(xmi, dtdBearing());
		for (String href : List.of("inside.xmi#ds", xmi.toUri() + "#ds", "jar:" + xmi.toUri() + "!/x.segmentation#ds",
				"archive:" + xmi.toUri() + "!/x.segmentation#ds", "ftp://127.0.0.1/x.segmentation#ds")) {
			Path model = writeModel("refs", "<segmentations id=\"s\" name=\"S\"><dataSource href=\"" + href + "\"/></segmentations>");
			DataSource source = SegmentationFiles.load(model).getSegmentations().get(0).getDataSource();
			assertTrue(source.eIsProxy(), href + " was resolved to " + source.getName());
		}
	}

	@Test
	void aRefusedReferenceIsWordedInEachLanguage() throws Exception {
		Path model = writeModel("main", "<segmentations id=\"s\" name=\"S\"/>");
		Path other = outside.resolve("other.segmentation");
		Files.writeString(other, model("other", "<dataSources id=\"ds\" name=\"Elsewhere\"/>"));
		ResourceSet resourceSet = SegmentationFiles.newResourceSet();
		SegmentationFiles.load(resourceSet, model);
		URI reference = URI.createFileURI(other.toString());

		ReferencedFileException refusal = assertThrows(ReferencedFileException.class,
				() -> resourceSet.getURIConverter().createInputStream(reference));
		WrappedException asEmfThrowsIt = assertThrows(WrappedException.class, () -> resourceSet.getResource(reference, true));

		assertEquals("a reference to " + reference + " is an absolute path outside the project " + project, refusal.getMessage().split(";")[0]);
		assertEquals("en henvisning til " + reference + " er en absolut sti uden for projektet " + project,
				refusal.getMessage(Locale.of("da")).split(";")[0]);
		assertEquals("en h\u00e4nvisning till " + reference + " \u00e4r en absolut s\u00f6kv\u00e4g utanf\u00f6r projektet " + project,
				ModelLoadException.messageOf(asEmfThrowsIt, Locale.of("sv")).split(";")[0]);
		assertEquals("viittaus kohteeseen " + reference + " on absoluuttinen polku projektin " + project + " ulkopuolelle",
				ModelLoadException.messageOf(asEmfThrowsIt, Locale.of("fi")).split(";")[0]);
	}

	@Test
	void referenceToAModelInsideTheProjectResolves() throws Exception {
		writeModel("other", "<dataSources id=\"ds\" name=\"Shared survey\"/>");
		Path model = writeModel("main", "<segmentations id=\"s\" name=\"S\"><dataSource href=\"other.segmentation#ds\"/></segmentations>");

		DataSource source = SegmentationFiles.load(model).getSegmentations().get(0).getDataSource();

		assertEquals("Shared survey", source.getName());
	}

	@Test
	void duplicateIdIsALoadErrorWithItsLine() throws Exception {
		Path model = writeModel("twice", "<segmentations id=\"s\" name=\"First\"/>\n  <segmentations id=\"s\" name=\"Second\"/>");

		ModelLoadException error = assertThrows(ModelLoadException.class, () -> SegmentationFiles.load(model));

		assertEquals(model + ":4: duplicate id 's'", error.getMessage());
		assertEquals(4, error.getLine());
	}

	private Segmentation segmentationWithAssignments(String location) throws Exception {
		Path model = writeModel("model-" + Math.abs(location.hashCode()), "<segmentations id=\"seg-values\" name=\"Values\" assignmentsLocation=\""
				+ location + "\"/>");
		return SegmentationFiles.load(model).getSegmentations().get(0);
	}

	private Path writeModel(String name, String content) throws Exception {
		Path model = project.resolve(name + ".segmentation");
		Files.writeString(model, model(name, content));
		return model;
	}

	private static String model(String id, String content) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<segmenta:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:segmenta=\"http://www.segmenta.org/model/1.0\" id=\""
				+ id + "-project\" name=\"P\">\n  " + content + "\n</segmenta:Project>\n";
	}

	private static String dtdBearing() {
		return "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"" + SECRET + "\">]>\n"
				+ "<segmenta:Project xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:segmenta=\"http://www.segmenta.org/model/1.0\" id=\"x\">"
				+ "<dataSources id=\"ds\" name=\"&e;\"/></segmenta:Project>\n";
	}
}
