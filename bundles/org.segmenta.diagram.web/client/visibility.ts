/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { GModelElement, GModelRoot, Operation } from '@eclipse-glsp/client';
import { message } from './messages';
import { jsonArrayArg } from './model';

/** What a {@link ViewOperation} changes (the server's ViewOperation.Change). */
export type ViewChange = 'HIDE' | 'REMOVE' | 'HIDE_LABEL' | 'SHOW' | 'PIN' | 'UNPIN';

/**
 * Sent to the server: hide, remove from the diagram, hide the label of, show again, pin or unpin
 * elements of this representation. One undoable command, kept in the diagram file.
 */
export interface ViewOperation extends Operation {
    kind: 'segmentaView';
    change: ViewChange;
    elementIds: string[];
}

export function viewOperation(change: ViewChange, elementIds: string[]): ViewOperation {
    return { kind: 'segmentaView', isOperation: true, change, elementIds };
}

/** An entry of Show hidden elements, as the server lists it in the graph's "hidden" arg. */
export interface HiddenEntry {
    id: string;
    label: string;
}

export function hiddenEntries(root: Readonly<GModelRoot>): HiddenEntry[] {
    return jsonArrayArg<HiddenEntry>(root, 'hidden');
}

type WithArgs = GModelElement & { args?: Record<string, unknown>; children?: GModelElement[] };

/** The selected nodes and edges (a selected name label stands for its node), as the server names them. */
export function shownElements(selected: readonly GModelElement[]): GModelElement[] {
    return selected.filter(element => element.type.startsWith('node') || element.type.startsWith('edge') || element.type === 'label:name');
}

/** The selected nodes that may be pinned (rows move with their list) and whether each is pinned. */
export function pinnableNodes(selected: readonly GModelElement[]): { pinned: string[]; unpinned: string[] } {
    const nodes = selected.filter(element => element.type.startsWith('node') && (element as WithArgs).args?.row !== true) as WithArgs[];
    return {
        pinned: nodes.filter(node => node.args?.pinned === true).map(node => node.id),
        unpinned: nodes.filter(node => node.args?.pinned !== true).map(node => node.id)
    };
}

/** The selected edges that draw a label. */
export function labelledEdges(selected: readonly GModelElement[]): string[] {
    return selected.filter(element => element.type.startsWith('edge') && ((element as WithArgs).children ?? []).some(child => child.type === 'label:edge'))
        .map(edge => edge.id);
}

/**
 * The "Hidden elements" dialog: a list of what this representation hides, with a check box each;
 * Show brings back the checked ones, Show all every one, in one undoable step. Escape or Close
 * leaves everything as it is.
 */
export function openHiddenElementsDialog(entries: HiddenEntry[], show: (ids: string[]) => void): HTMLElement {
    document.querySelector('.segmenta-hidden-dialog')?.remove();
    const dialog = document.createElement('div');
    dialog.className = 'segmenta-hidden-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', message('hiddenElements'));
    const heading = document.createElement('h2');
    heading.textContent = message('hiddenElements');
    dialog.appendChild(heading);
    const list = document.createElement('div');
    list.className = 'segmenta-hidden-list';
    if (entries.length === 0) {
        const none = document.createElement('p');
        none.textContent = message('nothingHidden');
        list.appendChild(none);
    }
    for (const entry of entries) {
        const row = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.dataset.hidden = entry.id;
        row.append(box, document.createTextNode(entry.label));
        list.appendChild(row);
    }
    dialog.appendChild(list);
    const close = (): void => {
        dialog.remove();
        window.removeEventListener('keydown', escape, true);
    };
    const escape = (event: KeyboardEvent): void => {
        if (event.key === 'Escape') {
            close();
        }
    };
    const button = (command: string, text: string, run: () => void, enabled = true): HTMLButtonElement => {
        const element = document.createElement('button');
        element.type = 'button';
        element.dataset.command = command;
        element.textContent = text;
        element.disabled = !enabled;
        element.addEventListener('click', () => {
            close();
            run();
        });
        return element;
    };
    const checked = (): string[] => [...list.querySelectorAll<HTMLInputElement>('input[data-hidden]:checked')].map(box => box.dataset.hidden ?? '');
    const buttons = document.createElement('div');
    buttons.className = 'segmenta-dialog-buttons';
    buttons.append(
        button('show-checked', message('showChecked'), () => {
            const ids = checked();
            if (ids.length > 0) {
                show(ids);
            }
        }, entries.length > 0),
        button('show-all', message('showAll'), () => show(entries.map(entry => entry.id)), entries.length > 0),
        button('close', message('close'), () => undefined)
    );
    dialog.appendChild(buttons);
    window.addEventListener('keydown', escape, true);
    document.body.appendChild(dialog);
    return dialog;
}
