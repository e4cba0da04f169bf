/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Args, ArgsAware, GLabel, GNode, editLabelFeature } from '@eclipse-glsp/client';

/** A node with the style args the server sends (fill, stroke, text colour, header colour, dash). */
export class SegmentaNode extends GNode implements ArgsAware {
    args?: Args;
}

/**
 * A label with its args (align, font size and weight, colour). It opens for editing only where the
 * server marks it editable, that is where a rename tool of the description applies: a double click
 * or F2 elsewhere does nothing, instead of opening an edit the server would refuse.
 */
export class SegmentaLabel extends GLabel implements ArgsAware {
    args?: Args;

    override hasFeature(feature: symbol): boolean {
        if (feature === editLabelFeature) {
            return this.args?.editable === true && super.hasFeature(feature);
        }
        return super.hasFeature(feature);
    }
}
