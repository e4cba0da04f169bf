/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { ChangeBoundsOperation, ElementAndBounds, GChildElement, GModelElement, isBoundsAware } from '@eclipse-glsp/client';

/** Along which axis {@link distribute} spaces the nodes. */
export type Axis = 'horizontal' | 'vertical';

/**
 * Whether the nodes can be distributed: three or more with bounds, inside the same parent (their
 * positions are relative to it, so nodes of different parents have no common line to space on).
 */
export function canDistribute(nodes: readonly GModelElement[]): boolean {
    const parentOf = (node: GModelElement): unknown => (node instanceof GChildElement ? node.parent : undefined);
    return nodes.length > 2 && nodes.every(isBoundsAware) && nodes.every(node => parentOf(node) === parentOf(nodes[0]));
}

/**
 * The operation that spaces the nodes with equal gaps along the axis, as drawing tools do: the
 * first and the last stay where they are, the others keep their order and their other coordinate.
 * Every node's bounds are sent, so that all of them keep the place they have now.
 */
export function distribute(nodes: readonly GModelElement[], axis: Axis): ChangeBoundsOperation {
    const boxes = nodes.filter(isBoundsAware).map(node => ({ id: node.id, bounds: node.bounds }));
    const start = (box: (typeof boxes)[number]): number => (axis === 'horizontal' ? box.bounds.x : box.bounds.y);
    const length = (box: (typeof boxes)[number]): number => (axis === 'horizontal' ? box.bounds.width : box.bounds.height);
    boxes.sort((a, b) => start(a) - start(b) || a.id.localeCompare(b.id));
    const first = boxes[0];
    const last = boxes[boxes.length - 1];
    const span = start(last) + length(last) - start(first);
    const gap = (span - boxes.reduce((sum, box) => sum + length(box), 0)) / (boxes.length - 1);
    let next = start(first);
    const moved: ElementAndBounds[] = boxes.map(box => {
        const at = next;
        next += length(box) + gap;
        return {
            elementId: box.id,
            newSize: { width: box.bounds.width, height: box.bounds.height },
            newPosition: axis === 'horizontal' ? { x: at, y: box.bounds.y } : { x: box.bounds.x, y: at }
        };
    });
    return ChangeBoundsOperation.create(moved);
}
