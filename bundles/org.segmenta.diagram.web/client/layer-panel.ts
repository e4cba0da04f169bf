/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Action, EditorContextService, GModelRoot, IActionDispatcher, IDiagramOptions, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { message } from './messages';
import { jsonArrayArg } from './model';

interface Switch {
    id: string;
    label: string;
    on: boolean;
}

/** Sent to the server: show or hide a layer, apply or lift a filter (kept in the diagram file, undoable). */
interface ToggleAction extends Action {
    kind: 'segmentaToggle';
    group: 'layer' | 'filter';
    id: string;
    on: boolean;
}

/**
 * The description's layers and filters as switches above the diagram. The server lists them in
 * the graph's "layers" and "filters" args; a switch sends a toggle, and the server answers with
 * the diagram rebuilt.
 */
@injectable()
export class LayerPanel implements IDiagramStartup {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(TYPES.IDiagramOptions) protected options!: IDiagramOptions;
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;

    protected panel?: HTMLElement;

    postModelInitialization(): void {
        this.update(this.editorContext.modelRoot);
        this.editorContext.onModelRootChanged(root => this.update(root));
    }

    protected update(root: Readonly<GModelRoot>): void {
        const layers = this.switchesOf(root, 'layers');
        const filters = this.switchesOf(root, 'filters');
        const base = document.getElementById(this.options.clientId);
        if (!base || layers.length + filters.length === 0) {
            return;
        }
        if (!this.panel) {
            this.panel = document.createElement('div');
            this.panel.className = 'segmenta-layers';
            base.parentElement?.appendChild(this.panel);
        }
        this.panel.replaceChildren(
            ...this.group(message('layers'), 'layer', layers),
            ...this.group(message('filters'), 'filter', filters)
        );
    }

    protected group(title: string, group: 'layer' | 'filter', switches: Switch[]): HTMLElement[] {
        if (switches.length === 0) {
            return [];
        }
        const heading = document.createElement('span');
        heading.className = 'segmenta-switch-group';
        heading.textContent = title;
        return [heading, ...switches.map(entry => this.switchFor(group, entry))];
    }

    protected switchFor(group: 'layer' | 'filter', entry: Switch): HTMLElement {
        const label = document.createElement('label');
        label.className = 'segmenta-layer';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = entry.on;
        box.dataset[group] = entry.id;
        box.addEventListener('change', () => {
            const toggle: ToggleAction = { kind: 'segmentaToggle', group, id: entry.id, on: box.checked };
            this.actionDispatcher.dispatch(toggle);
        });
        label.append(box, document.createTextNode(entry.label));
        return label;
    }

    protected switchesOf(root: Readonly<GModelRoot>, key: string): Switch[] {
        return jsonArrayArg<Switch>(root, key);
    }
}
