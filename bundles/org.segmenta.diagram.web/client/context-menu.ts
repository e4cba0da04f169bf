/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    Action,
    AlignElementsAction,
    Alignment,
    Anchor,
    DeleteElementOperation,
    EditLabelAction,
    EditorContextService,
    GModelElement,
    GModelRoot,
    IActionDispatcher,
    IContextMenuItemProvider,
    IContextMenuService,
    MenuItem,
    Point,
    TYPES,
    isDeletable,
    isMoveable
} from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';
import { DiagramClipboard } from './clipboard';
import { DiagramCommands } from './diagram-commands';
import { canDistribute, distribute } from './distribute';
import { inWorkbench, modelElementIds, showInModelTree, showProperties } from './host';
import { MessageKey, message } from './messages';
import { SegmentaLabel } from './model';
import { hiddenEntries, labelledEdges, pinnableNodes, shownElements, viewOperation } from './visibility';

/** A menu item that runs code in the page instead of (or besides) dispatching actions. */
interface PageMenuItem extends MenuItem {
    run?: () => unknown;
}

/** The keys shown beside the items (the same as the toolbar's and GLSP's). */
const KEYS: Record<string, string> = {
    'segmenta.rename': 'F2',
    'segmenta.delete': 'Del',
    'segmenta.copy': 'Ctrl+C',
    'segmenta.paste': 'Ctrl+V',
    'segmenta.duplicate': 'Ctrl+D',
    'segmenta.remove-from-diagram': 'Alt+Shift+R',
    'segmenta.hide': 'Alt+Shift+H',
    'segmenta.show-hidden': 'Alt+Shift+U',
    'segmenta.pin': 'Alt+Shift+N',
    'segmenta.unpin': 'Alt+Shift+N',
    'segmenta.arrange-all': 'Alt+Shift+L',
    'segmenta.export-svg': 'Alt+Shift+E',
    'segmenta.export-png': 'Alt+Shift+P',
    'segmenta.show-in-tree': 'Alt+Shift+W',
    'segmenta.properties': 'Alt+Enter'
};

/** The server's items whose labels the page translates, by id. */
const SERVER_LABELS: Record<string, MessageKey> = {
    'segmenta.new': 'newElement',
    'segmenta.connect': 'connect'
};

/**
 * The items of the context menu the page knows itself: rename where a rename tool applies, delete
 * from model where a delete tool does, remove from diagram, hide (and hide label on labelled
 * edges), show hidden elements, pin or unpin, align for two or more nodes, distribute for three or more
 * in one parent, arrange all and export; in the workbench, show in model tree and properties. The
 * server adds the palette tools that apply where the user clicked.
 */
@injectable()
export class SegmentaContextMenuItems implements IContextMenuItemProvider {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(DiagramCommands) protected commands!: DiagramCommands;
    @inject(DiagramClipboard) protected clipboard!: DiagramClipboard;

    async getItems(_root: Readonly<GModelRoot>, _lastMousePosition?: Point): Promise<MenuItem[]> {
        const selected = this.editorContext.selectedElements as GModelElement[];
        const items: PageMenuItem[] = [];
        const label = selected.length === 1 ? editableLabelOf(selected[0]) : undefined;
        if (label) {
            items.push({ id: 'segmenta.rename', label: message('rename'), icon: 'edit', group: 'b-edit', sortString: '1', actions: [EditLabelAction.create(label.id)] });
        }
        const deletable = selected.filter(isDeletable);
        if (deletable.length > 0) {
            // a row's element stays in the model: it only leaves the list
            const rows = deletable.every(element => (element as GModelElement & { args?: Record<string, unknown> }).args?.row === true);
            items.push({
                id: 'segmenta.delete', label: message(rows ? 'removeFromList' : 'deleteFromModel'), icon: 'trash', group: 'b-edit', sortString: '2',
                actions: [DeleteElementOperation.create(deletable.map(element => element.id))]
            });
        }
        items.push(...this.clipboardItems(selected));
        items.push(...this.viewItems(selected, _root));
        const movableNodes = selected.filter(element => element.type.startsWith('node') && isMoveable(element));
        const movable = movableNodes.map(element => element.id);
        if (movable.length > 1) {
            const align = (id: string, key: MessageKey, alignment: Alignment, sort: string): MenuItem => ({
                id, label: message(key), group: alignment < Alignment.Top ? 'horizontal' : 'vertical', sortString: sort,
                actions: [AlignElementsAction.create({ elementIds: movable, alignment })]
            });
            items.push({
                id: 'segmenta.align', label: message('align'), icon: 'layout', group: 'c-layout', sortString: '1', actions: [],
                children: [
                    align('left', 'alignLeft', Alignment.Left, '1'), align('center', 'alignCenter', Alignment.Center, '2'),
                    align('right', 'alignRight', Alignment.Right, '3'), align('top', 'alignTop', Alignment.Top, '4'),
                    align('middle', 'alignMiddle', Alignment.Middle, '5'), align('bottom', 'alignBottom', Alignment.Bottom, '6')
                ]
            });
        }
        if (canDistribute(movableNodes)) {
            items.push({
                id: 'segmenta.distribute', label: message('distribute'), icon: 'layout', group: 'c-layout', sortString: '1b', actions: [],
                children: [
                    { id: 'horizontal', label: message('distributeHorizontally'), group: 'distribute', sortString: '1', actions: [distribute(movableNodes, 'horizontal')] },
                    { id: 'vertical', label: message('distributeVertically'), group: 'distribute', sortString: '2', actions: [distribute(movableNodes, 'vertical')] }
                ]
            });
        }
        items.push({ id: 'segmenta.arrange-all', label: message('arrangeAll'), icon: 'layout', group: 'c-layout', sortString: '2', actions: [], run: () => this.commands.arrangeAll() });
        items.push({ id: 'segmenta.export-svg', label: message('exportSvg'), icon: 'file-media', group: 'd-export', sortString: '1', actions: [], run: () => this.commands.export('svg') });
        items.push({ id: 'segmenta.export-png', label: message('exportPng'), icon: 'file-media', group: 'd-export', sortString: '2', actions: [], run: () => this.commands.export('png') });
        items.push(...this.workbenchItems(selected));
        return items;
    }

    /** Show in model tree and Properties for the model elements selected; only the workbench can show them. */
    protected workbenchItems(selected: GModelElement[]): PageMenuItem[] {
        const ids = modelElementIds(selected);
        if (!inWorkbench() || ids.length === 0) {
            return [];
        }
        return [
            { id: 'segmenta.show-in-tree', label: message('showInModelTree'), icon: 'list-tree', group: 'e-workbench', sortString: '1', actions: [], run: () => showInModelTree(ids) },
            { id: 'segmenta.properties', label: message('properties'), icon: 'symbol-property', group: 'e-workbench', sortString: '2', actions: [], run: () => showProperties(ids) }
        ];
    }

    /** Copy and Duplicate where nodes that show model elements are selected (not rows), and Paste. */
    protected clipboardItems(selected: GModelElement[]): PageMenuItem[] {
        const items: PageMenuItem[] = [];
        const copyable = selected.some(element => element.type.startsWith('node') && (element as GModelElement & { args?: Record<string, unknown> }).args?.row !== true);
        if (copyable) {
            items.push({ id: 'segmenta.copy', label: message('copy'), icon: 'copy', group: 'a-clipboard', sortString: '1', actions: [], run: () => this.clipboard.copy() });
            items.push({ id: 'segmenta.duplicate', label: message('duplicate'), icon: 'files', group: 'a-clipboard', sortString: '3', actions: [], run: () => this.clipboard.duplicate() });
        }
        items.push({ id: 'segmenta.paste', label: message('paste'), icon: 'clippy', group: 'a-clipboard', sortString: '2', actions: [], run: () => this.clipboard.paste() });
        return items;
    }

    /** Remove from diagram, Hide, Hide label, Show hidden elements, Pin and Unpin, for what is selected. */
    protected viewItems(selected: GModelElement[], root: Readonly<GModelRoot>): PageMenuItem[] {
        const items: PageMenuItem[] = [];
        const shown = shownElements(selected).map(element => element.id);
        if (shown.length > 0) {
            items.push({ id: 'segmenta.remove-from-diagram', label: message('removeFromDiagram'), icon: 'close', group: 'b-edit', sortString: '3', actions: [viewOperation('REMOVE', shown)] });
            items.push({ id: 'segmenta.hide', label: message('hide'), icon: 'eye-closed', group: 'b-view', sortString: '1', actions: [viewOperation('HIDE', shown)] });
        }
        const labelled = labelledEdges(selected);
        if (labelled.length > 0) {
            items.push({ id: 'segmenta.hide-label', label: message('hideLabel'), icon: 'eye-closed', group: 'b-view', sortString: '2', actions: [viewOperation('HIDE_LABEL', labelled)] });
        }
        const hidden = hiddenEntries(root).length > 0;
        items.push({ id: 'segmenta.show-hidden', label: message('showHidden'), icon: 'eye', group: 'b-view', sortString: '3', actions: [], isEnabled: () => hidden, run: () => this.commands.showHidden() });
        const { pinned, unpinned } = pinnableNodes(selected);
        if (unpinned.length > 0) {
            items.push({ id: 'segmenta.pin', label: message('pin'), icon: 'pin', group: 'b-view', sortString: '4', actions: [viewOperation('PIN', unpinned)] });
        }
        if (pinned.length > 0) {
            items.push({ id: 'segmenta.unpin', label: message('unpin'), icon: 'pinned', group: 'b-view', sortString: '5', actions: [viewOperation('UNPIN', pinned)] });
        }
        return items;
    }
}

/** The label a rename edits: the element's own, or a node's editable name label. */
function editableLabelOf(element: GModelElement): SegmentaLabel | undefined {
    if (element instanceof SegmentaLabel) {
        return element.args?.editable === true ? element : undefined;
    }
    const children = (element as GModelElement & { children?: GModelElement[] }).children ?? [];
    return children.find((child): child is SegmentaLabel => child instanceof SegmentaLabel && child.args?.editable === true);
}

/**
 * Shows the context menu as a list in the page at the mouse, grouped, with submenus that open on
 * hover; Escape, a click elsewhere or choosing an item closes it.
 */
@injectable()
export class SegmentaContextMenuService implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;

    protected open?: { element: HTMLElement; close: () => void };

    show(items: MenuItem[], anchor: Anchor, onHide?: () => void): void {
        this.open?.close();
        const menu = this.list(items);
        menu.classList.add('segmenta-context-menu');
        const position = 'clientX' in anchor ? { x: anchor.clientX, y: anchor.clientY } : anchor;
        menu.style.left = `${position.x}px`;
        menu.style.top = `${position.y}px`;
        document.body.appendChild(menu);
        // keep it inside the window
        const box = menu.getBoundingClientRect();
        menu.style.left = `${Math.max(0, Math.min(position.x, window.innerWidth - box.width - 4))}px`;
        menu.style.top = `${Math.max(0, Math.min(position.y, window.innerHeight - box.height - 4))}px`;
        const outside = (event: Event): void => {
            if (!menu.contains(event.target as Node)) {
                close();
            }
        };
        const escape = (event: KeyboardEvent): void => {
            if (event.key === 'Escape') {
                close();
            }
        };
        const close = (): void => {
            menu.remove();
            window.removeEventListener('mousedown', outside, true);
            window.removeEventListener('keydown', escape, true);
            this.open = undefined;
            onHide?.();
        };
        window.addEventListener('mousedown', outside, true);
        window.addEventListener('keydown', escape, true);
        this.open = { element: menu, close };
    }

    protected list(items: MenuItem[]): HTMLElement {
        const list = document.createElement('div');
        list.setAttribute('role', 'menu');
        const sorted = [...items].filter(visible).sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '') || (a.sortString ?? '').localeCompare(b.sortString ?? ''));
        let group: string | undefined;
        for (const item of sorted) {
            if (group !== undefined && item.group !== group) {
                const separator = document.createElement('div');
                separator.className = 'segmenta-menu-separator';
                list.appendChild(separator);
            }
            group = item.group;
            list.appendChild(this.entry(item));
        }
        return list;
    }

    protected entry(item: PageMenuItem): HTMLElement {
        const entry = document.createElement('div');
        entry.className = 'segmenta-menu-item';
        entry.setAttribute('role', 'menuitem');
        entry.dataset.id = item.id;
        const icon = document.createElement('i');
        icon.className = item.icon ? `codicon codicon-${item.icon}` : 'codicon codicon-blank';
        const label = document.createElement('span');
        label.className = 'segmenta-menu-label';
        label.textContent = SERVER_LABELS[item.id] ? message(SERVER_LABELS[item.id]) : item.label;
        entry.append(icon, label);
        if (KEYS[item.id]) {
            const key = document.createElement('span');
            key.className = 'segmenta-menu-key';
            key.textContent = KEYS[item.id];
            entry.appendChild(key);
        }
        if (item.children && item.children.length > 0) {
            entry.classList.add('segmenta-menu-parent');
            const submenu = this.list(item.children);
            submenu.classList.add('segmenta-submenu');
            entry.appendChild(submenu);
            return entry;
        }
        if (!enabled(item)) {
            entry.classList.add('disabled');
            entry.setAttribute('aria-disabled', 'true');
            return entry;
        }
        entry.addEventListener('click', event => {
            event.stopPropagation();
            this.open?.close();
            item.run?.();
            const actions: Action[] = item.actions ?? [];
            if (actions.length > 0) {
                this.actionDispatcher.dispatchAll(actions);
            }
        });
        return entry;
    }
}

/** Items from the server carry booleans, the page's own items functions. */
function enabled(item: MenuItem): boolean {
    const value = item.isEnabled as unknown;
    return typeof value === 'function' ? (value as () => boolean)() : value !== false;
}

function visible(item: MenuItem): boolean {
    const value = item.isVisible as unknown;
    return typeof value === 'function' ? (value as () => boolean)() : value !== false;
}
