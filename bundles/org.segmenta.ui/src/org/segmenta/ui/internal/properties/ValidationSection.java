/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.properties;

import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.segmenta.ui.internal.editor.SegmentationEditor;
import org.segmenta.ui.internal.validation.ModelMarkers;
import org.segmenta.ui.internal.validation.ModelValidationJob;

/**
 * What the last validation found about the selected element, with buttons to validate again and
 * to apply the quick fix of the selected finding.
 */
public class ValidationSection extends AbstractPropertySection {

	private TableViewer findings;
	private TableViewerColumn message;
	private Button validate;
	private Button quickFix;
	private EObject element;

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		Composite body = getWidgetFactory().createComposite(parent);
		body.setLayout(new GridLayout(1, false));
		findings = new TableViewer(getWidgetFactory().createTable(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL));
		findings.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		findings.getTable().setHeaderVisible(true);
		findings.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn rule = new TableViewerColumn(findings, SWT.LEFT);
		rule.getColumn().setText(Messages.ValidationSection_rule);
		rule.getColumn().setWidth(250);
		rule.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object marker) {
				return ((IMarker) marker).getAttribute(ModelValidationJob.RULE_ID, "");
			}

			@Override
			public Image getImage(Object marker) {
				String image = switch (((IMarker) marker).getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
				case IMarker.SEVERITY_ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
				case IMarker.SEVERITY_WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
				default -> ISharedImages.IMG_OBJS_INFO_TSK;
				};
				return PlatformUI.getWorkbench().getSharedImages().getImage(image);
			}
		});
		message = new TableViewerColumn(findings, SWT.LEFT);
		message.getColumn().setText(Messages.ValidationSection_finding);
		message.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object marker) {
				return ((IMarker) marker).getAttribute(IMarker.MESSAGE, "");
			}

			@Override
			public String getToolTipText(Object marker) {
				return getText(marker);
			}
		});
		ColumnViewerToolTipSupport.enableFor(findings);
		findings.addSelectionChangedListener(event -> updateQuickFix());

		Composite buttons = getWidgetFactory().createComposite(body);
		buttons.setLayout(new GridLayout(2, false));
		validate = getWidgetFactory().createButton(buttons, Messages.ValidationSection_validate, SWT.PUSH);
		validate.addListener(SWT.Selection, e -> validateModel());
		quickFix = getWidgetFactory().createButton(buttons, Messages.ValidationSection_quickFix, SWT.PUSH);
		quickFix.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		quickFix.addListener(SWT.Selection, e -> applyQuickFix());
		quickFix.setEnabled(false);
	}

	/** The first fix offered for the selected finding, or {@code null}. */
	private IMarkerResolution firstFix() {
		IMarker marker = (IMarker) findings.getStructuredSelection().getFirstElement();
		if (marker == null || !marker.exists() || !IDE.getMarkerHelpRegistry().hasResolutions(marker)) {
			return null;
		}
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		return fixes.length == 0 ? null : fixes[0];
	}

	private void updateQuickFix() {
		IMarkerResolution fix = firstFix();
		quickFix.setText(fix == null ? Messages.ValidationSection_quickFix
				: NLS.bind(Messages.ValidationSection_quickFixWith, fix.getLabel()));
		quickFix.setEnabled(fix != null);
		quickFix.getParent().layout();
	}

	private void applyQuickFix() {
		IMarker marker = (IMarker) findings.getStructuredSelection().getFirstElement();
		IMarkerResolution fix = firstFix();
		if (fix != null) {
			fix.run(marker);
			whenValidated();
		}
	}

	private void validateModel() {
		if (getPart() instanceof SegmentationEditor editor) {
			editor.validate();
			whenValidated();
		}
	}

	/** Shows the findings again once the validation under way has finished. */
	private void whenValidated() {
		for (Job job : Job.getJobManager().find(ModelValidationJob.MARKER_TYPE)) {
			job.addJobChangeListener(new JobChangeAdapter() {
				@Override
				public void done(IJobChangeEvent event) {
					validate.getDisplay().asyncExec(ValidationSection.this::refresh);
				}
			});
		}
		// a validation may have finished before the listeners came
		validate.getDisplay().asyncExec(this::refresh);
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		element = FeaturesSection.selectedElement(selection);
		validate.setEnabled(part instanceof SegmentationEditor);
	}

	@Override
	public void refresh() {
		if (findings.getTable().isDisposed() || validate.isDisposed()) {
			return;
		}
		List<IMarker> markers = element == null ? List.of() : ModelMarkers.markersOf(element);
		findings.setInput(markers);
		message.getColumn().pack();
		if (!markers.isEmpty()) {
			findings.setSelection(new StructuredSelection(markers.get(0)));
		}
		updateQuickFix();
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return true;
	}

	/** Applies the first quick fix of the selected finding, as its button does. */
	public void runQuickFix() {
		applyQuickFix();
	}

	/** The findings shown, for tests. */
	public int findingCount() {
		return findings.getTable().getItemCount();
	}
}
