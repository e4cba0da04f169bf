package org.segmenta.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;

/** The example model, opened in an editing domain as an editor would. */
final class Fixtures {

	private Fixtures() {
	}

	static Path example() {
		String root = System.getProperty("segmenta.repository.root");
		assertTrue(root != null, "system property segmenta.repository.root is not set (the Maven build sets it)");
		Path example = Path.of(root, "examples", "nordic-members.segmentation");
		assertTrue(Files.isRegularFile(example), "missing example " + example);
		return example;
	}

	static DiagramKinds kinds() {
		return DiagramKinds.fromExtensions(Platform.getExtensionRegistry(), problem -> {
			throw new AssertionError(problem);
		});
	}

	static AdapterFactoryEditingDomain newDomain() {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				SegmentationFiles.newResourceSet());
	}

	/** A copy of the example in {@code folder}, so that tests may save. */
	static Path exampleCopy(Path folder) throws Exception {
		Path copy = folder.resolve("nordic-members.segmentation");
		Files.copy(example(), copy);
		return copy;
	}

	static DiagramSession open(Path model, String kind) throws Exception {
		AdapterFactoryEditingDomain domain = newDomain();
		Project project = SegmentationFiles.load(domain.getResourceSet(), model);
		return DiagramSession.open(domain, project, kinds(), kind);
	}
}
