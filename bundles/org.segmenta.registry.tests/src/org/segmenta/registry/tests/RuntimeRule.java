/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

/** A rule contributed only at run time, by {@link RegistryChangeTest}. */
public class RuntimeRule extends NamedProjectRule {

	static final String ID = "registry-tests.runtime";

	public RuntimeRule() {
		super(ID);
	}
}
