/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { EdgeEditTool, GModelElement, findParentByFeature, isConnectable } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** What this tool needs of GLSP's edge edit listener (a class the client does not export). */
interface EdgeEditListener {
    newConnectable?: GModelElement;
    setNewConnectable(connectable?: GModelElement): void;
    draggingMouseMove(target: GModelElement, event: MouseEvent): unknown;
}

/**
 * GLSP's edge edit tool, whose reconnect works when the end is released over a node: GLSP 2.3
 * finds the node under the dragged end on mouseover but forgets it on every following mouse move,
 * so a drop after the pointer moved within the node reconnected nothing. This keeps the node while
 * the pointer is still over it.
 */
@injectable()
export class ReconnectingEdgeEditTool extends EdgeEditTool {
    override enable(): void {
        super.enable();
        const listener = (this as unknown as { edgeEditListener: EdgeEditListener }).edgeEditListener;
        const move = listener.draggingMouseMove.bind(listener);
        listener.draggingMouseMove = (target, event) => {
            const kept = listener.newConnectable;
            const result = move(target, event);
            if (kept && findParentByFeature(target, isConnectable) === kept) {
                listener.setNewConnectable(kept);
            }
            return result;
        };
    }
}
