/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    EditorContextService,
    IActionDispatcher,
    IActionHandler,
    PasteOperation,
    RequestClipboardDataAction,
    SetClipboardDataAction,
    TYPES
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** The paste's editor-context argument that asks for copies beside their originals. */
export const DUPLICATE_ARG = 'segmenta.duplicate';

/**
 * Copy, paste and duplicate of the selected nodes with GLSP's clipboard protocol: the server says
 * what a copy holds (RequestClipboardDataAction) and pastes it as one undoable command
 * (PasteOperation). What was copied is kept in the page, as GLSP's local clipboard does; the
 * system clipboard is left alone. Cut is not offered: deleting from the model to paste later is a
 * surprise nobody asked for, and Delete and Paste do the same in two steps.
 */
@injectable()
export class DiagramClipboard implements IActionHandler {
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;
    @inject(EditorContextService) protected editorContext!: EditorContextService;

    protected copied?: Record<string, string>;

    async copy(): Promise<void> {
        if (this.editorContext.selectedElements.length > 0) {
            this.copied = await this.clipboardData();
        }
    }

    /** Pastes into the selected node, or on the diagram when nothing is selected; the server refuses where that is not possible. */
    paste(): Promise<void> {
        return this.actionDispatcher.dispatch(PasteOperation.create({ clipboardData: this.copied ?? {}, editorContext: this.editorContext.get() }));
    }

    /** Copies the selected nodes beside themselves, without touching what was copied. */
    async duplicate(): Promise<void> {
        const editorContext = this.editorContext.get();
        if (editorContext.selectedElementIds.length > 0) {
            const clipboardData = await this.clipboardData();
            const args = { ...editorContext.args, [DUPLICATE_ARG]: 'true' };
            await this.actionDispatcher.dispatch(PasteOperation.create({ clipboardData, editorContext: { ...editorContext, args } }));
        }
    }

    /**
     * Handling the response's kind tells the server that the page takes it; each response reaches
     * its request before any handler.
     */
    handle(_action: SetClipboardDataAction): void {
        // nothing to do
    }

    protected async clipboardData(): Promise<Record<string, string>> {
        const response = await this.actionDispatcher.request<SetClipboardDataAction>(RequestClipboardDataAction.create(this.editorContext.get()));
        return response.clipboardData;
    }
}
