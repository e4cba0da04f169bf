/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.segmenta.analysis.CategoricalProfile;
import org.segmenta.analysis.ClusterResult;
import org.segmenta.analysis.ClusterSettings;
import org.segmenta.analysis.NumericProfile;
import org.segmenta.analysis.Profiler;
import org.segmenta.analysis.SegmentCountSuggestion;
import org.segmenta.analysis.SegmentationMethod;
import org.segmenta.analysis.SegmentationWriter;
import org.segmenta.analysis.VariableProfile;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.NumericColumn;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.TextColumn;
import org.segmenta.model.DataSource;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Segmentation;
import org.segmenta.model.Variable;
import org.segmenta.model.persistence.ModelPaths;
import org.segmenta.model.persistence.ReferencedFileException;
import org.segmenta.report.SegmentCountCurves;
import org.segmenta.report.SegmentCountScores;
import org.segmenta.ui.internal.charts.ChartKind;
import org.segmenta.ui.internal.preferences.AnalysisPreferencePage;
import org.segmenta.ui.internal.preferences.AnalysisPreferences;

/**
 * Data and analysis: the data source's weight and respondent id columns with the weighted base,
 * compares segment counts on the segmentation's data (weighted as the data source says) as a
 * cancellable job, shows the table and curves behind the suggestion, and writes the accepted
 * segments into the model as one undoable command.
 */
public class AnalysisPage {

	private final Composite page;
	private final Project project;
	private final EditingDomain domain;
	private final Path modelFile;
	private final AnalyserRegistry analysers = AnalyserRegistry.getDefault();

	private final Combo segmentationChoice;
	private final Label dataLabel;
	private final Combo weightChoice;
	private final Combo idChoice;
	private final Label baseLabel;
	private final Combo methodChoice;
	private final Spinner minK;
	private final Spinner maxK;
	private final Button compare;
	private final Link settingsLink;
	private final Label status;
	private final Table table;
	private final ChartComposite curves;
	private final Table candidate;
	private final Spinner acceptedK;
	private final Button accept;

	/** The share of all people a level must hold for the candidate table to compare its index. */
	private static final double SMALLEST_LEVEL = 0.05;

	private SegmentCountSuggestion.Table result;
	private Dataset data;
	private Job running;
	/** The data file as read, unweighted: its columns for the choices, its rows for the base. */
	private Dataset columns;
	private Job reading;

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
		// weight and id on one row, so that the results keep their room
		label(Messages.AnalysisPage_weight);
		Composite choices = new Composite(page, SWT.NONE);
		GridLayout choicesLayout = new GridLayout(3, false);
		choicesLayout.marginWidth = 0;
		choicesLayout.marginHeight = 0;
		choices.setLayout(choicesLayout);
		choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		weightChoice = new Combo(choices, SWT.READ_ONLY);
		weightChoice.addListener(SWT.Selection, e -> chooseWeight(choice(weightChoice)));
		new Label(choices, SWT.NONE).setText(Messages.AnalysisPage_id);
		idChoice = new Combo(choices, SWT.READ_ONLY);
		idChoice.addListener(SWT.Selection, e -> chooseId(choice(idChoice)));
		label(Messages.AnalysisPage_base);
		baseLabel = wrappingLabel(page, 1);
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

		// the table and the curves share the rest of the page with the segments of the count to
		// accept; the sashes let the user weigh them
		SashForm stack = new SashForm(page, SWT.VERTICAL);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		SashForm results = new SashForm(stack, SWT.HORIZONTAL);
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

		// the chosen k's segments before they are written: sizes and what sets each apart
		Composite candidatePane = new Composite(stack, SWT.NONE);
		GridLayout candidateLayout = new GridLayout(1, false);
		candidateLayout.marginWidth = 0;
		candidatePane.setLayout(candidateLayout);
		wrappingLabel(candidatePane, 1).setText(NLS.bind(Messages.AnalysisPage_candidateTitle,
				NumberFormat.getPercentInstance().format(SMALLEST_LEVEL)));
		candidate = new Table(candidatePane, SWT.BORDER | SWT.FULL_SELECTION);
		candidate.setHeaderVisible(true);
		candidate.setLinesVisible(true);
		candidate.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String title : List.of(Messages.AnalysisPage_segment, Messages.AnalysisPage_size, Messages.AnalysisPage_share,
				Messages.AnalysisPage_highest, Messages.AnalysisPage_lowest)) {
			TableColumn column = new TableColumn(candidate, SWT.LEFT);
			column.setText(title);
			column.pack();
			column.setWidth(Math.max(column.getWidth() + 12, 90));
		}
		stack.setWeights(1, 1);

		Composite acceptRow = new Composite(page, SWT.NONE);
		acceptRow.setLayout(new GridLayout(3, false));
		acceptRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(acceptRow, SWT.NONE).setText(Messages.AnalysisPage_accept);
		acceptedK = spinner(acceptRow);
		accept = new Button(acceptRow, SWT.PUSH);
		accept.setText(Messages.AnalysisPage_write);
		accept.setEnabled(false);
		accept.addListener(SWT.Selection, e -> accept(acceptedK.getSelection()));
		acceptedK.addListener(SWT.Selection, e -> showCandidate(acceptedK.getSelection()));

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
		forgetResult();
		readColumns(file);
	}

	/** A comparison on other data, or weighted otherwise, no longer stands. */
	private void forgetResult() {
		result = null;
		data = null;
		table.removeAll();
		candidate.removeAll();
		accept.setEnabled(false);
	}

	/** Reads the data file in the background for the weight and id choices and the base. */
	private void readColumns(Path file) {
		columns = null;
		for (Combo choice : List.of(weightChoice, idChoice)) {
			choice.removeAll();
			choice.setEnabled(false);
		}
		baseLabel.setText(file == null ? "" : Messages.AnalysisPage_reading);
		if (file == null) {
			reading = null;
			return;
		}
		Segmentation segmentation = segmentation();
		reading = Job.create(NLS.bind(Messages.AnalysisPage_readingJob, file.getFileName()), monitor -> {
			try {
				Dataset read = DataFiles.read(file, ReadOptions.detect(), monitor);
				page.getDisplay().asyncExec(() -> showColumns(segmentation, read));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				page.getDisplay().asyncExec(() -> {
					if (!page.isDisposed()) {
						baseLabel.setText(DataException.messageOf(e, Locale.getDefault()));
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		reading.setSystem(true);
		reading.schedule();
	}

	/** The base shown: the unweighted n and, weighted, the weighted total; for tests. */
	public String baseText() {
		return baseLabel.getText();
	}

	/** The job reading the data's columns, or {@code null}; for tests. */
	public Job reading() {
		return reading;
	}

	private void showColumns(Segmentation segmentation, Dataset read) {
		if (page.isDisposed() || segmentation != segmentation()) {
			return;
		}
		columns = read;
		weightChoice.removeAll();
		idChoice.removeAll();
		weightChoice.add(Messages.AnalysisPage_none);
		idChoice.add(Messages.AnalysisPage_none);
		for (Column column : read.columns()) {
			// a weight is a number; an id may be a number or a text
			if (column instanceof NumericColumn) {
				weightChoice.add(column.name());
			}
			idChoice.add(column.name());
		}
		weightChoice.setEnabled(true);
		idChoice.setEnabled(true);
		refresh();
	}

	/** Shows the data source's weight and id as the model has them now, as after an Undo. */
	public void refresh() {
		if (page.isDisposed() || columns == null) {
			return;
		}
		DataSource source = segmentation().getDataSource();
		select(weightChoice, weight(source));
		select(idChoice, source.getIdVariable());
		showBase(weight(source));
	}

	/** The data source's weight, else the one the file declares (SPSS, Triple-S), or {@code null}. */
	private String weight(DataSource source) {
		String named = blankAsNull(source.getWeightVariable());
		return named != null ? named : columns.weightColumn().orElse(null);
	}

	private static void select(Combo choice, String column) {
		int index = column == null || column.isBlank() ? 0 : choice.indexOf(column);
		choice.select(Math.max(0, index));
	}

	/** The column chosen, or {@code null} for none. */
	private static String choice(Combo choice) {
		return choice.getSelectionIndex() <= 0 ? null : choice.getText();
	}

	/** The unweighted n and, with a weight, the weighted total of the data's rows. */
	private void showBase(String weight) {
		String people = NumberFormat.getIntegerInstance().format(columns.rowCount());
		if (weight == null) {
			baseLabel.setText(NLS.bind(Messages.AnalysisPage_unweightedBase, people));
		} else if (weightChoice.indexOf(weight) < 0) {
			baseLabel.setText(NLS.bind(Messages.AnalysisPage_weightNotInData, weight));
		} else {
			try {
				NumericColumn weights = columns.withWeightColumn(weight).caseWeightColumn().orElseThrow();
				double total = 0;
				for (int row = 0; row < columns.rowCount(); row++) {
					total += weights.value(row);
				}
				NumberFormat totalFormat = NumberFormat.getNumberInstance();
				totalFormat.setMaximumFractionDigits(1);
				baseLabel.setText(NLS.bind(Messages.AnalysisPage_weightedBase, new Object[] { people,
						totalFormat.format(total), weight }));
			} catch (DataException e) {
				baseLabel.setText(NLS.bind(Messages.AnalysisPage_weightUnusable, weight, e.getMessage(Locale.getDefault())));
			}
		}
		page.layout(true, true);
	}

	/**
	 * Makes {@code column} (or none, for {@code null}) the data source's weight, as an undoable
	 * command, once its weights are checked; a column with a missing or negative weight is refused
	 * with the row that has it.
	 */
	public void chooseWeight(String column) {
		DataSource source = segmentation().getDataSource();
		if (columns == null || Objects.equals(column, weight(source))) {
			return;
		}
		if (column != null) {
			try {
				columns.withWeightColumn(column);
			} catch (DataException e) {
				baseLabel.setText(NLS.bind(Messages.AnalysisPage_weightUnusable, column, e.getMessage(Locale.getDefault())));
				select(weightChoice, weight(source));
				return;
			}
		}
		set(source, SegmentaPackage.Literals.DATA_SOURCE__WEIGHT_VARIABLE, column, column == null
				? Messages.AnalysisPage_noWeightCommand : NLS.bind(Messages.AnalysisPage_weightCommand, column));
		// a comparison weighted otherwise no longer stands
		forgetResult();
	}

	/** Makes {@code column} (or none, for {@code null}) the data source's respondent id, as an undoable command. */
	public void chooseId(String column) {
		DataSource source = segmentation().getDataSource();
		if (columns == null || Objects.equals(column, blankAsNull(source.getIdVariable()))) {
			return;
		}
		set(source, SegmentaPackage.Literals.DATA_SOURCE__ID_VARIABLE, column, column == null
				? Messages.AnalysisPage_noIdCommand : NLS.bind(Messages.AnalysisPage_idCommand, column));
	}

	private void set(DataSource source, EAttribute attribute, String column, String label) {
		Command command = SetCommand.create(domain, source, attribute, column == null ? SetCommand.UNSET_VALUE : column);
		if (command instanceof SetCommand set) {
			set.setLabel(label);
		}
		domain.getCommandStack().execute(command);
		refresh();
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text;
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
		List<String> basis = basisColumns(segmentation);
		AnalyserRegistry.Analyser analyser = analysers.analysers().get(methodChoice.getSelectionIndex());
		int from = minK.getSelection();
		int to = Math.max(from, maxK.getSelection());
		double minShare = segmentation.eIsSet(SegmentaPackage.Literals.SEGMENTATION__MIN_SIZE_SHARE)
				? segmentation.getMinSizeShare() : AnalysisPreferences.minShare();
		ClusterSettings settings = AnalysisPreferences.clusterSettings();
		String weight = blankAsNull(segmentation.getDataSource().getWeightVariable());
		compare.setEnabled(false);
		status.setText(NLS.bind(Messages.AnalysisPage_comparing, new Object[] { from, to, analyser.name() }));
		running = Job.create(NLS.bind(Messages.AnalysisPage_segmenting, segmentation.getName()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, 10);
			try {
				Dataset read = DataFiles.read(file, ReadOptions.detect(), progress.split(2));
				// the data source's weight, else the one the file declares (SPSS, Triple-S)
				if (weight != null) {
					read = read.withWeightColumn(weight);
				}
				String applied = read.weightColumn().orElse(null);
				SegmentationMethod method = analyser.create();
				if (applied != null && !method.appliesWeights()) {
					throw new IllegalArgumentException(NLS.bind(Messages.AnalysisPage_methodUnweighted, analyser.name(), applied));
				}
				if (basis.contains(applied)) {
					throw new IllegalArgumentException(NLS.bind(Messages.AnalysisPage_weightIsBasis, applied));
				}
				Dataset weighted = read;
				SegmentCountSuggestion.Table suggestion = SegmentCountSuggestion.suggest(method, read, basis, from, to,
						minShare, settings, progress.split(8));
				page.getDisplay().asyncExec(() -> showResult(weighted, suggestion, analyser.name()));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				page.getDisplay().asyncExec(() -> showProblem(Messages.AnalysisPage_cancelled));
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				page.getDisplay().asyncExec(() -> showProblem(DataException.messageOf(e, Locale.getDefault())));
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
		NumberFormat smallestShare = NumberFormat.getPercentInstance();
		smallestShare.setMinimumFractionDigits(1);
		smallestShare.setMaximumFractionDigits(1);
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
					smallestShare.format(fit.smallestShare()), row.admissible() ? Messages.AnalysisPage_yes : Messages.AnalysisPage_no });
		}
		curves.setChart(SegmentCountCurves.create(new SegmentCountScores(counts, inertia, silhouette, bic,
				suggestion.suggested()), ChartKind.language()));
		curves.forceRedraw();
		acceptedK.setMinimum(counts[0]);
		acceptedK.setMaximum(counts[n - 1]);
		acceptedK.setSelection(suggestion.suggested() == 0 ? counts[0] : suggestion.suggested());
		accept.setEnabled(true);
		compare.setEnabled(true);
		showCandidate(acceptedK.getSelection());
		status.setText(suggestion.suggested() == 0 ? Messages.AnalysisPage_noneInBounds
				: NLS.bind(Messages.AnalysisPage_suggested, new Object[] { suggestion.suggested(), suggestion.criterion(), method,
						read.rowCount() }));
	}

	private static String number(double value, String format) {
		// the workbench's language writes the decimals: 0,412 in Danish
		return Double.isNaN(value) ? "" : String.format(Locale.getDefault(), format, value);
	}

	/**
	 * Shows the segments of the comparison's {@code k}-segment result: their people (unweighted),
	 * their (weighted) share, and the level or mean of the model's variables with the highest and
	 * lowest index in each, over levels held by at least {@value #SMALLEST_LEVEL} of all (a rare
	 * level's index says little) and the numeric variables whose index is a ratio to the mean.
	 */
	public void showCandidate(int k) {
		candidate.removeAll();
		if (result == null || result.rows().stream().noneMatch(row -> row.k() == k)) {
			return;
		}
		int[] labels = result.result(k).labels();
		List<String> names = new ArrayList<>();
		List<Column> profiled = new ArrayList<>();
		String id = blankAsNull(segmentation().getDataSource().getIdVariable());
		for (Variable variable : project.getVariables()) {
			Column column = variable.getColumn() == null ? null : column(variable.getColumn());
			if (column != null && !column.isAllMissing() && !column.name().equals(id)
					&& !column.name().equals(data.weightColumn().orElse(null))) {
				names.add(variable.getName() == null ? column.name() : variable.getName());
				profiled.add(column);
			}
		}
		try {
			NumericColumn weights = data.caseWeightColumn().orElse(null);
			List<VariableProfile> profiles = Profiler.profile(profiled, labels, k, weights);
			double[] bases = new double[k];
			long[] people = new long[k];
			double total = 0;
			for (int row = 0; row < labels.length; row++) {
				if (labels[row] != ClusterResult.UNASSIGNED) {
					double weight = weights == null ? 1 : weights.value(row);
					bases[labels[row]] += weight;
					people[labels[row]]++;
					total += weight;
				}
			}
			NumberFormat share = NumberFormat.getPercentInstance();
			share.setMaximumFractionDigits(1);
			for (int s = 0; s < k; s++) {
				Extreme highest = null;
				Extreme lowest = null;
				for (int v = 0; v < profiles.size(); v++) {
					for (Extreme extreme : indices(names.get(v), profiles.get(v), s)) {
						highest = highest == null || extreme.index() > highest.index() ? extreme : highest;
						lowest = lowest == null || extreme.index() < lowest.index() ? extreme : lowest;
					}
				}
				TableItem item = new TableItem(candidate, SWT.NONE);
				item.setText(new String[] { NLS.bind(Messages.AnalysisPage_segmentName, s + 1),
						NumberFormat.getIntegerInstance().format(people[s]), share.format(bases[s] / total),
						highest == null ? "" : highest.text(), lowest == null ? "" : lowest.text() });
			}
		} catch (DataException e) {
			status.setText(e.getMessage(Locale.getDefault()));
		}
	}

	/** The segment's index for each level or mean of {@code profile} that {@link #showCandidate} compares. */
	private static List<Extreme> indices(String name, VariableProfile profile, int segment) {
		List<Extreme> indices = new ArrayList<>();
		if (profile instanceof CategoricalProfile table) {
			for (int level = 0; level < table.levels().size(); level++) {
				double index = table.index(segment, level);
				if (table.totalShare(level) >= SMALLEST_LEVEL && Double.isFinite(index)) {
					indices.add(new Extreme(NLS.bind(Messages.AnalysisPage_levelIndex, new Object[] { name,
							table.levels().get(level), Math.round(index) }), index));
				}
			}
		} else if (profile instanceof NumericProfile numbers && !numbers.standardIndex()
				&& Double.isFinite(numbers.index(segment))) {
			indices.add(new Extreme(NLS.bind(Messages.AnalysisPage_meanIndex, name, Math.round(numbers.index(segment))),
					numbers.index(segment)));
		}
		return indices;
	}

	/** A level or mean of a segment and its index, as the candidate table shows it. */
	private record Extreme(String text, double index) {
	}

	private Column column(String name) {
		return data.columns().stream().filter(column -> column.name().equals(name) && !(column instanceof TextColumn))
				.findFirst().orElse(null);
	}

	/** The rows of the candidate table: segment, people, share, highest and lowest index; for tests. */
	public List<String[]> candidateRows() {
		List<String[]> rows = new ArrayList<>();
		for (TableItem item : candidate.getItems()) {
			String[] cells = new String[candidate.getColumnCount()];
			for (int c = 0; c < cells.length; c++) {
				cells[c] = item.getText(c);
			}
			rows.add(cells);
		}
		return rows;
	}

	/** Writes the {@code k}-segment result into the segmentation, as one undoable command. */
	public void accept(int k) {
		Segmentation segmentation = segmentation();
		ClusterResult chosen = result.result(k);
		String method = data.weightColumn().isEmpty() ? methodChoice.getText() + ", k=" + k
				: NLS.bind(Messages.AnalysisPage_methodWeighted, new Object[] { methodChoice.getText(), k,
						data.weightColumn().get() });
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
			status.setText(NLS.bind(Messages.AnalysisPage_writeFailed, DataException.messageOf(e, Locale.getDefault())));
		}
	}

	/** The comparison's outcome, once a run finished; for tests and the curves. */
	public SegmentCountSuggestion.Table result() {
		return result;
	}
}
