/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Args, ArgsAware, GLabel, GNode } from '@eclipse-glsp/client';

/** A node with the style args the server sends (fill, stroke, text colour, header colour, dash). */
export class SegmentaNode extends GNode implements ArgsAware {
    args?: Args;
}

/** A label with its args (align, font size and weight, colour). */
export class SegmentaLabel extends GLabel implements ArgsAware {
    args?: Args;
}
