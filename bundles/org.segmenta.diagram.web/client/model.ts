/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { Args, ArgsAware, GModelRoot, EditableLabel, GLabel, GNode, WithEditableLabel, editLabelFeature, withEditLabelFeature } from '@eclipse-glsp/client';

/**
 * A node with the style args the server sends (fill, stroke, text colour, header colour, dash).
 * Its name label is what a double click or F2 on the node edits, where that label is editable.
 */
export class SegmentaNode extends GNode implements ArgsAware, WithEditableLabel {
    args?: Args;

    get editableLabel(): (GLabel & EditableLabel) | undefined {
        return this.children.find((child): child is SegmentaLabel & EditableLabel => child instanceof SegmentaLabel && child.hasFeature(editLabelFeature));
    }

    override hasFeature(feature: symbol): boolean {
        if (feature === withEditLabelFeature) {
            return this.editableLabel !== undefined;
        }
        return super.hasFeature(feature);
    }
}

/**
 * A label with its args (align, font size and weight, colour). It opens for editing only where the
 * server marks it editable, that is where a rename tool of the description applies: a double click
 * or F2 elsewhere does nothing, instead of opening an edit the server would refuse.
 */
export class SegmentaLabel extends GLabel implements ArgsAware {
    args?: Args;

    /** A note's text keeps its line breaks: it is edited in a text area, where Shift+Enter starts a new line. */
    get isMultiLine(): boolean {
        return this.args?.multiline === true;
    }

    override hasFeature(feature: symbol): boolean {
        if (feature === editLabelFeature) {
            return this.args?.editable === true && super.hasFeature(feature);
        }
        return super.hasFeature(feature);
    }
}

/** The JSON array the server puts into one of the root's args (layer switches, hidden elements); empty when there is none. */
export function jsonArrayArg<T>(root: Readonly<GModelRoot>, key: string): T[] {
    const value = ((root as GModelRoot & { args?: Args }).args ?? {})[key];
    if (typeof value !== 'string') {
        return [];
    }
    try {
        return JSON.parse(value) as T[];
    } catch {
        return [];
    }
}
