/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { ToolPalette } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * A palette whose tools come and go with their layers: the server leaves out the tools of layers
 * that are off, so the palette asks for its tools again after every model update, as GLSP's
 * palette does for dynamic tools.
 */
@injectable()
export class LayerToolPalette extends ToolPalette {
    protected override async setPaletteItems(): Promise<void> {
        await super.setPaletteItems();
        this.dynamic = true;
    }
}
