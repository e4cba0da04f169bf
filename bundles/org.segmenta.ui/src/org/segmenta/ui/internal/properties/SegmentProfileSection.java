/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.model.ProfileEntry;
import org.segmenta.model.Segment;
import org.segmenta.ui.internal.viewers.TableColumns;

/** A segment's profile against the total, as the analysis wrote it, with the index that compares the two. */
public class SegmentProfileSection extends AbstractPropertySection {

	private TableViewer table;
	private Segment segment;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		table = new TableViewer(getWidgetFactory().createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL));
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.SegmentProfileSection_variable, 200, SWT.LEFT, e -> e.getVariable() == null ? "" : e.getVariable().getName());
		column(Messages.SegmentProfileSection_level, 140, SWT.LEFT, SegmentProfileSection::level);
		column(Messages.SegmentProfileSection_segment, 80, SWT.RIGHT, e -> number(e, e.getSegmentValue()));
		column(Messages.SegmentProfileSection_total, 80, SWT.RIGHT, e -> number(e, e.getTotalValue()));
		column(Messages.SegmentProfileSection_index, 70, SWT.RIGHT, e -> e.getTotalValue() == 0 ? ""
				: String.format(Locale.ROOT, "%.0f", 100 * e.getSegmentValue() / e.getTotalValue()));
		column(Messages.SegmentProfileSection_question, 400, SWT.LEFT,
				e -> e.getVariable() == null || e.getVariable().getQuestion() == null ? "" : e.getVariable().getQuestion());
	}

	private void column(String title, int width, int alignment, Function<ProfileEntry, String> text) {
		TableColumns.add(table, title, width, alignment, ProfileEntry.class, text);
	}

	/** The level's label where the variable gives one (survey codes such as "DK" or "1" say little). */
	private static String level(ProfileEntry entry) {
		if (entry.getLevel() == null) {
			return "";
		}
		return entry.getVariable() == null ? entry.getLevel()
				: entry.getVariable().getLevels().stream()
						.filter(l -> entry.getLevel().equals(l.getCode()) && l.getLabel() != null)
						.map(l -> l.getLabel() + " (" + l.getCode() + ")").findFirst().orElse(entry.getLevel());
	}

	/** A level's share in percent, a mean as it is, as the workbench's language writes them (22,0 % in Danish). */
	private static String number(ProfileEntry entry, double value) {
		if (entry.getLevel() == null) {
			return String.format(Locale.getDefault(), "%.2f", value);
		}
		NumberFormat percent = NumberFormat.getPercentInstance();
		percent.setMinimumFractionDigits(1);
		percent.setMaximumFractionDigits(1);
		return percent.format(value);
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		segment = FeaturesSection.selectedElement(selection) instanceof Segment s ? s : null;
	}

	@Override
	public void refresh() {
		List<ProfileEntry> entries = segment == null ? List.of() : List.copyOf(segment.getProfile());
		table.setInput(entries);
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	/** The rows shown, for tests. */
	public int rowCount() {
		return table.getTable().getItemCount();
	}
}
