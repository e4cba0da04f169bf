/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segmenta.model.Persona;
import org.segmenta.model.Project;
import org.segmenta.model.Segment;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Value;
import org.segmenta.validation.Finding;
import org.segmenta.validation.RuleMessages;
import org.segmenta.validation.RuleParameter;
import org.segmenta.validation.SegmentationValidator;
import org.segmenta.validation.ValidationRule;
import org.segmenta.validation.ValidationSettings;
import org.segmenta.validation.example.PersonaQuoteRule;
import org.segmenta.validation.internal.rules.SegmentSizeRule;

/**
 * The rules' findings in Danish, Swedish and Finnish: every message is translated with the same
 * arguments, and a run in a language writes its findings in it with the model's names untouched
 * ({@link ValidateCommandTest} has {@code --language}).
 */
class TranslatedFindingsTest {

	private static final List<String> TRANSLATIONS = List.of("da", "sv", "fi");

	/** A class in each package that holds rule messages. */
	private static final List<Class<?>> MESSAGE_PACKAGES = List.of(RuleMessages.class, SegmentSizeRule.class,
			PersonaQuoteRule.class);

	/** Words of the English findings that no Danish, Swedish or Finnish finding may contain. */
	private static final List<String> ENGLISH_WORDS = List.of(" lacks ", " add it", " add them", " has no ",
			" reads as ", " the audience", " below the minimum", " marks ", " keep exactly one", " unnamed ",
			" and '", "Persona '", "Segment '", "Segmentation '", "Project '", " leads out of ", " absolute path",
			" uses the scheme ", "allow a folder", " attribute ", " reference ", " is not read", " is no ");

	/** Texts a language may word without an argument: "(uden navn)" needs no kind, unlike "an unnamed persona". */
	private static final Set<String> MAY_LEAVE_OUT_ARGUMENTS = Set.of("unnamed");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	@Test
	void everyMessageIsTranslatedWithTheSameArguments() throws IOException {
		for (Class<?> owner : MESSAGE_PACKAGES) {
			Properties english = messages(owner, "");
			assertFalse(english.isEmpty(), owner.getPackageName());
			for (String language : TRANSLATIONS) {
				Properties translated = messages(owner, "_" + language);
				for (String key : english.stringPropertyNames()) {
					String where = owner.getPackageName() + " " + language + " " + key;
					assertNotNull(translated.getProperty(key), where + " is missing");
					Set<String> needed = arguments(english.getProperty(key));
					Set<String> used = arguments(translated.getProperty(key));
					if (MAY_LEAVE_OUT_ARGUMENTS.contains(key)) {
						assertTrue(needed.containsAll(used), where + ": " + used);
					} else {
						assertEquals(needed, used, where);
					}
				}
			}
		}
	}

	/** The validation settings page shows what each rule requires in the workbench's language. */
	@Test
	void everyRuleDescribesItselfInEachLanguage() {
		for (ValidationRule rule : Fixtures.rules().rules()) {
			assertEquals(rule.description(), RuleMessages.description(rule, RuleMessages.DEFAULT));
			for (String language : TRANSLATIONS) {
				String description = RuleMessages.description(rule, Locale.forLanguageTag(language));
				assertFalse(description.equals(rule.description()), rule.id() + " has no " + language + " description");
			}
		}
	}

	/** Findings of several rules on one defective example, in each language, with numbers as it writes them. */
	@ParameterizedTest
	@ValueSource(strings = { "da", "sv", "fi" })
	void aRunInALanguageWritesEveryFindingInIt(String language) throws Exception {
		Project project = Fixtures.loadExample();
		Segmentation values = Fixtures.named(project.getSegmentations(), "Values segmentation 2026");
		Segment smallest = values.getSegments().get(0);
		values.setMinSizeShare(0.995);
		Persona unnamed = project.getPersonas().get(0);
		unnamed.setName(null);
		unnamed.setQuote(null);
		values.setMaxSegmentCount(1);

		List<Finding> findings = new SegmentationValidator(ValidationSettings.defaults(Fixtures.rules()),
				Fixtures.EXAMPLE_CLOCK, Locale.forLanguageTag(language)).validate(project).findings();

		Set<String> rules = new TreeSet<>();
		findings.forEach(finding -> rules.add(finding.ruleId()));
		assertTrue(rules.containsAll(Set.of("segmenta.operational.segmentSize", "segmenta.operational.segmentCount",
				"segmenta.describable.persona", "example.persona.quote")), rules.toString());
		List<String> messages = findings.stream().map(Finding::getMessage).toList();
		noEnglish(messages);
		// the model's names stay as they are; the share is written with the language's decimal comma
		String size = findings.stream().filter(f -> f.ruleId().equals("segmenta.operational.segmentSize")
				&& f.element() == smallest).findFirst().orElseThrow().getMessage();
		assertTrue(size.contains("'" + smallest.getName() + "'") && size.contains("'Values segmentation 2026'"), size);
		assertTrue(size.contains("99,5 %"), size);
		String unnamedPersona = switch (language) {
		case "da" -> "Personaen (uden navn) mangler";
		case "sv" -> "Personan (utan namn) saknar";
		default -> "Persoonasta (nimetön) puuttuu";
		};
		assertTrue(messages.stream().anyMatch(m -> m.contains(unnamedPersona)), messages.toString());
	}

	/** A file or document outside the project is refused in the run's language, the locations as the model has them. */
	@ParameterizedTest
	@ValueSource(strings = { "da", "sv", "fi" })
	void aFileOutsideTheProjectIsRefusedInTheRunsLanguage(String language) throws Exception {
		Project project = Fixtures.loadExample();
		Segmentation values = Fixtures.named(project.getSegmentations(), "Values segmentation 2026");
		values.setAssignmentsLocation("../../etc/passwd");
		project.getDataSources().get(0).setLocation("/etc/passwd");
		Value remote = SegmentaFactory.eINSTANCE.createValue();
		((InternalEObject) remote).eSetProxyURI(URI.createURI("http://127.0.0.1:9/values.segmentation#v"));
		values.getSegments().get(0).getValues().add(remote);

		List<String> messages = new SegmentationValidator(ValidationSettings.defaults(Fixtures.rules()), Fixtures.EXAMPLE_CLOCK,
				Locale.forLanguageTag(language)).validate(project).findingsOf("segmenta.security.referencedFiles").stream()
						.map(Finding::getMessage).toList();
		assertEquals(3, messages.size(), messages.toString());
		noEnglish(messages);
		assertTrue(messages.stream().anyMatch(m -> m.contains("\"../../etc/passwd\" " + switch (language) {
		case "da" -> "fører ud af projektet";
		case "sv" -> "leder ut ur projektet";
		default -> "johtaa projektin";
		})), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("--allow-path")), "says how to allow a folder: " + messages);
	}

	/** The validation settings page names each rule's parameters in the workbench's language, not by their keys. */
	@Test
	void everyRuleParameterIsNamedInEachLanguage() {
		for (ValidationRule rule : Fixtures.rules().rules()) {
			for (RuleParameter parameter : rule.parameters()) {
				String english = RuleMessages.parameter(rule, parameter, RuleMessages.DEFAULT);
				assertFalse(english.equals(parameter.description()), rule.id() + "." + parameter.name() + " has no name of its own");
				for (String language : TRANSLATIONS) {
					String named = RuleMessages.parameter(rule, parameter, Locale.forLanguageTag(language));
					assertFalse(named.equals(english), rule.id() + "." + parameter.name() + " has no " + language + " name");
				}
			}
		}
	}

	private static void noEnglish(List<String> messages) {
		for (String message : messages) {
			for (String english : ENGLISH_WORDS) {
				assertFalse(message.contains(english), "'" + english + "' in " + message);
			}
		}
	}

	private static Properties messages(Class<?> owner, String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = owner.getResourceAsStream("messages" + suffix + ".properties")) {
			assertNotNull(in, owner.getPackageName() + " messages" + suffix);
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> arguments(String pattern) {
		Set<String> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(pattern);
		while (matcher.find()) {
			arguments.add(matcher.group(1));
		}
		return arguments;
	}
}
