/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Action, IActionHandler, MessageAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { message } from './messages';

/** How long a notice stays, in milliseconds. */
const SHOWN_FOR = 8000;

/**
 * Shows the server's messages (why an edit was refused, an export that failed) at the bottom of
 * the page until they time out or are closed; standalone GLSP only logs them.
 */
@injectable()
export class NoticeHandler implements IActionHandler {
    handle(action: Action): void {
        const { message: text, severity } = action as MessageAction;
        if (!text || severity === 'NONE') {
            return;
        }
        let area = document.querySelector<HTMLElement>('.segmenta-notices');
        if (!area) {
            area = document.createElement('div');
            area.className = 'segmenta-notices';
            area.setAttribute('role', 'status');
            area.setAttribute('aria-live', 'polite');
            document.body.appendChild(area);
        }
        const notice = document.createElement('div');
        notice.className = `segmenta-notice severity-${String(severity).toLowerCase()}`;
        const body = document.createElement('span');
        body.textContent = text;
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'codicon codicon-close';
        close.title = message('close');
        close.addEventListener('click', () => notice.remove());
        notice.append(body, close);
        area.appendChild(notice);
        setTimeout(() => notice.remove(), SHOWN_FOR);
    }
}
