/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource for Segmenta's files (models, diagram files):
 * <ul>
 * <li>UTF-8 with {@code \n} line ends, whatever the platform;</li>
 * <li>the parser rejects DTDs and external entities (no XXE);</li>
 * <li>saves to local files go to a temporary file beside the target, which is then moved into
 * place; a failure at any point leaves the previous file as it was.</li>
 * </ul>
 */
public class SafeXmiResource extends XMIResourceImpl {

	public SafeXmiResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().putAll(loadOptions());
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<Object>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
		return options;
	}

	private static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, hardenedParserFeatures());
		return options;
	}

	/** SAX features that keep a file from pulling in DTDs or other files (XXE). */
	public static Map<String, Boolean> hardenedParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		// platform:/resource URIs of workspace files resolve to local files in a running workbench
		URI local = CommonPlugin.resolve(getURIConverter().normalize(getURI()));
		if (!local.isFile()) {
			super.save(options);
			return;
		}
		AtomicFiles.write(Path.of(local.toFileString()), out -> save(out, options));
		setModified(false);
	}
}
