/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The diagram editor's texts, in {@code messages.properties} and its translations. */
public final class Messages extends NLS {

	public static String DiagramEditor_wrongInput;
	public static String DiagramEditor_cannotShow;
	public static String DiagramEditor_loading;
	public static String DiagramEditor_loadingJob;
	public static String DiagramEditor_notLoaded;
	public static String DiagramEditor_notShown;
	public static String DiagramEditor_reloadFailed;
	public static String DiagramEditor_stopping;
	public static String DiagramEditor_showInTreeFailed;
	public static String DiagramEditor_propertiesFailed;
	public static String DiagramOutline_waiting;
	public static String DiagramEditorInput_toolTip;
	public static String ExportDiagramHandler_title;
	public static String ExportDiagramHandler_svg;
	public static String ExportDiagramHandler_png;
	public static String ExportDiagramHandler_failed;
	public static String ExportDiagramHandler_notExported;
	public static String OpenDiagramHandler_selectModel;
	public static String Representation_label;
	public static String Representation_unknownKind;
	public static String NewRepresentationDialog_title;
	public static String NewRepresentationDialog_message;
	public static String NewRepresentationDialog_kind;
	public static String NewRepresentationDialog_root;
	public static String NewRepresentationDialog_name;
	public static String NewRepresentationDialog_wholeModel;
	public static String NewRepresentationDialog_noKind;
	public static String NewRepresentationDialog_nameMissing;
	public static String NewRepresentationDialog_nameTaken;
	public static String RenameRepresentation_title;
	public static String RenameRepresentation_message;
	public static String DeleteRepresentation_title;
	public static String DeleteRepresentation_message;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
