/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.segmenta.model.Identified;
import org.segmenta.model.NamedElement;
import org.segmenta.model.SegmentaPackage;

/**
 * The one policy for every file a model names, so that a model from someone else cannot make
 * Segmenta read files outside its project or reach the network:
 * <ul>
 * <li>a relative path resolves against the model's folder and must stay inside the <em>root</em>:
 * the model's project in the workbench, the model's folder headless;</li>
 * <li>refused are absolute paths, {@code ..} out of the root, symbolic links that lead out of it
 * (checked on the real path) and URIs of any scheme;</li>
 * <li>a folder outside can be allowed explicitly: {@code --allow-path DIR} headless, or the key
 * {@value #ALLOWED_FOLDERS} in the project's {@value #SETTINGS_FILE} (folders separated by
 * {@code ;}, relative ones against the model's folder);</li>
 * <li>cross-document references ({@code href}) may only point at {@code .segmentation} and
 * {@code .segmentationdiagram} files under the same rules; {@link ReferenceGuard} enforces that
 * for the resource set.</li>
 * </ul>
 * A refusal names the element (kind, name, id) and the attribute, never the content of the file.
 */
public final class ModelPaths {

	/** The project settings file of this bundle, relative to the model's folder. */
	public static final String SETTINGS_FILE = ".settings/org.segmenta.model.prefs";

	/** The settings key that allows folders outside the project, separated by {@code ;}. */
	public static final String ALLOWED_FOLDERS = "referencedFiles.allowedFolders";

	/** The file extensions a cross-document reference may point at. */
	public static final Set<String> MODEL_EXTENSIONS = Set.of(SegmentationResourceFactory.FILE_EXTENSION,
			"segmentationdiagram");

	/** The attributes of the metamodel that name files. */
	public static final List<EAttribute> FILE_ATTRIBUTES = List.of(
			SegmentaPackage.Literals.SEGMENTATION__ASSIGNMENTS_LOCATION, SegmentaPackage.Literals.DATA_SOURCE__LOCATION);

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");


	private final Path folder;
	private final Path root;
	private final List<Path> allowed;

	private ModelPaths(Path folder, Path root, List<Path> allowed) {
		this.folder = folder;
		this.root = root;
		this.allowed = List.copyOf(allowed);
	}

	/**
	 * The policy of the model in {@code modelFile} headless: its folder is the root; the folders in
	 * its project settings and {@code allowedFolders} are allowed too.
	 *
	 * @throws ModelLoadException naming the settings file when it cannot be read
	 */
	public static ModelPaths forModel(Path modelFile, List<Path> allowedFolders) throws ModelLoadException {
		Path folder = modelFile.toAbsolutePath().normalize().getParent();
		return forModel(modelFile, folder, allowedFolders);
	}

	/**
	 * The policy of the model in {@code modelFile} whose project lives in {@code root} (a folder
	 * above or equal to the model's), as in the workbench.
	 */
	public static ModelPaths forModel(Path modelFile, Path root, List<Path> allowedFolders) throws ModelLoadException {
		Path folder = modelFile.toAbsolutePath().normalize().getParent();
		List<Path> allowed = new ArrayList<>();
		allowedFolders.forEach(extra -> allowed.add(extra.toAbsolutePath().normalize()));
		allowed.addAll(settingsFolders(folder));
		return new ModelPaths(folder, root.toAbsolutePath().normalize(), allowed);
	}

	/**
	 * The policy of {@code element}'s model: the one its resource set's {@link ReferenceGuard}
	 * holds, else the model file's folder without extra folders, else (a model only in memory) a
	 * policy that refuses what is refused wherever the model would be.
	 */
	public static ModelPaths of(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return of(null, null);
		}
		if (resource.getResourceSet() != null && resource.getResourceSet().getURIConverter() instanceof ReferenceGuard guard
				&& guard.policy() != null) {
			return guard.policy();
		}
		URI local = resource.getURI() == null ? null : CommonPlugin.resolve(resource.getURI());
		if (local == null || !local.isFile()) {
			return of(null, null);
		}
		Path folder = Path.of(local.toFileString()).toAbsolutePath().normalize().getParent();
		return of(folder, folder);
	}

	/** A policy with {@code root} and no extra folders; without a folder only what is refused anywhere. */
	static ModelPaths of(Path folder, Path root) {
		return new ModelPaths(folder, root, List.of());
	}

	/** The folders, besides the root, that files may be in. */
	public List<Path> allowedFolders() {
		return allowed;
	}

	/**
	 * The file that {@code attribute} of {@code element} names, resolved and checked.
	 *
	 * @throws ReferencedFileException naming the element and attribute when the policy refuses it
	 */
	public Path resolve(EObject element, EAttribute attribute) throws ReferencedFileException {
		String location = String.valueOf(element.eGet(attribute)).strip();
		Path file = checked(location);
		if (file == null) {
			throw new ReferencedFileException(describe(element) + ", attribute " + attribute.getName() + ": \""
					+ location + "\" " + problem(location, Locale.ENGLISH).orElse(PathTexts.text(Locale.ENGLISH, "paths.unresolved")));
		}
		return file;
	}

	/**
	 * Why the file that {@code attribute} of {@code element} names is refused, naming both, or empty
	 * when it is accepted (or not set).
	 */
	public Optional<String> problem(EObject element, EAttribute attribute) {
		Object value = element.eGet(attribute);
		if (value == null || value.toString().isBlank()) {
			return Optional.empty();
		}
		String location = value.toString().strip();
		return problem(location, Locale.ENGLISH).map(why -> describe(element) + ", attribute " + attribute.getName() + ": \""
				+ location + "\" " + why);
	}

	/**
	 * Why the file that {@code attribute} of {@code element} names is refused, in {@code locale}'s
	 * language (English where it has no texts), to follow the quoted location; empty when it is
	 * accepted (or not set).
	 */
	public Optional<String> reason(EObject element, EAttribute attribute, Locale locale) {
		Object value = element.eGet(attribute);
		return value == null || value.toString().isBlank() ? Optional.empty() : problem(value.toString().strip(), locale);
	}

	/**
	 * Why a cross-document reference to {@code uri} is refused, or empty when it points at a model
	 * or diagram file inside the project (or an allowed folder).
	 */
	public Optional<String> problem(URI uri) {
		return problem(uri, Locale.ENGLISH);
	}

	/** As {@link #problem(URI)}, in {@code locale}'s language (English where it has no texts). */
	public Optional<String> problem(URI uri, Locale locale) {
		URI local = uri.trimFragment();
		if ("platform".equals(local.scheme()) && local.isPlatformResource()) {
			local = CommonPlugin.resolve(local);
		}
		if (!local.isFile()) {
			return Optional.of(PathTexts.text(locale, "paths.scheme", local.scheme()));
		}
		String extension = local.fileExtension() == null ? "" : local.fileExtension().toLowerCase(Locale.ROOT);
		if (!MODEL_EXTENSIONS.contains(extension)) {
			return Optional.of(PathTexts.text(locale, "paths.notModelFile"));
		}
		// without a model folder (nothing loaded yet) only the scheme and the kind of file are known
		return folder == null ? Optional.empty() : problem(local.toFileString(), locale);
	}

	/** Why {@code location} is refused, in {@code locale}'s language, or empty; the text follows the quoted location. */
	Optional<String> problem(String location, Locale locale) {
		if (SCHEME.matcher(location).find() && !isWindowsDrive(location)) {
			return Optional.of(PathTexts.text(locale, "paths.uri"));
		}
		Path path;
		try {
			path = Path.of(location);
		} catch (InvalidPathException e) {
			return Optional.of(PathTexts.text(locale, "paths.invalid"));
		}
		String howToAllow = PathTexts.text(locale, "paths.howToAllow", ALLOWED_FOLDERS, SETTINGS_FILE);
		if (folder == null) {
			// only in memory: what would be refused wherever the model is
			if (path.isAbsolute()) {
				return Optional.of(PathTexts.text(locale, "paths.absolute", howToAllow));
			}
			return path.normalize().startsWith("..") ? Optional.of(PathTexts.text(locale, "paths.outOfFolder", howToAllow))
					: Optional.empty();
		}
		Path file = folder.resolve(path).normalize();
		if (!isAccepted(file, false)) {
			return Optional.of(PathTexts.text(locale, path.isAbsolute() ? "paths.absoluteOutside" : "paths.outOfProject",
					root.toString(), howToAllow));
		}
		if (!isAccepted(realPath(file), true)) {
			return Optional.of(PathTexts.text(locale, "paths.symlink", root.toString(), howToAllow));
		}
		return Optional.empty();
	}

	/** The resolved file, or {@code null} when refused or there is no model folder to resolve against. */
	private Path checked(String location) {
		if (folder == null || problem(location, Locale.ENGLISH).isPresent()) {
			return null;
		}
		return folder.resolve(location).normalize();
	}

	private boolean isAccepted(Path file, boolean real) {
		if (file.startsWith(real ? realPath(root) : root)) {
			return true;
		}
		return allowed.stream().anyMatch(folder -> file.startsWith(real ? realPath(folder) : folder));
	}

	/** The real path of {@code file}, or of its nearest existing folder with the rest appended. */
	private static Path realPath(Path file) {
		Path existing = file;
		Path rest = existing.getFileSystem().getPath("");
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			rest = existing.getFileName().resolve(rest);
			existing = existing.getParent();
		}
		if (existing == null) {
			return file;
		}
		try {
			return existing.toRealPath().resolve(rest).normalize();
		} catch (IOException e) {
			// a dangling link or a folder we may not read: treat the link itself as leading nowhere safe
			return existing.toAbsolutePath().getRoot();
		}
	}

	private static boolean isWindowsDrive(String location) {
		return location.length() >= 2 && location.charAt(1) == ':' && Character.isLetter(location.charAt(0))
				&& (location.length() == 2 || location.charAt(2) == '\\' || location.charAt(2) == '/');
	}

	private static List<Path> settingsFolders(Path folder) throws ModelLoadException {
		Path settings = folder.resolve(SETTINGS_FILE);
		if (!Files.isRegularFile(settings)) {
			return List.of();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(settings)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			throw new ModelLoadException(settings, 0, 0, "cannot read the project settings: " + e.getMessage(), e);
		}
		List<Path> folders = new ArrayList<>();
		for (String entry : properties.getProperty(ALLOWED_FOLDERS, "").split(";")) {
			if (!entry.isBlank()) {
				try {
					folders.add(folder.resolve(entry.strip()).normalize());
				} catch (InvalidPathException e) {
					throw new ModelLoadException(settings, 0, 0, "key " + ALLOWED_FOLDERS + ": '" + entry.strip()
							+ "' is no valid path", e);
				}
			}
		}
		return folders;
	}

	/** The element as messages name it: its kind, name and id, e.g. {@code segmentation 'Values' (id s1)}. */
	public static String describe(EObject element) {
		StringBuilder text = new StringBuilder(
				element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT));
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			text.append(" '").append(named.getName().strip()).append('\'');
		}
		if (element instanceof Identified identified && identified.getId() != null) {
			text.append(" (id ").append(identified.getId()).append(')');
		}
		return text.toString();
	}
}
