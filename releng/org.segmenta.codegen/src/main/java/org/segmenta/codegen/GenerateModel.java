/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs the EMF generator outside Eclipse: maps every bundle folder to its
 * {@code platform:/resource/} URI, loads the genmodel and generates the model and edit code.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: GenerateModel BUNDLES_DIR GENMODEL_PATH_IN_BUNDLES_DIR...");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		try (Stream<Path> folders = Files.list(bundles)) {
			folders.filter(Files::isDirectory).forEach(folder -> EcorePlugin.getPlatformResourceMap()
					.put(folder.getFileName().toString(), URI.createFileURI(folder + File.separator)));
		}

		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		for (int i = 1; i < args.length; i++) {
			generate(args[i]);
		}
		keepHandWrittenFactoryRegistration(bundles.resolve("org.segmenta.model.edit/plugin.xml"));
	}

	private static void generate(String genModelPath) throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
		URI genModelUri = URI.createPlatformResourceURI(genModelPath, true);
		GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
		// Bring the genmodel up to date with the .ecore (new classes and features), then save it,
		// so the committed genmodel always describes the code in src-gen/.
		genModel.initialize(genModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList());
		genModel.reconcile();
		genModel.eResource().save(null);
		genModel.setCanGenerate(true);

		Diagnostic problems = genModel.diagnose();
		if (problems.getSeverity() == Diagnostic.ERROR) {
			report(problems);
			System.exit(1);
		}

		Generator generator = new Generator();
		generator.setInput(genModel);
		BasicMonitor.Printing monitor = new BasicMonitor.Printing(System.out);
		// Edit code only for genmodels that name an edit directory: the diagram descriptions need none.
		List<String> projectTypes = genModel.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY)
				? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		for (String projectType : projectTypes) {
			Diagnostic result = generator.generate(genModel, projectType, monitor);
			if (result.getSeverity() >= Diagnostic.WARNING) {
				report(result);
			}
			if (result.getSeverity() == Diagnostic.ERROR) {
				System.exit(1);
			}
		}
	}

	/**
	 * The edit bundle registers SegmentaEditAdapterFactory, the generated factory with better
	 * labels, in place of the generated one; the generator would add its own registration back,
	 * and two factories for one package make the choice between them arbitrary.
	 */
	private static void keepHandWrittenFactoryRegistration(Path pluginXml) throws IOException {
		String text = Files.readString(pluginXml);
		if (!text.contains("org.segmenta.model.edit.SegmentaEditAdapterFactory")) {
			return;
		}
		String generated = "(?s)\\n   <extension point=\"org.eclipse.emf.edit.itemProviderAdapterFactories\">\\n"
				+ "      <!-- @generated segmenta -->.*?</extension>\\n";
		Files.writeString(pluginXml, text.replaceAll(generated, ""));
	}

	private static void report(Diagnostic diagnostic) {
		System.err.println(diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			report(child);
		}
	}
}
