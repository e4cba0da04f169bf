/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.charts;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

/**
 * The chart that fits the selected model element, drawn by the same factories as the reports:
 * segment sizes, profile index, community overlap, opportunity landscape, buying-centre influence.
 */
public class ChartsView extends ViewPart {

	public static final String ID = "org.segmenta.ui.charts";

	private PageBook book;
	private Label hint;
	private ChartComposite chartArea;
	private ChartKind shown;
	private final ISelectionListener selectionListener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		hint = new Label(book, SWT.WRAP);
		hint.setText(Messages.ChartsView_hint);
		Composite chartPage = new Composite(book, SWT.NONE);
		chartPage.setLayout(new FillLayout());
		chartArea = new ChartComposite(chartPage, SWT.NONE, null, true);
		book.showPage(hint);
		getSite().getPage().addPostSelectionListener(selectionListener);
		selectionChanged(null, getSite().getPage().getSelection());
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || book.isDisposed() || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof EObject element)) {
			return;
		}
		ChartKind.forElement(element).ifPresent(kind -> show(kind, kind.chartFor(element)));
	}

	private void show(ChartKind kind, JFreeChart chart) {
		shown = kind;
		chartArea.setChart(chart);
		chartArea.forceRedraw();
		book.showPage(chartArea.getParent());
		setContentDescription(kind.title());
	}

	/** What the view shows now; {@code null} before the first chartable selection. */
	public ChartKind getShownKind() {
		return shown;
	}

	/** The chart on display, for export and tests. */
	public JFreeChart getChart() {
		return chartArea.getChart();
	}

	@Override
	public void setFocus() {
		book.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
