import { EditorContextService, GGraph, GModelRoot, IDiagramOptions, IDiagramStartup, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

interface LayerDescription {
    id: string;
    label: string;
    visible: boolean;
}

/**
 * The description's layers as switches above the diagram. The server lists them in the graph's
 * "layers" arg and marks every element with the css class layer-<id>; switching a layer off hides
 * those elements in this view only (nothing changes in the model).
 */
@injectable()
export class LayerPanel implements IDiagramStartup {
    @inject(EditorContextService) protected editorContext!: EditorContextService;
    @inject(TYPES.IDiagramOptions) protected options!: IDiagramOptions;

    protected panel?: HTMLElement;
    protected hidden = new Set<string>();

    postModelInitialization(): void {
        this.update(this.editorContext.modelRoot);
        this.editorContext.onModelRootChanged(root => this.update(root));
    }

    protected update(root: Readonly<GModelRoot>): void {
        const layers = this.layersOf(root);
        const base = document.getElementById(this.options.clientId);
        if (!base || layers.length === 0) {
            return;
        }
        if (!this.panel) {
            for (const layer of layers.filter(l => !l.visible)) {
                this.hidden.add(layer.id);
            }
            this.panel = document.createElement('div');
            this.panel.className = 'segmenta-layers';
            base.parentElement?.appendChild(this.panel);
        }
        this.panel.replaceChildren(...layers.map(layer => this.switchFor(layer, base)));
        this.apply(base, layers);
    }

    protected switchFor(layer: LayerDescription, base: HTMLElement): HTMLElement {
        const label = document.createElement('label');
        label.className = 'segmenta-layer';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = !this.hidden.has(layer.id);
        box.dataset.layer = layer.id;
        box.addEventListener('change', () => {
            if (box.checked) {
                this.hidden.delete(layer.id);
            } else {
                this.hidden.add(layer.id);
            }
            this.apply(base, this.layersOf(this.editorContext.modelRoot));
        });
        label.append(box, document.createTextNode(layer.label));
        return label;
    }

    protected apply(base: HTMLElement, layers: LayerDescription[]): void {
        for (const layer of layers) {
            base.classList.toggle(`hide-layer-${layer.id}`, this.hidden.has(layer.id));
        }
        let sheet = document.getElementById('segmenta-layer-rules');
        if (!sheet) {
            sheet = document.createElement('style');
            sheet.id = 'segmenta-layer-rules';
            document.head.appendChild(sheet);
        }
        sheet.textContent = layers.map(layer => `.hide-layer-${layer.id} .layer-${layer.id} { display: none; }`).join('\n');
    }

    protected layersOf(root: Readonly<GModelRoot>): LayerDescription[] {
        const layers = ((root as GGraph).args ?? {})['layers'];
        if (typeof layers !== 'string') {
            return [];
        }
        try {
            return JSON.parse(layers) as LayerDescription[];
        } catch {
            return [];
        }
    }
}
