/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.report;

/**
 * One format a report can be written in, as contributed to {@code org.segmenta.report.exporters}.
 *
 * @param id          what {@code --formats} and {@link ReportWriter#write} take, e.g. {@code pdf}
 * @param name        the format as users see it, e.g. {@code PDF}
 * @param description one sentence on what the format holds, or an empty string
 */
public record ReportFormat(String id, String name, String description) {
}
