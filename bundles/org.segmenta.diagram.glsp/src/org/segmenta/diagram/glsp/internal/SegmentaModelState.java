/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.internal;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.eclipse.glsp.server.session.ClientSession;
import org.eclipse.glsp.server.session.ClientSessionListener;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.segmenta.diagram.DiagramGraph;
import org.segmenta.diagram.DiagramSession;
import org.segmenta.diagram.glsp.ModelAccess;

import com.google.inject.Inject;

/**
 * The GLSP model state of one client session, on the model's editing domain: operations, undo and
 * redo go through the domain's command stack, so the diagram shares history and dirty state with
 * the model editor. When something else changes the stack (the editor, another diagram), the
 * diagram is rebuilt and sent again.
 */
public class SegmentaModelState extends DefaultGModelState {

	@Inject
	protected ServerContext context;

	@Inject
	protected ActionDispatcher actionDispatcher;

	@Inject
	protected ClientSessionManager sessions;

	private DiagramSession diagram;
	private boolean ownChange;
	private final CommandStackListener refresher = this::stackChanged;
	private final Runnable validated = () -> {
		if (diagram != null) {
			actionDispatcher.dispatch(new RefreshAction());
		}
	};

	@Override
	@Inject
	public void init() {
		setCommandStack(context.editingDomain().getCommandStack());
		context.editingDomain().getCommandStack().addCommandStackListener(refresher);
		context.addValidationListener(validated);
		sessions.addListener(new ClientSessionListener() {
			@Override
			public void sessionDisposed(ClientSession session) {
				context.editingDomain().getCommandStack().removeCommandStackListener(refresher);
				context.removeValidationListener(validated);
				if (diagram != null) {
					context.modelThread().run(diagram::dispose);
				}
			}
		}, clientId);
	}

	/** The diagram (the core's session of this kind on the model); {@code null} until loaded. */
	public DiagramSession diagram() {
		return diagram;
	}

	/**
	 * The diagram's graph: read from the model while no command runs, but laid out (by ELK, which
	 * reads only the graph) between two reads, so that a command the user runs meanwhile on the
	 * model's thread does not wait for the layout.
	 */
	public DiagramGraph graph() {
		ModelAccess modelThread = context.modelThread();
		DiagramSession.GraphBuild[] build = new DiagramSession.GraphBuild[1];
		modelThread.read(() -> build[0] = diagram.startGraph());
		build[0].arrange();
		DiagramGraph[] graph = new DiagramGraph[1];
		modelThread.read(() -> graph[0] = diagram.finishGraph(build[0]));
		return graph[0];
	}

	void setDiagram(DiagramSession diagram) {
		this.diagram = diagram;
	}

	public ServerContext context() {
		return context;
	}

	@Override
	protected void setCommandStack(CommandStack commandStack) {
		// the domain's stack is shared: never flush it the way GLSP flushes its own
		this.commandStack = commandStack;
	}

	@Override
	public void execute(Command command) {
		onModelThread(() -> super.execute(command));
	}

	@Override
	public void undo() {
		onModelThread(super::undo);
	}

	@Override
	public void redo() {
		onModelThread(super::redo);
	}

	private void onModelThread(Runnable change) {
		context.modelThread().run(() -> {
			ownChange = true;
			try {
				change.run();
			} finally {
				ownChange = false;
			}
		});
	}

	private void stackChanged(EventObject event) {
		if (!ownChange && diagram != null) {
			actionDispatcher.dispatch(new RefreshAction());
		}
	}
}
