/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import { GModelElementRegistration, IView, SModelRegistry, TYPES, ViewRegistration, ViewRegistry } from '@eclipse-glsp/client';
import { injectable, multiInject, optional } from 'inversify';

/*
 * The server names element types after the description's mappings (node:st-segment,
 * edge:vc-member, ...), so that type hints can say per mapping what may be created, connected or
 * deleted. New diagram kinds bring new mapping ids without new client code: element classes and
 * views are looked up by the type, then by its base type (the part before the first colon).
 */
function baseType(type: string): string {
    const colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(0, colon);
}

@injectable()
export class SubtypeModelRegistry extends SModelRegistry {
    /** Registration (in the constructor) must see only exact keys, or 'node:circle' would clash with 'node'. */
    private registered = false;

    constructor(@multiInject(TYPES.SModelElementRegistration) @optional() registrations: GModelElementRegistration[]) {
        super(registrations);
        this.registered = true;
    }

    override hasKey(key: string): boolean {
        return super.hasKey(key) || (this.registered && super.hasKey(baseType(key)));
    }

    /** The feature set of each type: the type hints set features per type, so types must not share them. */
    private readonly featuresOfType = new Map<string, Set<symbol>>();

    override get(key: string, arg: void): ReturnType<SModelRegistry['get']> {
        const exact = super.hasKey(key);
        const element = super.get(exact ? key : baseType(key), arg);
        if (!exact && element.features instanceof Set) {
            // a registration gives all its elements one set: node:st-segment and node:st-segment-persona would share theirs
            let features = this.featuresOfType.get(key);
            if (!features) {
                features = new Set(element.features as Set<symbol>);
                this.featuresOfType.set(key, features);
            }
            element.features = features;
        }
        return element;
    }
}

@injectable()
export class SubtypeViewRegistry extends ViewRegistry {
    constructor(@multiInject(TYPES.ViewRegistration) @optional() registrations: ViewRegistration[]) {
        super(registrations);
    }

    override missing(key: string): IView {
        const base = baseType(key);
        return base !== key && this.hasKey(base) ? this.get(base) : super.missing(key);
    }
}

