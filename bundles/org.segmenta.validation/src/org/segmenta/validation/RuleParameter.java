/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.validation;

/**
 * A numeric threshold of a rule, set in the configuration file as {@code RULE_ID.NAME = VALUE}.
 *
 * @param name         the key after the rule id, such as {@code minCramersV}
 * @param defaultValue the value when the configuration file does not set it
 * @param min          the smallest value accepted
 * @param max          the largest value accepted
 * @param description  what the threshold means, in one sentence
 */
public record RuleParameter(String name, double defaultValue, double min, double max, String description) {

	public RuleParameter {
		if (defaultValue < min || defaultValue > max) {
			throw new IllegalArgumentException(name + ": default " + defaultValue + " outside " + min + ".." + max);
		}
	}
}
