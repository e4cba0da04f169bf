/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.segmenta.data.Column;
import org.segmenta.data.CsvDataReader;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.data.ReadOptions;
import org.segmenta.data.internal.CsvDialect;
import org.segmenta.model.Project;
import org.segmenta.model.Segmentation;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.viewers.TableColumns;

/**
 * Choose a survey file (CSV or XLSX) and see how it reads: the detected delimiter, encoding and
 * decimal mark, and per column its type, missing answers and first values; then choose the model
 * it becomes a data source of and whether it is copied into the project or linked where it is.
 */
public class SurveyImportPage extends WizardPage {

	private static final int SAMPLE_VALUES = 4;

	private final WorkspaceModels models;
	private final IFile initialModel;
	private Text fileText;
	private Combo modelCombo;
	private Text nameText;
	private Button copy;
	private Combo segmentationCombo;
	private Button createVariables;
	private Label summary;
	private TableViewer columns;
	private List<Segmentation> segmentations = List.of();
	/** Whether the data source name is still the one taken from the file name. */
	private boolean previewedName;

	private Path previewed;
	private Dataset dataset;
	private CsvDialect dialect;
	private String readProblem;

	SurveyImportPage(WorkspaceModels models, IFile initialModel) {
		super("survey");
		this.models = models;
		this.initialModel = initialModel;
		setTitle(Messages.SurveyImportPage_title);
		setDescription(Messages.SurveyImportPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));

		new Label(page, SWT.NONE).setText(Messages.SurveyImportPage_file);
		fileText = new Text(page, SWT.BORDER);
		fileText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		fileText.addListener(SWT.Modify, e -> fileChanged());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.SurveyImportPage_browse);
		browse.addListener(SWT.Selection, e -> browse());

		new Label(page, SWT.NONE).setText(Messages.SurveyImportPage_model);
		modelCombo = models.combo(page, initialModel);
		modelCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		modelCombo.addListener(SWT.Selection, e -> modelChanged());

		new Label(page, SWT.NONE).setText(Messages.SurveyImportPage_dataSource);
		nameText = new Text(page, SWT.BORDER);
		nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		nameText.addListener(SWT.Modify, e -> validate());

		new Label(page, SWT.NONE).setText(Messages.SurveyImportPage_segmentation);
		segmentationCombo = new Combo(page, SWT.READ_ONLY);
		segmentationCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		segmentationCombo.setToolTipText(Messages.SurveyImportPage_segmentationTooltip);

		new Label(page, SWT.NONE);
		Composite options = new Composite(page, SWT.NONE);
		options.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		options.setLayout(new GridLayout(1, false));
		copy = new Button(options, SWT.RADIO);
		copy.setText(Messages.SurveyImportPage_copy);
		copy.setSelection(true);
		copy.addListener(SWT.Selection, e -> validate());
		Button link = new Button(options, SWT.RADIO);
		link.setText(Messages.SurveyImportPage_link);
		createVariables = new Button(options, SWT.CHECK);
		createVariables.setText(Messages.SurveyImportPage_createVariables);
		createVariables.setSelection(true);

		Group preview = new Group(page, SWT.NONE);
		preview.setText(Messages.SurveyImportPage_preview);
		preview.setLayout(new GridLayout(1, false));
		preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		summary = new Label(preview, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		columns = new TableViewer(preview, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 220;
		tableData.widthHint = 560;
		columns.getTable().setLayoutData(tableData);
		columns.getTable().setHeaderVisible(true);
		columns.getTable().setLinesVisible(true);
		columns.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.SurveyImportPage_column, 170, c -> c.name());
		column(Messages.SurveyImportPage_type, 80, c -> c.type().name().toLowerCase(Locale.ROOT));
		column(Messages.SurveyImportPage_missing, 70, c -> Integer.toString(c.missingCount()));
		column(Messages.SurveyImportPage_columnDescription, 200, c -> c.labels().description() == null ? "" : c.labels().description());
		column(Messages.SurveyImportPage_firstValues, 300, SurveyImportPage::sample);

		modelChanged();
		setControl(page);
		validate();
	}

	private void column(String title, int width, Function<Column, String> text) {
		TableColumns.add(columns, title, width, SWT.LEFT, Column.class, text);
	}

	private static String sample(Column column) {
		return IntStream.range(0, Math.min(SAMPLE_VALUES, column.size()))
				.mapToObj(row -> column.isMissing(row) ? "\u2013" : column.labels().label(column.text(row)))
				.collect(Collectors.joining(", "));
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.xlsx;*.sav;*.zsav;*.sss;*.xml", "*.*" });
		dialog.setFilterNames(new String[] { Messages.SurveyImportPage_surveyFiles, Messages.SurveyImportPage_allFiles });
		String chosen = dialog.open();
		if (chosen != null) {
			fileText.setText(chosen);
		}
	}

	/** Chooses the file to import, as typing its path does; the preview follows. */
	public void setFile(Path file) {
		fileText.setText(file.toString());
	}

	private void fileChanged() {
		Path file = file();
		dataset = null;
		dialect = null;
		previewed = null;
		readProblem = null;
		if (file != null && Files.isRegularFile(file)) {
			preview(file);
			String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
			if (nameText.getText().isBlank() || previewedName) {
				nameText.setText(base);
				previewedName = true;
			}
		} else {
			summary.setText(file == null ? "" : Messages.SurveyImportPage_noSuchFile);
			columns.setInput(List.of());
		}
		validate();
	}

	private void preview(Path file) {
		boolean csv = DataFiles.isCsv(file);
		try {
			getContainer().run(true, true, monitor -> {
				try {
					dialect = csv ? new CsvDataReader(ReadOptions.detect()).dialect(file) : null;
					dataset = DataFiles.read(file, ReadOptions.detect(), monitor);
				} catch (DataException e) {
					throw new InvocationTargetException(e);
				}
			});
			previewed = file;
			summary.setText(describe());
			columns.setInput(dataset.columns());
		} catch (InvocationTargetException e) {
			dataset = null;
			readProblem = DataException.messageOf(e.getCause(), Locale.getDefault());
			summary.setText(NLS.bind(Messages.SurveyImportPage_cannotRead, readProblem));
			columns.setInput(List.of());
		} catch (InterruptedException e) {
			dataset = null;
			summary.setText(Messages.SurveyImportPage_previewCancelled);
			columns.setInput(List.of());
		}
		summary.getParent().layout();
	}

	private String describe() {
		List<String> parts = new ArrayList<>();
		if (dialect != null) {
			parts.add(NLS.bind(Messages.SurveyImportPage_delimiter, switch (dialect.delimiter()) {
			case '\t' -> Messages.SurveyImportPage_tab;
			case ';' -> Messages.SurveyImportPage_semicolon;
			case ',' -> Messages.SurveyImportPage_comma;
			default -> "'" + dialect.delimiter() + "'";
			}));
			parts.add(NLS.bind(dialect.bomLength() > 0 ? Messages.SurveyImportPage_encodingWithBom
					: Messages.SurveyImportPage_encoding, dialect.charset().displayName()));
			parts.add(dialect.decimalComma() ? Messages.SurveyImportPage_decimalComma : Messages.SurveyImportPage_decimalPoint);
		} else if (previewed.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			parts.add(Messages.SurveyImportPage_excel);
		} else if (DataFiles.isTripleS(previewed)) {
			parts.add(Messages.SurveyImportPage_tripleS + dataset.weightColumn().map(weight -> NLS.bind(Messages.SurveyImportPage_weight, weight)).orElse(""));
		} else {
			parts.add(Messages.SurveyImportPage_spss + dataset.weightColumn().map(weight -> NLS.bind(Messages.SurveyImportPage_weight, weight)).orElse(""));
		}
		parts.add(NLS.bind(Messages.SurveyImportPage_rows,
				NumberFormat.getIntegerInstance(Locale.forLanguageTag(Platform.getNL().replace('_', '-'))).format(dataset.rowCount())));
		parts.add(NLS.bind(Messages.SurveyImportPage_columns, dataset.columns().size()));
		return String.join(" \u00b7 ", parts) + ".";
	}

	private void modelChanged() {
		IFile model = model();
		Project project = model == null ? null : OpenModels.current(model);
		segmentations = project == null ? List.of() : List.copyOf(project.getSegmentations());
		segmentationCombo.removeAll();
		segmentationCombo.add(Messages.SurveyImportPage_noSegmentation);
		segmentations.forEach(s -> segmentationCombo.add(s.getName()));
		// the data is linked to a segmentation only where one is marked primary, never to the first by default
		Segmentation primary = project == null ? null : project.getPrimarySegmentation();
		segmentationCombo.select(primary != null && primary.isPrimary() ? segmentations.indexOf(primary) + 1 : 0);
		validate();
	}

	private void validate() {
		String problem = null;
		Path file = file();
		if (file == null) {
			problem = Messages.SurveyImportPage_chooseFile;
		} else if (dataset == null || !file.equals(previewed)) {
			problem = readProblem == null ? Messages.SurveyImportPage_unreadable : readProblem;
		} else if (model() == null) {
			problem = Messages.WorkspaceModels_none;
		} else if (nameText.getText().isBlank()) {
			problem = Messages.SurveyImportPage_nameDataSource;
		} else if (copy.getSelection() && model().getParent().getFile(new org.eclipse.core.runtime.Path(
				file.getFileName().toString())).exists()
				&& !file.equals(model().getParent().getFile(new org.eclipse.core.runtime.Path(file.getFileName().toString()))
						.getLocation().toFile().toPath())) {
			problem = NLS.bind(Messages.SurveyImportPage_fileBesideModel, file.getFileName());
		}
		setErrorMessage(file == null ? null : problem);
		setPageComplete(problem == null);
	}

	Path file() {
		String text = fileText.getText().strip();
		return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
	}

	IFile model() {
		return models.chosen(modelCombo);
	}

	/** Chooses the model to import into. */
	public void setModel(IFile model) {
		modelCombo.select(models.all().indexOf(model));
		modelChanged();
	}

	String dataSourceName() {
		return nameText.getText().strip();
	}

	boolean copyIntoProject() {
		return copy.getSelection();
	}

	/** Chooses copying into the project ({@code true}) or linking. */
	public void setCopy(boolean copyFile) {
		copy.setSelection(copyFile);
		((Button) copy.getParent().getChildren()[1]).setSelection(!copyFile);
		validate();
	}

	boolean createVariables() {
		return createVariables.getSelection();
	}

	/** The id of the segmentation to link the data to, or {@code null}. */
	String segmentation() {
		int index = segmentationCombo.getSelectionIndex();
		return index <= 0 ? null : segmentations.get(index - 1).getId();
	}

	/** The data as previewed; the wizard imports what the user saw. */
	public Dataset dataset() {
		return dataset;
	}

	/** The detected CSV conventions, {@code null} for Excel files. */
	public CsvDialect dialect() {
		return dialect;
	}

	/** The preview's one-line summary. */
	public String summary() {
		return summary.getText();
	}
}
