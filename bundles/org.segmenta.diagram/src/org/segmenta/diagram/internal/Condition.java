/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed condition of a diagram description: comparisons joined with {@code and}, {@code or} and
 * {@code not}, grouped with parentheses, with arithmetic ({@code + - * /}) on numbers. The right
 * side of a comparison is a literal when it is one word, number or quoted text
 * ({@code kind = DECISION_MAKER}); otherwise it is arithmetic whose words are paths. A path alone
 * holds when it yields a value other than {@code false}.
 */
final class Condition {

	/** The values of a path on the element the condition is evaluated on. */
	interface Paths extends Function<String, List<Object>> {
	}

	private sealed interface Node permits Or, And, Not, Compare, Truthy {
	}

	private record Or(Node left, Node right) implements Node {
	}

	private record And(Node left, Node right) implements Node {
	}

	private record Not(Node operand) implements Node {
	}

	private record Compare(Term left, String operator, Term right, String literal) implements Node {
	}

	private record Truthy(String path) implements Node {
	}

	private sealed interface Term permits PathTerm, NumberTerm, TextTerm, Arithmetic {
	}

	private record PathTerm(String path) implements Term {
	}

	private record NumberTerm(double value) implements Term {
	}

	private record TextTerm(String text) implements Term {
	}

	private record Arithmetic(Term left, char operator, Term right) implements Term {
	}

	private record Token(String text, int column, boolean quoted) {

		boolean is(String word) {
			return !quoted && text.equals(word);
		}
	}

	private static final Pattern TOKEN = Pattern.compile(
			"\\s*(?:(<=|>=|!=|=|<|>|\\(|\\)|\\+|-(?!\\d)|\\*|/)|('[^']*'|\"[^\"]*\")|(-?\\d+(?:\\.\\d+)?)|(service:[A-Za-z0-9_-]+|@?[A-Za-z_][A-Za-z0-9_]*\\*?(?:\\.[A-Za-z_][A-Za-z0-9_]*\\*?)*))");
	private static final List<String> COMPARISONS = List.of("<=", ">=", "!=", "=", "<", ">");

	private final String text;
	private final List<Token> tokens;
	private final List<String> paths = new ArrayList<>();
	private final Node root;
	private int next;

	private Condition(String text) {
		this.text = text;
		this.tokens = tokenize(text);
		this.root = or();
		if (next < tokens.size()) {
			throw error(tokens.get(next), "expected 'and', 'or' or the end");
		}
	}

	/**
	 * Parses {@code text}.
	 *
	 * @throws IllegalArgumentException naming the column where it is malformed
	 */
	static Condition parse(String text) {
		return new Condition(text);
	}

	/** The paths the condition reads, for checking them against the metamodel. */
	List<String> paths() {
		return List.copyOf(paths);
	}

	boolean holds(Paths values) {
		return holds(root, values);
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		int at = 0;
		while (at < text.length()) {
			if (text.substring(at).isBlank()) {
				break;
			}
			if (!matcher.find(at) || matcher.start() != at) {
				throw new IllegalArgumentException("'" + text + "' at column " + (firstNonBlank(text, at) + 1) + ": unexpected '"
						+ text.substring(firstNonBlank(text, at)) + "'");
			}
			int group = matcher.group(1) != null ? 1 : matcher.group(2) != null ? 2 : matcher.group(3) != null ? 3 : 4;
			String token = matcher.group(group);
			boolean quoted = group == 2;
			tokens.add(new Token(quoted ? token.substring(1, token.length() - 1) : token, matcher.start(group) + 1, quoted));
			at = matcher.end();
		}
		return tokens;
	}

	private static int firstNonBlank(String text, int from) {
		int at = from;
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	private IllegalArgumentException error(Token token, String expected) {
		int column = token == null ? text.length() + 1 : token.column();
		String found = token == null ? "the end" : "'" + token.text() + "'";
		return new IllegalArgumentException("'" + text + "' at column " + column + ": " + expected + ", found " + found);
	}

	private Token peek() {
		return next < tokens.size() ? tokens.get(next) : null;
	}

	private boolean accept(String word) {
		Token token = peek();
		if (token != null && token.is(word)) {
			next++;
			return true;
		}
		return false;
	}

	private Node or() {
		Node node = and();
		while (accept("or")) {
			node = new Or(node, and());
		}
		return node;
	}

	private Node and() {
		Node node = not();
		while (accept("and")) {
			node = new And(node, not());
		}
		return node;
	}

	private Node not() {
		if (accept("not")) {
			return new Not(not());
		}
		Token token = peek();
		if (token != null && token.is("(")) {
			// a group of conditions, unless a comparison follows it: then it groups arithmetic
			int start = next;
			int pathCount = paths.size();
			next++;
			Node group;
			try {
				group = or();
			} catch (IllegalArgumentException e) {
				group = null; // not conditions: read it again as arithmetic
			}
			if (group != null) {
				if (!accept(")")) {
					throw error(peek(), "expected ')'");
				}
				if (!isComparison(peek()) && !isArithmetic(peek())) {
					return group;
				}
			}
			next = start;
			paths.subList(pathCount, paths.size()).clear();
		}
		return comparison();
	}

	private Node comparison() {
		int start = next;
		Term left = sum();
		Token operator = peek();
		if (!isComparison(operator)) {
			if (left instanceof PathTerm path && next == start + 1) {
				return new Truthy(path.path());
			}
			throw error(operator, "expected a comparison (= != < <= > >=)");
		}
		next++;
		int rightStart = next;
		Term right = sum();
		if (next == rightStart + 1) {
			// one word, number or text: a literal, as in "kind = DECISION_MAKER"
			Token literal = tokens.get(rightStart);
			if (right instanceof PathTerm) {
				paths.remove(paths.size() - 1);
			}
			return new Compare(left, operator.text(), null, literal.text());
		}
		return new Compare(left, operator.text(), right, null);
	}

	private Term sum() {
		Term term = product();
		while (peek() != null && (peek().is("+") || peek().is("-"))) {
			char operator = tokens.get(next++).text().charAt(0);
			term = new Arithmetic(term, operator, product());
		}
		return term;
	}

	private Term product() {
		Term term = atom();
		while (peek() != null && (peek().is("*") || peek().is("/"))) {
			char operator = tokens.get(next++).text().charAt(0);
			term = new Arithmetic(term, operator, atom());
		}
		return term;
	}

	private Term atom() {
		Token token = peek();
		if (token == null) {
			throw error(null, "expected a path, a number or a text");
		}
		next++;
		if (token.quoted()) {
			return new TextTerm(token.text());
		}
		if (token.is("(")) {
			Term inner = sum();
			if (!accept(")")) {
				throw error(peek(), "expected ')'");
			}
			return inner;
		}
		if (token.is("-")) {
			return new Arithmetic(new NumberTerm(0), '-', atom());
		}
		if (Character.isDigit(token.text().charAt(token.text().length() - 1)) && token.text().matches("-?\\d+(?:\\.\\d+)?")) {
			return new NumberTerm(Double.parseDouble(token.text()));
		}
		if (token.text().length() == 1 && "()+-*/<>=".contains(token.text()) || COMPARISONS.contains(token.text())
				|| token.is("and") || token.is("or") || token.is("not")) {
			throw error(token, "expected a path, a number or a text");
		}
		paths.add(token.text());
		return new PathTerm(token.text());
	}

	private static boolean isComparison(Token token) {
		return token != null && !token.quoted() && COMPARISONS.contains(token.text());
	}

	private static boolean isArithmetic(Token token) {
		return token != null && !token.quoted() && List.of("+", "-", "*", "/").contains(token.text());
	}

	private static boolean holds(Node node, Paths values) {
		return switch (node) {
		case Or or -> holds(or.left(), values) || holds(or.right(), values);
		case And and -> holds(and.left(), values) && holds(and.right(), values);
		case Not not -> !holds(not.operand(), values);
		case Truthy truthy -> values.apply(truthy.path()).stream().anyMatch(value -> !Boolean.FALSE.equals(value));
		case Compare compare -> compare(compare, values);
		};
	}

	private static boolean compare(Compare compare, Paths values) {
		List<Object> left = evaluate(compare.left(), values);
		if (compare.literal() != null) {
			return Expressions.compare(left, compare.operator(), compare.literal());
		}
		List<Object> right = evaluate(compare.right(), values);
		if (right.isEmpty()) {
			return false;
		}
		Object value = right.get(0);
		return Expressions.compare(left, compare.operator(),
				value instanceof Double number ? Double.toString(number) : String.valueOf(value));
	}

	/** A path's values; a number, text or arithmetic result as one value (none when a number is missing). */
	private static List<Object> evaluate(Term term, Paths values) {
		return switch (term) {
		case PathTerm path -> values.apply(path.path());
		case NumberTerm number -> List.of(number.value());
		case TextTerm text -> List.of(text.text());
		case Arithmetic arithmetic -> {
			Double left = firstNumber(evaluate(arithmetic.left(), values));
			Double right = firstNumber(evaluate(arithmetic.right(), values));
			if (left == null || right == null) {
				yield List.of();
			}
			double result = switch (arithmetic.operator()) {
			case '+' -> left + right;
			case '-' -> left - right;
			case '*' -> left * right;
			default -> left / right;
			};
			yield Double.isFinite(result) ? List.of(result) : List.of();
		}
		};
	}

	private static Double firstNumber(List<Object> values) {
		for (Object value : values) {
			if (value instanceof Number number) {
				return number.doubleValue();
			}
		}
		return null;
	}
}
