package org.segmenta.model.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.segmenta.model.Identified;
import org.segmenta.model.persistence.AtomicFiles;

/**
 * The XMI resource behind {@code .segmentation} files.
 * <ul>
 * <li>References are written as element ids, which are assigned on attach and save, so that files
 * diff and merge well.</li>
 * <li>Files are UTF-8 with {@code \n} line ends, whatever the platform.</li>
 * <li>The parser rejects DTDs and external entities (no XXE).</li>
 * <li>Saves to local files go to a temporary file beside the target, which is then moved into
 * place; a failure at any point leaves the previous file as it was.</li>
 * </ul>
 */
public class SegmentationResource extends XMIResourceImpl {

	private final ElementIds ids = new ElementIds(this);

	public SegmentationResource(URI uri) {
		super(uri);
		// resolves references by id in constant time; without it each lookup scans the whole model
		setIntrinsicIDToEObjectMap(new HashMap<>());
		getDefaultSaveOptions().putAll(saveOptions());
		getDefaultLoadOptions().putAll(loadOptions());
	}

	private static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<Object>());
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

	/** SAX features that keep a model file from pulling in DTDs or other files (XXE). */
	static Map<String, Boolean> hardenedParserFeatures() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		return features;
	}

	@Override
	protected boolean useIDAttributes() {
		return true;
	}

	@Override
	protected boolean useUUIDs() {
		return false;
	}

	@Override
	protected void attachedHelper(EObject eObject) {
		// while loading, the id attribute is set after attachment and saves fill any gap; the check
		// runs before the id map learns the element, so a copy cannot take over its original's id
		if (!isLoading() && eObject instanceof Identified identified) {
			ids.ensureUniqueId(identified);
		}
		super.attachedHelper(eObject);
	}

	@Override
	public void save(Map<?, ?> options) throws IOException {
		ids.ensureIds();
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
