/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { IDiagramOptions, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { DiagramCommands } from './diagram-commands';
import { MessageKey, message } from './messages';

interface ToolbarButton {
    command: string;
    icon: string;
    title: MessageKey;
    key: string;
    /** Shown beside the icon, the same in every language (100 %, SVG, PNG). */
    text?: string;
    run: () => unknown;
    /** A switch: whether it is on, shown as pressed. */
    pressed?: () => boolean;
}

/**
 * The toolbar above the diagram (top left): zoom in and out, fit, 100 %, snap to grid (a switch),
 * arrange all and export (SVG, PNG). Each button's tooltip names its key.
 */
@injectable()
export class DiagramToolbar implements IDiagramStartup {
    @inject(TYPES.IDiagramOptions) protected options!: IDiagramOptions;
    @inject(DiagramCommands) protected commands!: DiagramCommands;

    postModelInitialization(): void {
        const base = document.getElementById(this.options.clientId);
        if (!base?.parentElement || document.querySelector('.segmenta-toolbar')) {
            return;
        }
        const bar = document.createElement('div');
        bar.className = 'segmenta-toolbar';
        bar.setAttribute('role', 'toolbar');
        bar.setAttribute('aria-label', message('toolbar'));
        const buttons: ToolbarButton[][] = [
            [
                { command: 'zoom-in', icon: 'zoom-in', title: 'zoomIn', key: '+', run: () => this.commands.zoomIn() },
                { command: 'zoom-out', icon: 'zoom-out', title: 'zoomOut', key: '-', run: () => this.commands.zoomOut() },
                { command: 'fit', icon: 'screen-full', title: 'fit', key: 'Ctrl+Shift+F', run: () => this.commands.fit() },
                { command: 'actual-size', icon: '', text: '100 %', title: 'actualSizeTitle', key: '0', run: () => this.commands.actualSize() }
            ],
            [
                {
                    command: 'snap-to-grid', icon: 'magnet', title: 'snapToGrid', key: 'Alt+Shift+G', run: () => this.commands.toggleSnapToGrid(),
                    pressed: () => this.commands.snapsToGrid()
                },
                { command: 'arrange-all', icon: 'layout', title: 'arrangeAll', key: 'Alt+Shift+L', run: () => this.commands.arrangeAll() }
            ],
            [
                { command: 'export-svg', icon: 'file-media', text: 'SVG', title: 'exportSvg', key: 'Alt+Shift+E', run: () => this.commands.export('svg') },
                { command: 'export-png', icon: 'file-media', text: 'PNG', title: 'exportPng', key: 'Alt+Shift+P', run: () => this.commands.export('png') }
            ]
        ];
        for (const group of buttons) {
            const section = document.createElement('span');
            section.className = 'segmenta-toolbar-group';
            section.append(...group.map(button => this.button(button)));
            bar.appendChild(section);
        }
        base.parentElement.appendChild(bar);
    }

    protected button(spec: ToolbarButton): HTMLButtonElement {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'segmenta-toolbar-button';
        button.dataset.command = spec.command;
        button.title = `${message(spec.title)} (${spec.key})`;
        button.setAttribute('aria-label', message(spec.title));
        if (spec.icon) {
            const icon = document.createElement('i');
            icon.className = `codicon codicon-${spec.icon}`;
            button.appendChild(icon);
        }
        if (spec.text) {
            const text = document.createElement('span');
            text.textContent = spec.text;
            button.appendChild(text);
        }
        const pressed = spec.pressed;
        if (pressed) {
            button.setAttribute('aria-pressed', String(pressed()));
            // the key switches it too: the button follows the state, not its own clicks
            this.commands.onSnapChange(() => button.setAttribute('aria-pressed', String(pressed())));
        }
        button.addEventListener('click', () => spec.run());
        return button;
    }
}
