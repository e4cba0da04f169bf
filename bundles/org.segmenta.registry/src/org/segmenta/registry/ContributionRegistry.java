/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * A registry built from the contributions to some extension points: built on first use, kept, and
 * built again on the next use after a contribution to one of them was added or removed (a plug-in
 * installed, updated or uninstalled at run time).
 *
 * @param <T> what is built, e.g. the rule catalog
 */
public final class ContributionRegistry<T> implements AutoCloseable {

	private final Supplier<IExtensionRegistry> registry;
	private final Function<IExtensionRegistry, T> build;
	private final List<String> extensionPoints;
	private final List<IRegistryEventListener> listeners = new ArrayList<>();
	private IExtensionRegistry listenedTo;
	private volatile T current;

	private ContributionRegistry(Supplier<IExtensionRegistry> registry, Function<IExtensionRegistry, T> build,
			String... extensionPoints) {
		this.registry = registry;
		this.build = build;
		this.extensionPoints = List.of(extensionPoints);
	}

	/** Built from the running platform's extension registry, which is looked up on first use. */
	public static <T> ContributionRegistry<T> ofPlatform(Function<IExtensionRegistry, T> build, String... extensionPoints) {
		return new ContributionRegistry<>(RegistryFactory::getRegistry, build, extensionPoints);
	}

	/** Built from {@code registry}. */
	public static <T> ContributionRegistry<T> of(IExtensionRegistry registry, Function<IExtensionRegistry, T> build,
			String... extensionPoints) {
		return new ContributionRegistry<>(() -> registry, build, extensionPoints);
	}

	/**
	 * What the contributions make now: the last build while they are unchanged.
	 *
	 * @throws IllegalStateException when no extension registry runs
	 */
	public T get() {
		T built = current;
		if (built != null) {
			return built;
		}
		synchronized (this) {
			if (current == null) {
				IExtensionRegistry extensions = registry.get();
				if (extensions == null) {
					throw new IllegalStateException("no extension registry is running");
				}
				// listening before reading, so a change made while reading leads to a new build
				listenTo(extensions);
				current = build.apply(extensions);
			}
			return current;
		}
	}

	private void listenTo(IExtensionRegistry extensions) {
		if (listenedTo != null) {
			return;
		}
		for (String extensionPoint : extensionPoints) {
			// one listener per extension point: the registry keeps a listener once, with its last filter
			IRegistryEventListener listener = new Invalidation();
			extensions.addListener(listener, extensionPoint);
			listeners.add(listener);
		}
		listenedTo = extensions;
	}

	private synchronized void invalidate() {
		current = null;
	}

	/** Stops following the registry's changes; the next {@link #get} builds and follows again. */
	@Override
	public synchronized void close() {
		if (listenedTo != null) {
			listeners.forEach(listenedTo::removeListener);
		}
		listeners.clear();
		listenedTo = null;
		current = null;
	}

	private final class Invalidation implements IRegistryEventListener {

		@Override
		public void added(IExtension[] extensions) {
			invalidate();
		}

		@Override
		public void removed(IExtension[] extensions) {
			invalidate();
		}

		@Override
		public void added(IExtensionPoint[] extensionPoints) {
			invalidate();
		}

		@Override
		public void removed(IExtensionPoint[] extensionPoints) {
			invalidate();
		}
	}
}
