/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.segmenta.data.Column;
import org.segmenta.data.DataException;
import org.segmenta.data.DataFiles;
import org.segmenta.data.Dataset;
import org.segmenta.model.DataSource;
import org.segmenta.model.DataSourceKind;
import org.segmenta.model.Project;
import org.segmenta.model.SegmentaFactory;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.Variable;
import org.segmenta.model.VariableKind;
import org.segmenta.ui.internal.editor.OpenModels;
import org.segmenta.ui.internal.editor.SegmentationEditor;

/**
 * Imports survey data into a model: the file is copied beside the model (or linked where it is),
 * and the model gains a data source for it, variables for its new columns and, if chosen, the
 * segmentation's link to it, all as one command in the model's editor, so Undo takes it back.
 */
public class ImportSurveyWizard extends ModelWizard<SurveyImportPage> implements IImportWizard {

	private static final SegmentaPackage MODEL = SegmentaPackage.eINSTANCE;

	private DataSource imported;

	public ImportSurveyWizard() {
		setWindowTitle(Messages.ImportSurveyWizard_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	SurveyImportPage createPage(WorkspaceModels models, IFile initial) {
		return new SurveyImportPage(models, initial);
	}

	/** The data source the finished import added. */
	public DataSource imported() {
		return imported;
	}

	@Override
	public boolean performFinish() {
		SurveyImportPage page = page();
		IFile model = page.model();
		Path source = page.file();
		try {
			String location = page.copyIntoProject() ? copyBeside(model, source) : linkBeside(model, source);
			SegmentationEditor editor = OpenModels.editor(model, true);
			if (editor == null || editor.getProject() == null) {
				page.setErrorMessage(NLS.bind(Messages.ImportSurveyWizard_cannotOpen, model.getName()));
				return false;
			}
			EditingDomain domain = editor.getEditingDomain();
			imported = dataSource(page.dataSourceName(), location, page.dataset());
			domain.getCommandStack().execute(command(domain, editor.getProject(), imported, page.dataset(),
					page.segmentation(), page.createVariables()));
			return true;
		} catch (CoreException | IOException | DataException e) {
			page.setErrorMessage(NLS.bind(Messages.ImportSurveyWizard_importFailed, source.getFileName(),
					DataException.messageOf(e, Locale.getDefault())));
			return false;
		}
	}

	/**
	 * Copies {@code source}, with the files it needs (a Triple-S survey's data file), beside the model
	 * unless they are those files already; its location relative to the model.
	 */
	private static String copyBeside(IFile model, Path source) throws CoreException, IOException, DataException {
		for (Path file : DataFiles.files(source)) {
			IFile target = model.getParent().getFile(IPath.fromOSString(file.getFileName().toString()));
			if (!target.exists()) {
				try (InputStream in = Files.newInputStream(file)) {
					target.create(in, IResource.NONE, null);
				}
			}
		}
		return source.getFileName().toString();
	}

	/** Links {@code source} and the files it needs into the model's folder (where the names are free); its absolute location. */
	private static String linkBeside(IFile model, Path source) throws CoreException, DataException {
		for (Path file : DataFiles.files(source)) {
			IFile link = model.getParent().getFile(IPath.fromOSString(file.getFileName().toString()));
			if (!link.exists()) {
				link.createLink(IPath.fromOSString(file.toAbsolutePath().toString()), IResource.NONE, null);
			}
		}
		return source.toString();
	}

	private static DataSource dataSource(String name, String location, Dataset data) {
		DataSource source = SegmentaFactory.eINSTANCE.createDataSource();
		source.setName(name);
		source.setKind(DataSourceKind.SURVEY);
		source.setLocation(location);
		source.setRespondents(data.rowCount());
		return source;
	}

	/** The data source, the variables of the columns the model lacks, and the segmentation's link, as one command. */
	static CompoundCommand command(EditingDomain domain, Project project, DataSource source, Dataset data,
			String segmentationId, boolean createVariables) {
		CompoundCommand command = new CompoundCommand(NLS.bind(Messages.ImportSurveyWizard_command, source.getName()));
		command.append(AddCommand.create(domain, project, MODEL.getProject_DataSources(), source));
		if (createVariables) {
			Set<String> known = project.getVariables().stream().map(Variable::getColumn).collect(Collectors.toSet());
			List<Variable> variables = new ArrayList<>();
			for (Column column : data.columns()) {
				if (!known.contains(column.name())) {
					Variable variable = SegmentaFactory.eINSTANCE.createVariable();
					variable.setName(column.name());
					variable.setColumn(column.name());
					variable.setKind(VariableKind.valueOf(column.type().name()));
					variable.setDataSource(source);
					variables.add(variable);
				}
			}
			if (!variables.isEmpty()) {
				command.append(AddCommand.create(domain, project, MODEL.getProject_Variables(), variables));
			}
		}
		EObject segmentation = segmentationId == null ? null : project.eResource().getEObject(segmentationId);
		if (segmentation != null) {
			command.append(SetCommand.create(domain, segmentation, MODEL.getSegmentation_DataSource(), source));
		}
		return command;
	}
}
