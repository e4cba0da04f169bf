package org.segmenta.validation.internal.rules;

import java.util.List;
import java.util.Locale;

/** Wording shared by the rules: statement phrases and lists in messages. */
final class Statements {

	private Statements() {
	}

	/** Whether {@code statement} begins with {@code phrase} followed by more words, ignoring case. */
	static boolean begins(String statement, String phrase) {
		if (statement == null) {
			return false;
		}
		String text = statement.strip().toLowerCase(Locale.ROOT);
		String start = phrase.strip().toLowerCase(Locale.ROOT);
		return text.startsWith(start) && !text.substring(start.length()).isBlank();
	}

	/** "a", "a and b", "a, b and c". */
	static String list(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}
}
