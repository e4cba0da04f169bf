/** @jsx svg */
/*
 * Copyright (c) 2026 Segmenta contributors
 * SPDX-License-Identifier: EPL-2.0
 */
import {
    GEdge,
    IViewArgs,
    Point,
    PolylineEdgeViewWithGapsOnIntersections,
    RenderingContext,
    ShapeView,
    angleOfPoint,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { SegmentaLabel, SegmentaNode } from './model';

/*
 * Views for the GModel the Segmenta server sends. The server puts the description's style into each
 * element's args (shape, fill, stroke, header colour, dash, arrow) and its css classes. Shapes: rect,
 * rounded, pill, ellipse, card, container.
 */

type StyleArgs = Record<string, string | number | boolean | undefined>;

function styleOf(element: { args?: unknown }): StyleArgs {
    return (element.args ?? {}) as StyleArgs;
}

function str(args: StyleArgs, key: string, fallback: string): string {
    const value = args[key];
    return typeof value === 'string' && value.length > 0 ? value : fallback;
}

function num(args: StyleArgs, key: string, fallback: number): number {
    const value = args[key];
    return typeof value === 'number' ? value : fallback;
}

const CARD_HEADER = 30;
const CONTAINER_HEADER = 28;
/** The size of a note's folded corner, as the export draws it. */
const NOTE_FOLD = 12;

/*
 * Below these sizes on screen nothing can be read, so it is not drawn: fitting a map of thousands
 * of nodes to the window would otherwise put tens of thousands of sub-pixel texts into the page,
 * which is most of the time it takes to show it. Zooming in draws them.
 */
const MIN_SCREEN_FONT = 2;
const MIN_SCREEN_NODE = 4;

/** The zoom the element is drawn at; 1 when it is measured rather than shown (hidden rendering). */
function zoomOf(element: { root: unknown }, context: RenderingContext): number {
    const zoom = (element.root as { zoom?: number }).zoom;
    return context.targetKind !== 'hidden' && typeof zoom === 'number' && zoom > 0 ? zoom : 1;
}

@injectable()
export class SegmentaNodeView extends ShapeView {
    render(node: SegmentaNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const args = styleOf(node);
        const width = Math.max(node.size.width, 1);
        const height = Math.max(node.size.height, 1);
        const fill = str(args, 'fill', '#ffffff');
        const stroke = str(args, 'stroke', '#5b6b7f');
        const strokeWidth = num(args, 'strokeWidth', 1.5);
        const dash = str(args, 'dash', '');
        const shape = str(args, 'shape', 'rounded');
        const outline = { fill, stroke, 'stroke-width': strokeWidth, 'stroke-dasharray': dash || undefined };
        const zoom = zoomOf(node, context);
        const legible = width * zoom >= MIN_SCREEN_NODE || height * zoom >= MIN_SCREEN_NODE;
        return (
            <g class-segmenta-node={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                {this.renderShape(shape, width, height, outline, args)}
                {legible ? context.renderChildren(node) : undefined}
                {args.pinned === true ? this.renderPin(width) : undefined}
            </g>
        );
    }

    /** A pin head on the top right corner: Arrange all leaves this node where it is. */
    protected renderPin(width: number): VNode {
        return (
            <g class-segmenta-pin={true} transform={`translate(${width - 4}, 4)`}>
                <line x1={0} y1={0} x2={-6} y2={8} stroke='#7B341E' stroke-width={1.5} />
                <circle cx={0} cy={0} r={4.5} fill='#DD6B20' stroke='#7B341E' stroke-width={1} />
            </g>
        );
    }

    protected renderShape(shape: string, width: number, height: number, outline: StyleArgs, args: StyleArgs): VNode[] {
        const body = (attrs: StyleArgs): VNode => <rect class-segmenta-shape={true} x={0} y={0} width={width} height={height} {...attrs} />;
        switch (shape) {
            case 'ellipse':
                return [<ellipse class-segmenta-shape={true} cx={width / 2} cy={height / 2} rx={width / 2} ry={height / 2} {...outline} />];
            case 'pill':
                return [body({ ...outline, rx: height / 2, ry: height / 2 })];
            case 'rect':
                return [body({ ...outline, rx: 2, ry: 2 })];
            case 'note': {
                // a note: its top-right corner folded down
                const fold = Math.min(NOTE_FOLD, width / 2, height / 2);
                const sheet = `M0,0 L${width - fold},0 L${width},${fold} L${width},${height} L0,${height} Z`;
                const corner = `M${width - fold},0 L${width - fold},${fold} L${width},${fold} Z`;
                return [
                    <path class-segmenta-shape={true} class-segmenta-note={true} d={sheet} {...outline} />,
                    <path class-segmenta-note-fold={true} d={corner} fill={outline.stroke} fill-opacity={0.35} stroke={outline.stroke}
                        stroke-width={outline['stroke-width']} />
                ];
            }
            case 'text':
                // a free text box: no fill and no border, but still there to be clicked and dragged
                return [body({ fill: 'transparent', stroke: 'none' })];
            case 'card':
            case 'container': {
                const header = shape === 'card' ? CARD_HEADER : CONTAINER_HEADER;
                const radius = 8;
                const headerFill = str(args, 'headerFill', String(outline.stroke));
                // the header band: rounded at the top, square where it meets the body
                const band = `M0,${header} L0,${radius} Q0,0 ${radius},0 L${width - radius},0 Q${width},0 ${width},${radius} L${width},${header} Z`;
                return [
                    body({ ...outline, rx: radius, ry: radius }),
                    <path class-segmenta-header={true} d={band} fill={headerFill} />,
                    <rect class-segmenta-outline={true} x={0} y={0} width={width} height={height} rx={radius} ry={radius}
                        fill='none' stroke={outline.stroke} stroke-width={outline['stroke-width']} />
                ];
            }
            default:
                return [body({ ...outline, rx: 10, ry: 10 })];
        }
    }
}

/** Measures text as the page will draw it (the page's font, this size and weight). */
export type TextWidth = (text: string) => number;

let measuringContext: CanvasRenderingContext2D | null | undefined;

export function textWidth(fontSize: number, weight: string): TextWidth {
    if (measuringContext === undefined) {
        measuringContext = document.createElement('canvas').getContext('2d');
    }
    const context = measuringContext;
    const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
    return text => {
        if (!context) {
            return text.length * fontSize * 0.56;
        }
        context.font = `${weight} ${fontSize}px ${family}`;
        return context.measureText(text).width;
    };
}

/** Splits text into at most maxLines lines no wider than maxWidth, at spaces where it can; cut text ends in "…". */
export function wrap(text: string, maxWidth: number, maxLines: number, width: TextWidth): string[] {
    const fit = (line: string): string => {
        if (width(line) <= maxWidth) {
            return line;
        }
        let cut = line;
        while (cut.length > 1 && width(cut + '…') > maxWidth) {
            cut = cut.substring(0, cut.length - 1);
        }
        return cut + '…';
    };
    const words = text.split(/\s+/).filter(word => word.length > 0);
    const lines: string[] = [];
    let line = '';
    for (const word of words) {
        const candidate = line.length === 0 ? word : `${line} ${word}`;
        if (line.length === 0 || width(candidate) <= maxWidth) {
            line = candidate;
        } else {
            lines.push(line);
            line = word;
        }
    }
    lines.push(line);
    if (lines.length > maxLines) {
        const kept = lines.slice(0, maxLines);
        kept[maxLines - 1] = fit(kept[maxLines - 1] + ' ' + lines[maxLines]).replace(/…?$/, '…');
        return kept.map(fit);
    }
    return lines.map(fit);
}

/** A note's text: its own line breaks kept, each line wrapped, at most maxLines lines in all. */
export function paragraphs(text: string, maxWidth: number, maxLines: number, width: TextWidth): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
        if (lines.length >= maxLines) {
            break;
        }
        lines.push(...(paragraph.trim().length === 0 ? ['\u00a0'] : wrap(paragraph, maxWidth, maxLines - lines.length, width)));
    }
    return lines;
}

/**
 * A label in the box the server gives it (position and size): wrapped to the box's width, centred
 * or left-aligned ("align" arg), vertically centred.
 */
@injectable()
export class SegmentaLabelView extends ShapeView {
    render(label: SegmentaLabel, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        const args = styleOf(label);
        const width = label.size.width > 0 ? label.size.width : num(args, 'maxWidth', 160);
        const height = label.size.height > 0 ? label.size.height : 20;
        const fontSize = num(args, 'fontSize', 13);
        if (fontSize * zoomOf(label, context) < MIN_SCREEN_FONT) {
            return undefined;
        }
        const lineHeight = Math.round(fontSize * 1.25);
        const maxLines = Math.max(1, Math.floor(height / lineHeight));
        const weight = str(args, 'fontWeight', 'normal');
        const multiline = args.multiline === true;
        const lines = multiline ? paragraphs(label.text, width, maxLines, textWidth(fontSize, weight))
            : wrap(label.text, width, maxLines, textWidth(fontSize, weight));
        const start = str(args, 'align', 'middle') === 'start';
        const x = start ? 0 : width / 2;
        // a note's text runs from the top; other labels are centred in their box
        const firstY = multiline ? fontSize : height / 2 - ((lines.length - 1) * lineHeight) / 2;
        return (
            <g class-segmenta-label-box={true}>
                <rect class-segmenta-label-hit={true} x={0} y={0} width={width} height={height} />
                <text class-sprotty-label={true} class-segmenta-label={true} x={x} y={firstY}
                    style={{
                        // inline, because the GLSP style sheet centres every .sprotty-label
                        textAnchor: start ? 'start' : 'middle',
                        fill: str(args, 'fill', '#1d2633'),
                        fontSize: `${fontSize}px`,
                        fontWeight: weight
                    }}>
                    {lines.map((line, index) => (
                        <tspan x={x} dy={index === 0 ? 0 : lineHeight}>
                            {line}
                        </tspan>
                    ))}
                </text>
            </g>
        );
    }
}

/** Edges in the style's colour and dash, with an arrowhead at the target unless the style says none. */
@injectable()
export class SegmentaEdgeView extends PolylineEdgeViewWithGapsOnIntersections {
    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext, args?: IViewArgs): VNode {
        const line = super.renderLine(edge, segments, context, args);
        const style = styleOf(edge);
        const attrs = (line.data ??= {}).attrs ?? (line.data.attrs = {});
        attrs['stroke'] = str(style, 'stroke', '#6b7a90');
        attrs['stroke-width'] = num(style, 'strokeWidth', 1.5);
        const dash = str(style, 'dash', '');
        if (dash) {
            attrs['stroke-dasharray'] = dash;
        }
        return line;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const style = styleOf(edge);
        const colour = str(style, 'stroke', '#6b7a90');
        const target = this.renderEnd(str(style, 'targetArrow', 'arrow'), segments[segments.length - 2], segments[segments.length - 1], colour);
        const source = this.renderEnd(str(style, 'sourceArrow', 'none'), segments[1], segments[0], colour);
        return [...additionals, ...(target ? [target] : []), ...(source ? [source] : [])];
    }

    /** The decoration at end point p2 of the segment p1-p2: arrow, diamond, dot or none. */
    protected renderEnd(kind: string, p1: Point, p2: Point, colour: string): VNode | undefined {
        const paths: Record<string, string> = {
            arrow: 'M 0.5,0 L 11,-5 L 11,5 Z',
            diamond: 'M 0.5,0 L 8,-5 L 15.5,0 L 8,5 Z',
            dot: 'M 0.5,0 a 4.5,4.5 0 1,0 9,0 a 4.5,4.5 0 1,0 -9,0'
        };
        const d = paths[kind];
        if (!d) {
            return undefined;
        }
        const angle = toDegrees(angleOfPoint(Point.subtract(p1, p2)));
        return (
            <path class-segmenta-arrow={true} d={d} fill={kind === 'diamond' ? '#ffffff' : colour} stroke={colour} stroke-width={1.5}
                transform={`rotate(${angle} ${p2.x} ${p2.y}) translate(${p2.x} ${p2.y})`} />
        );
    }
}
