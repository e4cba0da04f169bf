/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** The example models shipped with the product, for the welcome page and the new-project wizard. */
public final class Examples {

	/** The Nordic member organisation every demo and test starts from. */
	public static final String NORDIC_MEMBERS = "nordic-members.segmentation";

	private static final String FOLDER = "examples";

	private Examples() {
	}

	/**
	 * Copies the example files (the model and the data it references) into {@code folder}.
	 *
	 * @return the copied model file
	 */
	public static Path copyTo(Path folder) throws IOException {
		Bundle bundle = Platform.getBundle("org.segmenta.examples");
		Files.createDirectories(folder);
		for (URL entry : entries(bundle)) {
			String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
			try (InputStream in = entry.openStream()) {
				Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Path model = folder.resolve(NORDIC_MEMBERS);
		if (!Files.isRegularFile(model)) {
			throw new IOException("the examples bundle holds no " + NORDIC_MEMBERS);
		}
		return model;
	}

	private static List<URL> entries(Bundle bundle) {
		List<URL> files = new ArrayList<>();
		Enumeration<URL> found = bundle.findEntries(FOLDER, "*", false);
		while (found != null && found.hasMoreElements()) {
			URL url = found.nextElement();
			if (!url.getPath().endsWith("/") && !url.getPath().endsWith("README.md")) {
				files.add(url);
			}
		}
		return files;
	}
}
