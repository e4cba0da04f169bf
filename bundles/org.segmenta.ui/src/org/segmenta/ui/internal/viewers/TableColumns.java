/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.viewers;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;

/** Text columns of table viewers, each with its title, width, alignment and the text of a row. */
public final class TableColumns {

	private TableColumns() {
	}

	/** Adds a column showing {@code text} of each row, the rows being of {@code type}. */
	public static <T> TableViewerColumn add(TableViewer viewer, String title, int width, int alignment, Class<T> type,
			Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		return column;
	}
}
