/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * The URI converter of every resource set that holds Segmenta models
 * ({@link SegmentationFiles#newResourceSet()}): the files that were opened on purpose (the model,
 * its diagram file) are read as usual; anything else a model refers to ({@code href}s, unknown
 * packages) is only read when {@link ModelPaths} accepts it, a {@code .segmentation} or
 * {@code .segmentationdiagram} file inside the project. Other schemes (http, https, ftp, jar,
 * archive, platform:/plugin) and other files are never opened, so a proxy to them stays unresolved
 * and validation reports it.
 */
public class ReferenceGuard extends ExtensibleURIConverterImpl {

	private final Set<URI> opened = ConcurrentHashMap.newKeySet();
	private volatile ModelPaths policy;

	/** The guard of {@code resourceSet}, or empty when the set was not made by {@link SegmentationFiles}. */
	public static Optional<ReferenceGuard> of(ResourceSet resourceSet) {
		return resourceSet.getURIConverter() instanceof ReferenceGuard guard ? Optional.of(guard) : Optional.empty();
	}

	/** The policy references are checked against; {@code null} until a model is loaded. */
	public ModelPaths policy() {
		return policy;
	}

	/** Sets the policy, as {@link SegmentationFiles} does when it loads the first model of the set. */
	public void setPolicy(ModelPaths policy) {
		this.policy = policy;
	}

	/** Lets {@code uri} be read whatever the policy: a file the user opened. */
	public void open(URI uri) {
		opened.add(normalize(uri));
	}

	/** Why {@code uri} may not be read or written, or empty when it may. */
	public Optional<String> problem(URI uri) {
		URI normalized = normalize(uri).trimFragment();
		if (opened.contains(normalized)) {
			return Optional.empty();
		}
		ModelPaths current = policy;
		return (current == null ? ModelPaths.of(null, null) : current).problem(normalized);
	}

	@Override
	public URIHandler getURIHandler(URI uri) {
		if (problem(uri).isEmpty()) {
			return super.getURIHandler(uri);
		}
		ModelPaths current = policy == null ? ModelPaths.of(null, null) : policy;
		URI refused = normalize(uri).trimFragment();
		// worded when shown, so the workbench and each command say it in their own language
		return new Refusal(new ReferencedFileException(locale -> PathTexts.text(locale, "paths.reference", uri,
				current.problem(refused, locale).orElse(""))));
	}

	/** Answers every request for a refused URI with an error, without touching it. */
	private static final class Refusal extends URIHandlerImpl {

		private final ReferencedFileException refusal;

		Refusal(ReferencedFileException refusal) {
			this.refusal = refusal;
		}

		@Override
		public boolean canHandle(URI uri) {
			return true;
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal;
		}

		@Override
		public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
			throw refusal;
		}

		@Override
		public void delete(URI uri, Map<?, ?> options) throws IOException {
			throw refusal;
		}

		@Override
		public Map<String, ?> contentDescription(URI uri, Map<?, ?> options) throws IOException {
			throw refusal;
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return false;
		}

		@Override
		public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
			return Map.of();
		}

		@Override
		public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
			throw refusal;
		}
	}
}
