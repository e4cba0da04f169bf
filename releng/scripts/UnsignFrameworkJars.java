// SPDX-License-Identifier: EPL-2.0
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Takes the signatures out of the Equinox launcher and framework jars of the materialized products
 * under the given directories: the JVM's own class loaders, which load those two jars, check the
 * signature and digest of every class they read from a signed jar, which cost every command 0.2-0.6 s,
 * and Java's class cache leaves such classes out (Equinox loads the bundles without checking
 * signatures). The classes and resources stay as they are; the signature files and the manifest's
 * per-entry digests go. Each jar is replaced whole.
 * <p>
 * Run by the product build: {@code java UnsignFrameworkJars.java DIRECTORY...}
 */
public class UnsignFrameworkJars {

	/** How deep a product's plugins lie: products/ID/OS/WS/ARCH/ROOT/plugins/JAR under the build's target. */
	private static final int PRODUCT_DEPTH = 8;

	private static final Pattern FRAMEWORK_JAR = Pattern.compile("org\\.eclipse\\.(osgi|equinox\\.launcher)_[^/]*\\.jar");

	private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/[^/]*\\.(SF|RSA|DSA|EC)",
			Pattern.CASE_INSENSITIVE);

	public static void main(String[] directories) throws IOException {
		int found = 0;
		int unsigned = 0;
		for (String directory : directories) {
			if (!Files.isDirectory(Path.of(directory))) {
				continue;
			}
			List<Path> jars;
			try (Stream<Path> files = Files.find(Path.of(directory), PRODUCT_DEPTH,
					(file, attributes) -> attributes.isRegularFile() && file.getParent().endsWith("plugins")
							&& FRAMEWORK_JAR.matcher(file.getFileName().toString()).matches())) {
				jars = files.toList();
			}
			found += jars.size();
			for (Path jar : jars) {
				if (unsign(jar)) {
					unsigned++;
				}
			}
		}
		if (found == 0) { // the products' layout changed: say so rather than leave them slow
			System.err.println("No Equinox launcher or framework jar in the products under " + String.join(", ", directories));
			System.exit(1);
		}
		System.out.println("Unsigned " + unsigned + " of " + found + " framework jars");
	}

	/** Rewrites {@code jar} without its signature; false when it has none. */
	private static boolean unsign(Path jar) throws IOException {
		Path unsigned = jar.resolveSibling(jar.getFileName() + ".unsigned");
		try (ZipFile in = new ZipFile(jar.toFile())) {
			if (in.stream().noneMatch(entry -> SIGNATURE_FILE.matcher(entry.getName()).matches())) {
				return false;
			}
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(unsigned))) {
				for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (SIGNATURE_FILE.matcher(entry.getName()).matches()) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream content = in.getInputStream(entry)) {
						if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
							writeWithoutDigests(new Manifest(content), out);
						} else {
							content.transferTo(out);
						}
					}
					out.closeEntry();
				}
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(unsigned);
			throw e;
		}
		Files.move(unsigned, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return true;
	}

	/** The manifest without the per-entry digests, which only the signature gave a meaning. */
	private static void writeWithoutDigests(Manifest manifest, OutputStream out) throws IOException {
		manifest.getEntries().values().forEach(attributes -> attributes.keySet()
				.removeIf(name -> name.toString().toUpperCase().endsWith("-DIGEST")));
		manifest.getEntries().values().removeIf(Attributes::isEmpty);
		manifest.write(out);
	}
}
