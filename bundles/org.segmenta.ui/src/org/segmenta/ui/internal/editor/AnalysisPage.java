/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.jfree.chart.swt.ChartComposite;
import org.segmenta.analysis.AnalyserRegistry;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.SegmentationWriter;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.model.persistence.ReferencedFileException;
import org.segmenta.report.SegmentCountCurves;
import org.segmenta.report.SegmentCountScores;
import org.segmenta.ui.internal.preferences.AnalysisPreferencePage;
import org.segmenta.ui.internal.preferences.AnalysisPreferences;

/**
 * Data and analysis: compares segment counts on the segmentation's data as a cancellable job,
 * shows the table and curves behind the suggestion, and writes the accepted segments into the
 * model as one undoable command.
 */
public class AnalysisPage {

	private final Composite page;
	private final Project project;
	private final EditingDomain domain;
	private final Path modelFile;
	private final AnalyserRegistry analysers = AnalyserRegistry.getDefault();

	private final Combo segmentationChoice;
	private final Label dataLabel;
	private final Combo methodChoice;
	private final Spinner minK;
	private final Spinner maxK;
	private final Button compare;
	private final Link settingsLink;
	private final Label status;
	private final Table table;
	private final ChartComposite curves;
	private final Spinner acceptedK;
	private final Button accept;

	private SegmentCountSuggestion.Table result;
	private Dataset data;
	private Job running;

	AnalysisPage(Composite parent, Project project, EditingDomain domain, Path modelFile) {
		this.project = project;
		this.domain = domain;
		this.modelFile = modelFile;
		page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));

		label(Messages.AnalysisPage_segmentation);
		segmentationChoice = new Combo(page, SWT.READ_ONLY);
		segmentationChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label(Messages.AnalysisPage_data);
		dataLabel = wrappingLabel(page, 1);
		label(Messages.AnalysisPage_method);
		methodChoice = new Combo(page, SWT.READ_ONLY);
		analysers.analysers().forEach(analyser -> methodChoice.add(analyser.name()));
		methodChoice.select(Math.max(0, analysers.ids().indexOf(AnalysisPreferences.method())));
		label(Messages.AnalysisPage_segments);
		Composite range = new Composite(page, SWT.NONE);
		range.setLayout(new GridLayout(5, false));
		new Label(range, SWT.NONE).setText(Messages.AnalysisPage_from);
		minK = spinner(range);
		new Label(range, SWT.NONE).setText(Messages.AnalysisPage_to);
		maxK = spinner(range);
		compare = new Button(range, SWT.PUSH);
		compare.setText(Messages.AnalysisPage_compare);
		compare.addListener(SWT.Selection, e -> compare());
		new Label(page, SWT.NONE).setText(Messages.AnalysisPage_settings);
		settingsLink = new Link(page, SWT.NONE);
		settingsLink.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		settingsLink.addListener(SWT.Selection, e -> {
			PreferencesUtil.createPreferenceDialogOn(page.getShell(), AnalysisPreferencePage.ID, null, null).open();
			showSettings();
		});
		showSettings();
		status = wrappingLabel(page, 2);

		// the table and the curves share the rest of the page; the sash lets the user weigh them
		SashForm results = new SashForm(page, SWT.HORIZONTAL);
		results.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table = new Table(results, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : List.of("k", Messages.AnalysisPage_silhouette, Messages.AnalysisPage_inertia, "BIC", Messages.AnalysisPage_smallest, Messages.AnalysisPage_inBounds)) {
			TableColumn column = new TableColumn(table, SWT.RIGHT);
			column.setText(title);
			column.pack();
			column.setWidth(Math.max(column.getWidth() + 12, 64));
		}
		curves = new ChartComposite(results, SWT.BORDER, null, true);
		results.setWeights(2, 3);
		// on first layout the table gets at least the width of its columns, whose headers are longer
		// in Danish, Swedish and Finnish than in English; the user may move the sash after that
		int columnsWidth = Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).sum()
				+ 2 * table.getBorderWidth() + 4;
		results.addListener(SWT.Resize, new Listener() {
			@Override
			public void handleEvent(Event event) {
				int total = results.getClientArea().width;
				if (total > 0) {
					results.removeListener(SWT.Resize, this);
					int tableWidth = Math.min(Math.max(columnsWidth, total * 2 / 5), total * 3 / 4);
					results.setWeights(tableWidth, total - tableWidth);
				}
			}
		});

		Composite acceptRow = new Composite(page, SWT.NONE);
		acceptRow.setLayout(new GridLayout(3, false));
		acceptRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(acceptRow, SWT.NONE).setText(Messages.AnalysisPage_accept);
		acceptedK = spinner(acceptRow);
		accept = new Button(acceptRow, SWT.PUSH);
		accept.setText(Messages.AnalysisPage_write);
		accept.setEnabled(false);
		accept.addListener(SWT.Selection, e -> accept(acceptedK.getSelection()));

		project.getSegmentations().forEach(s -> segmentationChoice.add(s.getName()));
		segmentationChoice.addListener(SWT.Selection, e -> segmentationChanged());
		segmentationChoice.select(Math.max(0, project.getSegmentations().indexOf(project.getPrimarySegmentation())));
		segmentationChanged();
	}

	/** Seed, restarts and standardisation from the preferences, with a link to change them. */
	private void showSettings() {
		ClusterSettings settings = AnalysisPreferences.clusterSettings();
		settingsLink.setText(NLS.bind(Messages.AnalysisPage_settingsSummary, new Object[] { settings.restarts(), settings.seed(),
				settings.standardize() ? Messages.AnalysisPage_standardised : Messages.AnalysisPage_rawValues }));
		page.layout(true, true);
	}

	/** The settings the next comparison runs with. */
	public ClusterSettings settings() {
		return AnalysisPreferences.clusterSettings();
	}

	/** The most segments the next comparison tries. */
	public int maxSegments() {
		return maxK.getSelection();
	}

	/** The name of the method chosen. */
	public String method() {
		return methodChoice.getText();
	}

	private void label(String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	/** A label that wraps instead of widening the page. */
	private static Label wrappingLabel(Composite parent, int span) {
		Label label = new Label(parent, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		data.widthHint = 300;
		label.setLayoutData(data);
		return label;
	}

	private static Spinner spinner(Composite parent) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setMinimum(1);
		spinner.setMaximum(30);
		return spinner;
	}

	Control getControl() {
		return page;
	}

	/** The segmentation being analysed. */
	public Segmentation segmentation() {
		return project.getSegmentations().get(segmentationChoice.getSelectionIndex());
	}

	private void segmentationChanged() {
		if (project.getSegmentations().isEmpty()) {
			return;
		}
		Segmentation segmentation = segmentation();
		// the segmentation's own bounds where it has them, else the workspace's defaults
		int from = segmentation.eIsSet(SegmentaPackage.Literals.SEGMENTATION__MIN_SEGMENT_COUNT)
				? segmentation.getMinSegmentCount() : AnalysisPreferences.minSegments();
		int to = segmentation.eIsSet(SegmentaPackage.Literals.SEGMENTATION__MAX_SEGMENT_COUNT)
				? segmentation.getMaxSegmentCount() : AnalysisPreferences.maxSegments();
		minK.setSelection(Math.max(2, from));
		maxK.setSelection(Math.max(minK.getSelection(), to));
		Path file = dataFile();
		dataLabel.setText(file == null ? Messages.AnalysisPage_noData
				: NLS.bind(Messages.AnalysisPage_dataSummary, new Object[] { file.getFileName(),
						segmentation.getDataSource().getName(), basisColumns(segmentation).size() }));
		compare.setEnabled(file != null && !basisColumns(segmentation).isEmpty());
		result = null;
		data = null;
		table.removeAll();
		accept.setEnabled(false);
	}

	private Path dataFile() {
		var source = segmentation().getDataSource();
		if (source == null || source.getLocation() == null || source.getLocation().isBlank()) {
			return null;
		}
		try {
			Path file = ModelPaths.of(source).resolve(source, SegmentaPackage.Literals.DATA_SOURCE__LOCATION);
			return Files.isRegularFile(file) ? file : null;
		} catch (ReferencedFileException e) {
			// a location outside the project is no file to analyse; validation reports it
			return null;
		}
	}

	private static List<String> basisColumns(Segmentation segmentation) {
		return segmentation.getBasisVariables().stream().map(Variable::getColumn).filter(c -> c != null).toList();
	}

	/** Sets the range of segment counts to compare. */
	public void setRange(int from, int to) {
		minK.setSelection(from);
		maxK.setSelection(to);
	}

	/** Starts comparing the chosen range of segment counts in the background. */
	public Job compare() {
		Path file = dataFile();
		Segmentation segmentation = segmentation();
		List<String> columns = basisColumns(segmentation);
		AnalyserRegistry.Analyser analyser = analysers.analysers().get(methodChoice.getSelectionIndex());
		int from = minK.getSelection();
		int to = Math.max(from, maxK.getSelection());
		double minShare = segmentation.eIsSet(SegmentaPackage.Literals.SEGMENTATION__MIN_SIZE_SHARE)
				? segmentation.getMinSizeShare() : AnalysisPreferences.minShare();
		ClusterSettings settings = AnalysisPreferences.clusterSettings();
		compare.setEnabled(false);
		status.setText(NLS.bind(Messages.AnalysisPage_comparing, new Object[] { from, to, analyser.name() }));
		running = Job.create(NLS.bind(Messages.AnalysisPage_segmenting, segmentation.getName()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			try {
				Dataset read = DataFiles.read(file, ReadOptions.detect(), progress.split(2));
				SegmentCountSuggestion.Table suggestion = SegmentCountSuggestion.suggest(analyser.create(), read,
						columns, from, to, minShare, settings, progress.split(8));
				page.getDisplay().asyncExec(() -> showResult(read, suggestion, analyser.name()));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				page.getDisplay().asyncExec(() -> showProblem(Messages.AnalysisPage_cancelled));
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				page.getDisplay().asyncExec(() -> showProblem(e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		running.setUser(true);
		running.schedule();
		return running;
	}

	private void showProblem(String message) {
		if (page.isDisposed()) {
			return;
		}
		status.setText(message);
		compare.setEnabled(true);
	}

	private void showResult(Dataset read, SegmentCountSuggestion.Table suggestion, String method) {
		if (page.isDisposed()) {
			return;
		}
		data = read;
		result = suggestion;
		table.removeAll();
		int n = suggestion.rows().size();
		int[] counts = new int[n];
		double[] inertia = new double[n];
		double[] silhouette = new double[n];
		double[] bic = new double[n];
		for (int i = 0; i < n; i++) {
			SegmentCountSuggestion.Row row = suggestion.rows().get(i);
			ClusterResult fit = row.result();
			counts[i] = row.k();
			inertia[i] = fit.fit().getOrDefault("inertia", Double.NaN);
			bic[i] = fit.fit().getOrDefault("bic", Double.NaN);
			silhouette[i] = fit.silhouette() == null ? Double.NaN : fit.silhouette().value();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(row.k()), number(silhouette[i], "%.3f"),
					number(inertia[i], "%.0f"), number(bic[i], "%.0f"),
					String.format(Locale.ROOT, "%.1f%%", fit.smallestShare() * 100), row.admissible() ? Messages.AnalysisPage_yes : Messages.AnalysisPage_no });
		}
		curves.setChart(SegmentCountCurves.create(new SegmentCountScores(counts, inertia, silhouette, bic,
				suggestion.suggested())));
		curves.forceRedraw();
		acceptedK.setMinimum(counts[0]);
		acceptedK.setMaximum(counts[n - 1]);
		acceptedK.setSelection(suggestion.suggested() == 0 ? counts[0] : suggestion.suggested());
		accept.setEnabled(true);
		compare.setEnabled(true);
		status.setText(suggestion.suggested() == 0 ? Messages.AnalysisPage_noneInBounds
				: NLS.bind(Messages.AnalysisPage_suggested, new Object[] { suggestion.suggested(), suggestion.criterion(), method,
						read.rowCount() }));
	}

	private static String number(double value, String format) {
		return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
	}

	/** Writes the {@code k}-segment result into the segmentation, as one undoable command. */
	public void accept(int k) {
		Segmentation segmentation = segmentation();
		ClusterResult chosen = result.result(k);
		String method = methodChoice.getText() + ", k=" + k;
		ChangeCommand write = new ChangeCommand(project) {
			@Override
			protected void doExecute() {
				try {
					SegmentationWriter.write(project, segmentation, data, chosen, method, modelFile);
				} catch (Exception e) {
					throw new IllegalStateException(e.getMessage(), e);
				}
			}
		};
		write.setLabel(NLS.bind(Messages.AnalysisPage_acceptCommand, k));
		try {
			domain.getCommandStack().execute(write);
			status.setText(NLS.bind(Messages.AnalysisPage_written, k, segmentation.getName()));
		} catch (IllegalStateException e) {
			status.setText(NLS.bind(Messages.AnalysisPage_writeFailed, e.getMessage()));
		}
	}

	/** The comparison's outcome, once a run finished; for tests and the curves. */
	public SegmentCountSuggestion.Table result() {
		return result;
	}
}
