/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's parsed arguments: positional words, {@code --option value} (or
 * {@code --option=value}) pairs and {@code --flag}s. Unknown options are usage errors, so typos
 * never pass silently. Every command accepts {@value #ALLOW_PATH} {@code DIR} (repeatable): a
 * folder outside the model's own that files the model names may be in.
 */
public final class Arguments {

	/** The common option that allows a folder outside the model's project. */
	public static final String ALLOW_PATH = "allow-path";

	private final List<String> positional;
	private final Map<String, String> options;
	private final Set<String> flags;
	private final List<String> allowedPaths;

	private Arguments(List<String> positional, Map<String, String> options, Set<String> flags,
			List<String> allowedPaths) {
		this.positional = Collections.unmodifiableList(positional);
		this.options = Collections.unmodifiableMap(options);
		this.flags = Collections.unmodifiableSet(flags);
		this.allowedPaths = List.copyOf(allowedPaths);
	}

	/**
	 * Parses {@code words}.
	 *
	 * @param valueOptions the options that take a value, without the leading dashes
	 * @param flagOptions  the options that stand alone, without the leading dashes
	 */
	public static Arguments parse(List<String> words, Set<String> valueOptions, Set<String> flagOptions)
			throws UsageException {
		List<String> positional = new ArrayList<>();
		Map<String, String> options = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<String> allowedPaths = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--") || word.equals("--")) {
				positional.add(word);
				continue;
			}
			String name = word.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (flagOptions.contains(name) && value == null) {
				flags.add(name);
			} else if (valueOptions.contains(name) || name.equals(ALLOW_PATH)) {
				if (value == null) {
					if (i + 1 >= words.size()) {
						throw new UsageException("option --" + name + " needs a value");
					}
					value = words.get(++i);
				}
				// --out= would otherwise mean the working directory, and --k "" no value at all
				if (value.isBlank()) {
					throw new UsageException("option --" + name + " needs a value, not an empty one");
				}
				if (name.equals(ALLOW_PATH)) {
					allowedPaths.add(value);
				} else {
					options.put(name, value);
				}
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return new Arguments(positional, options, flags, allowedPaths);
	}

	public List<String> positional() {
		return positional;
	}

	/** The one positional argument a command requires, such as the model file. */
	public String requireSinglePositional(String what) throws UsageException {
		if (positional.size() != 1) {
			throw new UsageException(positional.isEmpty() ? "missing " + what
					: "expected one " + what + ", got " + positional.size() + ": " + String.join(" ", positional));
		}
		return positional.get(0);
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	/**
	 * These arguments with {@code --name value} added where the command line does not give
	 * {@code --name}: a default from elsewhere, such as the model, that the command line overrides.
	 * The same arguments when {@code value} is {@code null} or blank.
	 */
	public Arguments withDefault(String name, String value) {
		if (value == null || value.isBlank() || options.containsKey(name)) {
			return this;
		}
		Map<String, String> withValue = new HashMap<>(options);
		withValue.put(name, value);
		return new Arguments(positional, withValue, flags, allowedPaths);
	}

	/**
	 * The folders given with {@value #ALLOW_PATH}, resolved against the working directory.
	 *
	 * @throws UsageException when one is not a folder
	 */
	public List<Path> allowedFolders(CommandContext context) throws UsageException {
		List<Path> folders = new ArrayList<>();
		for (String path : allowedPaths) {
			Path folder = context.resolve(path);
			if (!Files.isDirectory(folder)) {
				throw new UsageException("--" + ALLOW_PATH + " " + path + ": no such folder");
			}
			folders.add(folder);
		}
		return folders;
	}
}
