package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.segmenta.model.NamedElement;
import org.segmenta.model.Project;
import org.segmenta.model.persistence.SegmentationFiles;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleCatalog;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.SettingsException;
import org.segmenta.validation.ValidationReport;
import org.segmenta.validation.ValidationSettings;

/** The example model, the test data and validation with the rules of the running platform. */
final class Fixtures {

	/** The date the example's documented findings hold on; insight ages are measured to it. */
	static final LocalDate EXAMPLE_DATE = LocalDate.of(2026, 11, 22);

	static final Clock EXAMPLE_CLOCK = Clock.fixed(EXAMPLE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(),
			ZoneOffset.UTC);

	private Fixtures() {
	}

	static Path example() {
		String root = System.getProperty("segmenta.repository.root");
		assertTrue(root != null, "system property segmenta.repository.root is not set (the Maven build sets it)");
		Path example = Path.of(root, "examples", "nordic-members.segmentation");
		assertTrue(Files.isRegularFile(example), "missing example " + example);
		return example;
	}

	/** A fresh copy of the example in memory, for a test to change. */
	static Project loadExample() throws IOException {
		return SegmentationFiles.load(example());
	}

	/** Copies {@code data/NAME} of this bundle into {@code folder} and returns the copy. */
	static Path data(String name, Path folder) throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream("/data/" + name)) {
			assertTrue(in != null, "missing test data data/" + name);
			Path copy = folder.resolve(name);
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
	}

	/** Every rule contributed to the running platform; contribution problems fail the test. */
	static RuleCatalog rules() {
		return RuleCatalog.fromExtensions(Platform.getExtensionRegistry(), problem -> {
			throw new AssertionError(problem);
		});
	}

	static ValidationReport validate(Project project) {
		return new SegmentationValidator(ValidationSettings.defaults(rules()), EXAMPLE_CLOCK).validate(project);
	}

	static ValidationReport validate(Project project, Map<String, String> settings) throws SettingsException {
		return new SegmentationValidator(ValidationSettings.of(settings, rules(), "test settings"), EXAMPLE_CLOCK)
				.validate(project);
	}

	static List<Finding> findings(Project project, String ruleId) {
		return validate(project).findingsOf(ruleId);
	}

	/** The findings one per line, for assertion messages. */
	static String describe(List<Finding> findings) {
		return findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "\n", ""));
	}

	/** The element of {@code elements} with {@code name}. */
	static <T extends NamedElement> T named(List<T> elements, String name) {
		return elements.stream().filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no element named " + name));
	}
}
