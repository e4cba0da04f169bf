/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.registry.tests;

/** A class that implements none of the contribution interfaces, named where one is expected. */
public class NotAContribution {
}
