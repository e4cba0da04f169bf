/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { GModelElement } from '@eclipse-glsp/client';

declare global {
    interface Window {
        /** The workbench's hook: opens the model's tree editor and selects these model elements there. */
        segmentaHostShowInTree?: (modelElementIds: string[]) => void;
        /** The workbench's hook: opens the Properties view on these model elements. */
        segmentaHostProperties?: (modelElementIds: string[]) => void;
    }
}

type WithArgs = GModelElement & { args?: Record<string, unknown>; parent?: GModelElement };

/**
 * The ids (as in the model file) of the model elements the selected nodes, rows and edges show; a
 * selected label stands for what it labels. Each once, in the order of the selection.
 */
export function modelElementIds(selected: readonly GModelElement[]): string[] {
    const ids = new Set<string>();
    for (const element of selected) {
        const shown = (element.type.startsWith('label') ? (element as WithArgs).parent : element) as WithArgs | undefined;
        const id = shown?.args?.element;
        if (typeof id === 'string' && id !== '') {
            ids.add(id);
        }
    }
    return Array.from(ids);
}

/** Whether the page runs in the workbench, which can show model elements in its tree and Properties view. */
export function inWorkbench(): boolean {
    return window.segmentaHostShowInTree !== undefined && window.segmentaHostProperties !== undefined;
}

/** Shows the elements in the model editor's tree; nothing outside the workbench or without elements. */
export function showInModelTree(modelElementIds: string[]): void {
    if (window.segmentaHostShowInTree && modelElementIds.length > 0) {
        window.segmentaHostShowInTree(modelElementIds);
    }
}

/** Shows the elements in the Properties view; nothing outside the workbench or without elements. */
export function showProperties(modelElementIds: string[]): void {
    if (window.segmentaHostProperties && modelElementIds.length > 0) {
        window.segmentaHostProperties(modelElementIds);
    }
}
