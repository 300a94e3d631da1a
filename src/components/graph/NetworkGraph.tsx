/**
 * The network graph: React renders the SVG from layoutNetwork (computed once per shape and size) and
 * the GraphValues snapshot. Every node and bias is its own memoised element taking primitive values,
 * so a step re-renders only the elements whose numbers changed. The edges (344 on the largest
 * network, all changed by a whole-pass step) are rendered for their structure and what they draw as
 * text; their per-step attributes are written by useEdgeAttributes, and their lines are drawn on one
 * canvas beneath the SVG (EdgeCanvas).
 */
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { messages } from '../../i18n';
import { valueChars, type GraphValues, type Phase } from '../../viz/graphValues';
import type { EdgeLayout, NetworkLayout } from '../../viz/layoutTypes';
import { layoutNetwork } from '../../viz/layout';
import { parameterChars } from '../../viz/nodeLines';
import { DIRECTION_COLORS, type Direction } from '../../viz/scales';
import { targetId, targetKey, type GraphTarget } from '../../viz/target';
import { BiasView } from './BiasView';
import { EdgeCallout } from './EdgeCallout';
import { EdgeCanvas } from './EdgeCanvas';
import { HitLine } from './HitLine';
import { drawsNumbers, EdgeView } from './EdgeView';
import { LayerHeader } from './LayerHeader';
import { MatrixFrame } from './MatrixFrame';
import { NodeView } from './NodeView';
import { UnitsTableFrame } from './UnitsTableFrame';
import { useEdgeAttributes } from './useEdgeAttributes';
import { useElementSize, type Size } from './useElementSize';
import { useGraphKeyboard } from './useGraphKeyboard';
import './graph.css';

export interface NetworkGraphProps {
  values: GraphValues;
  /** Larger type and strokes (16 px text at least). */
  presentation?: boolean;
  selection: GraphTarget | null;
  /** Called with the clicked, Enter/Space-pressed or arrowed-to node, edge or bias. */
  onSelect: (target: GraphTarget) => void;
  /** A fixed drawing size; without it the graph measures its container. */
  width?: number;
  height?: number;
}

/** The graph's share of a 1280×720 window: used until the container is measured (and in jsdom). */
export const DEFAULT_GRAPH_SIZE: Size = { width: 860, height: 560 };

function directionOf(phase: Phase): Direction | null {
  if (phase === 'forward' || phase === 'loss') return 'forward';
  if (phase === 'backward') return 'backward';
  return null;
}

/** A callback whose identity never changes, calling the latest `callback` (keeps memoised children still). */
function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const ref = useRef(callback);
  useLayoutEffect(() => {
    ref.current = callback;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

/**
 * The characters the layout reserves per value: the widest value seen since the network got its
 * shape. It only grows, so the graph is laid out again at most a few times per shape (never per
 * frame of Play, where gradients cross 0.01 back and forth).
 */
function useReservedChars(shapeKey: string, needed: number): number {
  const [reserved, setReserved] = useState({ shapeKey, chars: needed });
  if (reserved.shapeKey !== shapeKey || needed > reserved.chars) {
    const next = { shapeKey, chars: needed };
    setReserved(next);
    return next.chars;
  }
  return reserved.chars;
}

/** One group per layer of one element per edge. */
function edgeLayers(layout: NetworkLayout, draw: (edge: EdgeLayout) => ReactNode): ReactNode {
  return layout.edges.map((layer, l) => (
    <g key={l} className="graph-layer">
      {layer.map((row) => row.map(draw))}
    </g>
  ));
}

/** The edge whose hit line (in the strokes layer) is under the pointer, if any. */
function hitEdgeId(target: EventTarget): string | null {
  return target instanceof Element ? target.getAttribute('data-hit') : null;
}

export function NetworkGraph({
  values,
  presentation = false,
  selection,
  onSelect,
  width,
  height,
}: NetworkGraphProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const measured = useElementSize(containerRef, DEFAULT_GRAPH_SIZE);
  const area = { width: width ?? measured.width, height: height ?? measured.height };
  const sizesKey = values.sizes.join(',');
  const sizes = useMemo(() => sizesKey.split(',').map(Number), [sizesKey]);
  const chars = useReservedChars(sizesKey, valueChars(values));
  const layout = useMemo(
    () => layoutNetwork(sizes, { width: area.width, height: area.height, presentation, valueChars: chars }),
    [sizes, area.width, area.height, presentation, chars],
  );
  const select = useStableCallback(onSelect);
  const keyboard = useGraphKeyboard(svgRef, values, selection, select);
  const hintId = useId();
  const [hovered, setHovered] = useState<string | null>(null);

  const labelChars = parameterChars(layout.metrics);
  const selected = targetKey(selection);
  useEdgeAttributes(svgRef, layout, values);
  // With labels on the edges, the hit lines sit below every label (see HitLine): a click on one
  // selects its edge here.
  const selectHitEdge = (event: MouseEvent) => {
    const id = hitEdgeId(event.target);
    const [layer, to, from] = (id ?? '').split(':').map(Number);
    if (id && layer !== undefined && to !== undefined && from !== undefined)
      select({ kind: 'edge', layer, to, from });
  };
  const direction = directionOf(values.phase);
  const active = values.activeLayer;
  const highlightOf = (layer: number) => (layer === active ? direction : null);

  // The weight looked at: hovered, else selected.
  const selectedEdge = selection?.kind === 'edge' ? targetId(selection) : null;
  const lookedAtEdge = hovered ?? selectedEdge;
  const calloutId = layout.compact ? lookedAtEdge : null;
  const callout = calloutId ? layout.edges.flat(2).find((edge) => edge.id === calloutId) : undefined;
  // The table layout draws no lines: the weight looked at lights up the rows of the two units it
  // joins instead (W_L[I][J]: unit J of layer L − 1 and unit I of layer L), a selected bias b_L[I]
  // the row of unit I of layer L.
  const tables = layout.tables.length > 0;
  const [linkLayer, linkTo, linkFrom] = (tables && lookedAtEdge ? lookedAtEdge : '').split(':').map(Number);
  const linked = (l: number, unit: number) =>
    tables &&
    ((lookedAtEdge !== null &&
      ((l === linkLayer && unit === linkTo) || (l === linkLayer! - 1 && unit === linkFrom))) ||
      (selection?.kind === 'bias' && l === selection.layer && unit === selection.index));

  // The edge elements, rendered again only when what they draw changes. In compact mode no edge
  // draws its numbers until it is looked at (hovered, selected or the tab stop), so a step that
  // changes all 344 edges of the largest network re-renders none of them: React skips the whole
  // group, and useEdgeAttributes writes their numbers.
  const edgeLookedAt = lookedAtEdge !== null || keyboard.tabStop.startsWith('edge:');
  const edgeNumbers =
    layout.mode.edgeLabels || layout.matrices.length > 0 || edgeLookedAt ? values.edges : null;
  const tabStop = keyboard.tabStop;
  const edges = useMemo(
    () =>
      edgeLayers(layout, (edge) => {
        const key = `edge:${edge.id}`;
        const cell = layout.matrices[edge.layer - 1]?.cells[edge.i]?.[edge.j] ?? null;
        const isTabStop = tabStop === key;
        const lookedAt = selected === key || hovered === edge.id || isTabStop;
        const p = edgeNumbers?.[edge.layer]?.[edge.i]?.[edge.j] ?? null;
        return (
          <EdgeView
            key={edge.id}
            edge={edge}
            numbers={p && drawsNumbers(edge, cell, lookedAt) ? p : null}
            selected={selected === key}
            tabStop={isTabStop}
            emphasis={hovered === edge.id}
            onSelect={select}
            onHover={setHovered}
            hitLine={!layout.mode.edgeLabels && !tables}
            cell={cell}
            labelChars={labelChars}
          />
        );
      }),
    [layout, edgeNumbers, selected, hovered, tabStop, select, tables, labelChars],
  );
  const hitLines = useMemo(
    () => edgeLayers(layout, (edge) => <HitLine key={edge.id} segment={edge} id={edge.id} />),
    [layout],
  );

  return (
    <div className="network-graph" ref={containerRef}>
      {!tables && <EdgeCanvas layout={layout} values={values} selected={selectedEdge} emphasis={hovered} />}
      <svg
        ref={svgRef}
        role="group"
        aria-label={messages.graph.label}
        aria-describedby={hintId}
        data-keys="navigation"
        onKeyDown={keyboard.onKeyDown}
        onFocus={keyboard.onFocus}
        onMouseDown={keyboard.onMouseDown}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ fontSize: layout.metrics.fontSize }}
        className={presentation ? 'graph-svg is-presentation' : 'graph-svg'}
        data-compact={layout.compact ? 'true' : undefined}
      >
        {/* Every column's band is drawn, only the active one visible: showing or hiding one costs a
            style change, while moving one re-laid out the whole SVG on each whole-pass click. */}
        {layout.columns.map((column) => {
          const shown = column.layer === active && direction !== null;
          return (
            <rect
              key={column.layer}
              className="graph-band"
              data-band={column.layer}
              {...column.band}
              fill={shown ? DIRECTION_COLORS[direction] : undefined}
              visibility={shown ? 'visible' : 'hidden'}
              rx={8}
            />
          );
        })}
        {layout.headers.map((header) => (
          <LayerHeader
            key={header.layer}
            header={header}
            sizes={sizes}
            activation={values.activations[header.layer] ?? null}
            highlight={highlightOf(header.layer)}
          />
        ))}
        {layout.matrices.map((matrix) => (
          <MatrixFrame key={matrix.layer} matrix={matrix} updated={values.phase === 'update'} />
        ))}
        {layout.tables.map((table, k) => (
          <UnitsTableFrame key={k} table={table} activations={values.activations} />
        ))}
        {layout.mode.edgeLabels && (
          <g
            className="graph-strokes"
            aria-hidden="true"
            onClick={selectHitEdge}
            onPointerOver={(event) => setHovered(hitEdgeId(event.target))}
            onPointerLeave={() => setHovered(null)}
          >
            {/* The edges' hit lines, below every label: a click on a line under a label selects its edge. */}
            {hitLines}
          </g>
        )}
        <g className="graph-edges">{edges}</g>
        <g className="graph-biases">
          {layout.biases.map((layer, l) =>
            layer.map((bias) => {
              const p = values.biases[l]![bias.unit]!;
              return (
                <BiasView
                  key={bias.id}
                  bias={bias}
                  b={p.value}
                  dLdb={p.grad}
                  old={p.old}
                  cell={layout.matrices[l - 1]?.cells[bias.unit]?.at(-1) ?? null}
                  labelChars={labelChars}
                  selected={selected === `bias:${bias.id}`}
                  tabStop={keyboard.tabStop === `bias:${bias.id}`}
                  onSelect={select}
                />
              );
            }),
          )}
        </g>
        <g className="graph-nodes">
          {layout.nodes.map((layer, l) =>
            layer.map((node) => {
              const v = values.nodes[l]![node.unit]!;
              return (
                <NodeView
                  key={node.id}
                  node={node}
                  detail={layout.mode.nodeDetail}
                  z={v.z}
                  a={v.a}
                  dLdz={v.dLdz}
                  dLda={v.dLda}
                  target={l === values.sizes.length - 1 ? values.y[node.unit] : undefined}
                  active={highlightOf(l) !== null}
                  selected={selected === `node:${node.id}`}
                  linked={linked(l, node.unit)}
                  tabStop={keyboard.tabStop === `node:${node.id}`}
                  onSelect={select}
                />
              );
            }),
          )}
        </g>
        {callout && (
          <EdgeCallout
            edge={callout}
            values={values.edges[callout.layer]![callout.i]![callout.j]!}
            labelChars={labelChars}
          />
        )}
      </svg>
      <p id={hintId} className="visually-hidden">
        {messages.graph.keyboard.hint}
      </p>
      <p className="visually-hidden" role="status" data-testid="graph-announcement">
        {keyboard.announcement}
      </p>
    </div>
  );
}
