/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.segmenta.diagram.DiagramMessages;
import org.segmenta.diagram.DiagramService;
import org.segmenta.validation.Severity;

/**
 * Evaluates the expressions of diagram descriptions: paths, label templates and conditions (the
 * syntax is documented on {@code DiagramDescription}). Parsed forms are cached, because a diagram
 * evaluates the same few expressions for every element.
 */
public final class Expressions {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}|]+)(?:\\|([a-z]+))?}");
	private static final Pattern STEP = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_]*\\*?|service:[A-Za-z0-9_-]+");
	private static final Set<String> FORMATS = Set.of("percent", "decimal", "integer", "list", "count", "first", "upper",
			"lower", "title");

	private final Function<String, DiagramService> services;
	private final Function<EObject, Severity> severities;
	private final DiagramMessages messages;
	/** Parsed paths, shared: every diagram build evaluates the same few expressions again. */
	private static final Map<String, List<String>> PATHS = new ConcurrentHashMap<>();
	private static final Map<String, Condition> CONDITIONS = new ConcurrentHashMap<>();

	/**
	 * @param services   the services contributed by name; {@code null} for unknown names
	 * @param severities the worst validation severity of an element, or {@code null}
	 */
	public Expressions(Function<String, DiagramService> services, Function<EObject, Severity> severities) {
		this(services, severities, Locale.ENGLISH);
	}

	/** As {@link #Expressions(Function, Function)}, with numbers and enumeration values in {@code locale}'s language. */
	public Expressions(Function<String, DiagramService> services, Function<EObject, Severity> severities, Locale locale) {
		this.services = services;
		this.severities = severities;
		this.messages = DiagramMessages.of(locale);
	}

	/** The values {@code path} yields from {@code context}, collections flattened, nulls left out. */
	public List<Object> values(EObject context, String path) {
		if (path == null || path.isBlank()) {
			return List.of();
		}
		List<Object> current = List.of(context);
		for (String step : steps(path)) {
			List<Object> next = new ArrayList<>();
			for (Object value : current) {
				if (value instanceof EObject element) {
					navigate(element, step, next);
				}
			}
			current = next;
		}
		return current;
	}

	/** The elements among the values of {@code path}, each once, in order. */
	public List<EObject> elements(EObject context, String path) {
		Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<EObject> elements = new ArrayList<>();
		for (Object value : values(context, path)) {
			if (value instanceof EObject element && seen.add(element)) {
				elements.add(element);
			}
		}
		return elements;
	}

	/** The first numeric value of {@code path}, or {@code null}. */
	public Double number(EObject context, String path) {
		for (Object value : values(context, path)) {
			if (value instanceof Number number) {
				return number.doubleValue();
			}
		}
		return null;
	}

	/** {@code template} with its placeholders filled in. */
	public String text(EObject context, String template) {
		return template == null ? "" : fill(context, template, false);
	}

	/** Like {@link #text}, but {@code null} when the template has placeholders and all are empty. */
	public String line(EObject context, String template) {
		return template == null ? null : fill(context, template, true);
	}

	private String fill(EObject context, String template, boolean dropEmpty) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder result = new StringBuilder();
		boolean placeholders = false;
		boolean anyValue = false;
		while (matcher.find()) {
			placeholders = true;
			String rendered = render(values(context, matcher.group(1).strip()), matcher.group(2));
			anyValue |= !rendered.isEmpty();
			matcher.appendReplacement(result, Matcher.quoteReplacement(rendered));
		}
		matcher.appendTail(result);
		return dropEmpty && placeholders && !anyValue ? null : result.toString();
	}

	/** Whether {@code condition} holds on {@code context}; an empty condition always holds. */
	public boolean holds(EObject context, String condition) {
		if (condition == null || condition.isBlank()) {
			return true;
		}
		return CONDITIONS.computeIfAbsent(condition, Condition::parse).holds(path -> values(context, path));
	}

	/** The paths {@code condition} reads; it must be well-formed. */
	public static List<String> conditionPaths(String condition) {
		return condition == null || condition.isBlank() ? List.of() : CONDITIONS.computeIfAbsent(condition, Condition::parse).paths();
	}

	/**
	 * Checks the syntax of an expression without evaluating it.
	 *
	 * @return {@code null} when it is well-formed, otherwise what is wrong
	 */
	public static String syntaxError(String expression, boolean template, boolean condition) {
		if (expression == null || expression.isBlank()) {
			return null;
		}
		try {
			if (condition) {
				for (String path : Condition.parse(expression).paths()) {
					parse(path);
				}
			} else if (template) {
				Matcher matcher = PLACEHOLDER.matcher(expression);
				while (matcher.find()) {
					parse(matcher.group(1).strip());
					if (matcher.group(2) != null && !FORMATS.contains(matcher.group(2))) {
						return "unknown format '" + matcher.group(2) + "'; known: " + FORMATS;
					}
				}
			} else {
				parse(expression);
			}
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	private List<String> steps(String path) {
		return PATHS.computeIfAbsent(path, Expressions::parse);
	}

	private static List<String> parse(String path) {
		List<String> steps = new ArrayList<>();
		for (String step : path.strip().split("\\.")) {
			String trimmed = step.strip();
			if (!STEP.matcher(trimmed).matches()) {
				throw new IllegalArgumentException("'" + trimmed + "' is not a step of a path in '" + path + "'");
			}
			steps.add(trimmed);
		}
		return List.copyOf(steps);
	}

	private void navigate(EObject element, String step, List<Object> into) {
		switch (step) {
		case "self" -> into.add(element);
		case "eContainer" -> addIfPresent(element.eContainer(), into);
		case "@severity" -> {
			Severity severity = severities.apply(element);
			into.add(severity == null ? "none" : severity.word());
		}
		case "@class" -> into.add(element.eClass().getName());
		default -> {
			if (step.startsWith("service:")) {
				DiagramService service = services.apply(step.substring("service:".length()));
				if (service == null) {
					throw new IllegalArgumentException("no diagram service is named '" + step.substring(8) + "'");
				}
				flatten(service.evaluate(element), into);
			} else if (step.endsWith("*")) {
				closure(element, step.substring(0, step.length() - 1), into);
			} else {
				EStructuralFeature feature = element.eClass().getEStructuralFeature(step);
				if (feature != null) {
					flatten(element.eGet(feature), into);
				}
			}
		}
		}
	}

	/** The element and everything reachable from it through {@code featureName}, depth first. */
	private static void closure(EObject start, String featureName, List<Object> into) {
		Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<EObject> stack = new ArrayList<>(List.of(start));
		while (!stack.isEmpty()) {
			EObject element = stack.remove(stack.size() - 1);
			if (!seen.add(element)) {
				continue;
			}
			into.add(element);
			EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
			if (feature != null) {
				List<Object> next = new ArrayList<>();
				flatten(element.eGet(feature), next);
				for (int i = next.size() - 1; i >= 0; i--) {
					if (next.get(i) instanceof EObject child) {
						stack.add(child);
					}
				}
			}
		}
	}

	private static void flatten(Object value, List<Object> into) {
		if (value instanceof Collection<?> collection) {
			for (Object item : collection) {
				addIfPresent(item, into);
			}
		} else {
			addIfPresent(value, into);
		}
	}

	/** Nulls, empty texts and NaN (a number the model cannot give, such as an unrated job's score) are no value. */
	private static void addIfPresent(Object value, List<Object> into) {
		if (value != null && !(value instanceof String text && text.isEmpty())
				&& !(value instanceof Double number && number.isNaN())) {
			into.add(value);
		}
	}

	/** Whether any of {@code values} compares with {@code literal} as {@code operator} says. */
	static boolean compare(List<Object> values, String operator, String literal) {
		if (values.isEmpty()) {
			boolean empty = literal.equalsIgnoreCase("empty");
			return operator.equals("=") ? empty : operator.equals("!=") && !empty;
		}
		Double number = parseNumber(literal);
		for (Object value : values) {
			int order;
			if (number != null && value instanceof Number actual) {
				order = Double.compare(actual.doubleValue(), number);
			} else if (operator.equals("=") || operator.equals("!=")) {
				order = matchesText(value, literal) ? 0 : 1;
			} else {
				continue;
			}
			boolean holds = switch (operator) {
			case "=" -> order == 0;
			case "!=" -> order != 0;
			case "<" -> order < 0;
			case "<=" -> order <= 0;
			case ">" -> order > 0;
			default -> order >= 0;
			};
			if (holds) {
				return true;
			}
		}
		return false;
	}

	private static boolean matchesText(Object value, String literal) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getName().equalsIgnoreCase(literal) || enumerator.getLiteral().equalsIgnoreCase(literal);
		}
		return String.valueOf(value).equalsIgnoreCase(literal);
	}

	private static Double parseNumber(String literal) {
		try {
			return Double.valueOf(literal);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Renders values for a label: numbers by {@code format}, enum literals as words, elements by name. */
	String render(List<Object> values, String format) {
		if ("count".equals(format)) {
			return Integer.toString(values.size());
		}
		if (values.isEmpty()) {
			return "";
		}
		List<Object> shown = "first".equals(format) ? values.subList(0, 1) : values;
		List<String> words = new ArrayList<>(shown.size());
		for (Object value : shown) {
			words.add(renderOne(value, format));
		}
		String text = String.join(", ", words);
		return switch (format == null ? "" : format) {
		case "upper" -> text.toUpperCase(messages.locale());
		case "lower" -> text.toLowerCase(messages.locale());
		case "title" -> text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
		default -> text;
		};
	}

	private String renderOne(Object value, String format) {
		if (value instanceof Number number) {
			double x = number.doubleValue();
			// English as it always was ("12 %", "0.25", "1,056"); other languages with their own signs
			Locale locale = messages.locale();
			return switch (format == null ? "" : format) {
			case "percent" -> String.format(locale, "%.0f", x * 100) + percentSpace(locale) + "%";
			case "decimal" -> String.format(locale, "%.2f", x);
			case "integer" -> String.format(locale, "%,d", Math.round(x));
			default -> x == Math.rint(x) && Math.abs(x) < 1e15 ? String.format(locale, "%,d", (long) x)
					: String.format(locale, "%.2f", x);
			};
		}
		if (value instanceof Enumerator enumerator) {
			return messages.word(enumerator, enumerator.getClass().getSimpleName());
		}
		if (value instanceof EObject element) {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			Object named = name == null ? null : element.eGet(name);
			return named == null ? element.eClass().getName() : named.toString();
		}
		return value.toString();
	}

	/** The space before a percent sign: a plain one in English, as labels always had it, CLDR's no-break one elsewhere. */
	private static String percentSpace(Locale locale) {
		return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? " " : "\u00A0";
	}
}
