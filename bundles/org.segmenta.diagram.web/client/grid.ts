/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { GModelElement, Grid, GridManager, IGridManager, ISnapper, Point, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/** The grid's spacing: the dots of the canvas (diagram.css) are 20 px apart. */
export const GRID: Grid = { x: 20, y: 20 };

/**
 * GLSP's grid snapper, switched by the toolbar's *Snap to grid*: while the grid is shown, moves
 * and resizes end on its lines (Shift held while dragging leaves them free, as GLSP does); while
 * it is hidden, where the mouse lets go. Helper lines show either way.
 */
@injectable()
export class SwitchableGridSnapper implements ISnapper {
    @inject(TYPES.Grid) protected grid!: Grid;
    @inject(TYPES.IGridManager) protected gridManager!: IGridManager;

    snap(position: Point, _element: GModelElement): Point {
        return this.gridManager.isGridVisible ? Point.snapToGrid(position, this.grid) : { x: position.x, y: position.y };
    }
}

/**
 * GLSP's grid manager, telling when the grid is switched (by the toolbar, its key or the palette's
 * grid button), so that the toolbar's switch shows the state.
 */
@injectable()
export class ObservableGridManager extends GridManager {
    protected listeners: (() => void)[] = [];

    override setGridVisible(visible: boolean): void {
        const before = this.isGridVisible;
        super.setGridVisible(visible);
        if (before !== this.isGridVisible) {
            this.listeners.forEach(listener => listener());
        }
    }

    onChange(listener: () => void): void {
        this.listeners.push(listener);
    }
}
