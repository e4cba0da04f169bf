/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segmenta.diagram.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.glsp.graph.GLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmenta.diagram.DiagramKinds;
import org.segmenta.diagram.glsp.ModelAccess;
import org.segmenta.diagram.glsp.internal.ServerContext;
import org.segmenta.model.SegmentaPackage;
import org.segmenta.model.ValueCommunity;
import org.segmenta.model.edit.ModelCommandStack;
import org.segmenta.tests.support.Examples;

/**
 * The model belongs to a thread of its own, as a workbench's model belongs to its UI thread: the
 * server changes it there, and reads it (building the diagram, copying it for validation) on its
 * own threads while no command runs. So a diagram is built and sent while the model's thread is
 * busy with something else, and it never shows a command half done.
 */
class ModelThreadTest {

	private static final String MAP = "value-community-map";

	@TempDir
	Path folder;

	private final ExecutorService modelThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "model-owner"));
	private GlspTestSession session;

	@AfterEach
	void close() {
		if (session != null) {
			session.close();
		}
		modelThread.shutdownNow();
	}

	@Test
	void theDiagramIsBuiltWhileTheModelsThreadIsBusy() throws Exception {
		EditingDomain domain = ServerContext.newEditingDomain();
		ModelCommandStack stack = (ModelCommandStack) domain.getCommandStack();
		ModelAccess access = new ModelAccess() {
			@Override
			public void run(Runnable code) {
				try {
					modelThread.submit(() -> stack.change(code)).get(60, TimeUnit.SECONDS);
				} catch (InterruptedException | ExecutionException | java.util.concurrent.TimeoutException e) {
					throw new IllegalStateException(e);
				}
			}

			@Override
			public void read(Runnable code) {
				stack.read(code);
			}
		};
		Path model = Examples.modelCopy(folder);
		session = new GlspTestSession(ServerContext.open(domain, model, DiagramKinds.getDefault(), access, false), model, MAP);
		ValueCommunity community = session.project().getValueCommunities().get(0);
		String nameLabel = "vc-community:" + community.getId() + "#name";

		// the model's thread is held up (a dialog, a long job): the diagram must not wait for it
		CountDownLatch busy = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		modelThread.submit(() -> {
			busy.countDown();
			release.await();
			return null;
		});
		busy.await();
		try {
			// a change made elsewhere (the model tree) while the thread is busy redraws the diagram
			stack.execute(SetCommand.create(domain, community, SegmentaPackage.Literals.NAMED_ELEMENT__NAME, "Fællesskab Åby"));
			session.awaitModel();
			assertEquals("Fællesskab Åby", ((GLabel) GlspTestSession.find(session.model(), nameLabel)).getText());
			assertFalse(release.await(0, TimeUnit.MILLISECONDS), "the model's thread was still busy");
		} finally {
			release.countDown();
		}
	}
}
