/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.segmenta.model.Identified;
import org.segmenta.model.persistence.SafeXmiResource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource behind {@code .segmentation} files.
 * <ul>
 * <li>References are written as element ids, which are assigned on attach and save, so that files
 * diff and merge well.</li>
 * <li>An id given to two elements is a load error naming the second one's line: references to it
 * would otherwise silently reach the wrong element.</li>
 * <li>Encoding, parser hardening and atomic saves come from {@link SafeXmiResource}.</li>
 * </ul>
 */
public class SegmentationResource extends SafeXmiResource {

	private final ElementIds ids = new ElementIds(this);

	public SegmentationResource(URI uri) {
		super(uri);
		// resolves references by id in constant time; without it each lookup scans the whole model
		setIntrinsicIDToEObjectMap(new HashMap<>());
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
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new UniqueIdHandler(resource, helper, options);
			}
		};
	}

	@Override
	public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
		ids.ensureIds();
		super.doSave(outputStream, options);
	}
}
