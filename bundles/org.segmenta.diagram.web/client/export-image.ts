/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Action, IActionHandler } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

export type ImageFormat = 'svg' | 'png';

/** Asks the server for the diagram as an image, drawn by the painter of `./segmenta export-diagram`. */
export interface ExportImageAction extends Action {
    kind: 'segmentaExportImage';
    format: ImageFormat;
}

export function exportImage(format: ImageFormat): ExportImageAction {
    return { kind: 'segmentaExportImage', format };
}

/** The server's answer: the image's file name and bytes (Base64). */
export interface ExportImageResult extends Action {
    kind: 'segmentaExportImageResult';
    format: ImageFormat;
    fileName: string;
    mimeType: string;
    data: string;
}

export const EXPORT_IMAGE_RESULT = 'segmentaExportImageResult';

declare global {
    interface Window {
        /** The workbench's hook: exports with its own file dialog (the page cannot save files there). */
        segmentaHostExport?: (format: ImageFormat) => void;
        /** The last images exported, for tests: file name and size in bytes. */
        segmentaExports?: { fileName: string; bytes: number }[];
    }
}

/** The export to start: the host's, in the workbench, else the server's image, saved as a download. */
export function startExport(format: ImageFormat, dispatch: (action: Action) => void): void {
    if (window.segmentaHostExport) {
        window.segmentaHostExport(format);
    } else {
        dispatch(exportImage(format));
    }
}

/** Saves the image the server sent as a download. */
@injectable()
export class ExportImageResultHandler implements IActionHandler {
    handle(action: Action): void {
        const result = action as ExportImageResult;
        const bytes = Uint8Array.from(atob(result.data), c => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: result.mimeType }));
        const link = document.createElement('a');
        link.href = url;
        link.download = result.fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        (window.segmentaExports ??= []).push({ fileName: result.fileName, bytes: bytes.length });
    }
}
