/**
 * The network graph, and (beside it, in the side panels) the details of the selected node, edge or
 * bias with an editor for a selected weight or bias. Hovering a hidden unit shows its output on the
 * decision boundary.
 */
import type { PointerEvent } from 'react';
import { format, messages } from '../i18n';
import { Suspense, useMemo } from 'react';
import { selectCurrentSample, selectHiddenSpan, type AppState, type AppStore } from '../store';
import { graphValuesFromSession } from '../viz/graphValues';
import { maskGraphValues } from '../viz/quizMask';
import { biasName, weightName } from '../viz/names';
import { cellId, targetId, targetKey, type GraphTarget } from '../viz/target';
import { CommitField } from './controls/CommitField';
import { lazyNamed } from './LazyPanel';
import { NetworkGraph } from './graph/NetworkGraph';
import { PLAY_PACES, usePlayPaced } from './hooks/usePlayPaced';
import { useAppStore, useStoreApi } from './StoreContext';

const t = messages.data;

// The arithmetic and the matrices of a selection: loaded after the first paint (see LazyPanel).
const DetailsPanel = lazyNamed(() => import('./graph/DetailsPanel'), 'DetailsPanel');
const LayerMatrixForm = lazyNamed(() => import('./matrixForm/LayerMatrixForm'), 'LayerMatrixForm');
// Only once the reader switches to Table.
const ValuesTable = lazyNamed(() => import('./values/ValuesTable'), 'ValuesTable');

function ParameterEditor({ selection }: { selection: GraphTarget }) {
  const setWeight = useAppStore((s) => s.setWeight);
  const setBias = useAppStore((s) => s.setBias);
  const value = useAppStore((s) => {
    if (selection.kind === 'node') return null;
    const layer = s.session.model.layers[selection.layer - 1];
    if (!layer) return null;
    return selection.kind === 'edge'
      ? layer.W[selection.to * layer.inSize + selection.from]
      : layer.b[selection.index];
  });
  if (selection.kind === 'node' || value === null || value === undefined) return null;
  const label =
    selection.kind === 'edge'
      ? format(t.editWeight, { name: weightName(selection.layer, selection.to, selection.from) })
      : format(t.editBias, { name: biasName(selection.layer, selection.index) });
  return (
    <label className="parameter-editor" title={t.editHint}>
      <span>{label}</span>
      <CommitField
        key={targetKey(selection)}
        label={label}
        title={t.editHint}
        value={String(value)}
        onCommit={(text) =>
          selection.kind === 'edge'
            ? setWeight(selection.layer, selection.to, selection.from, text)
            : setBias(selection.layer, selection.index, text)
        }
        width={12}
      />
    </label>
  );
}

/** "2:1" on a node of a hidden layer → that unit; anything else → null. */
function hiddenUnitAt(target: EventTarget, hiddenLayers: number): { layer: number; index: number } | null {
  const node = target instanceof Element ? target.closest('[data-node]') : null;
  const [layer, index] = (node?.getAttribute('data-node') ?? '').split(':').map(Number);
  if (layer === undefined || index === undefined || !(layer >= 1 && layer <= hiddenLayers)) return null;
  return { layer, index };
}

type GraphValuesArgs = Parameters<typeof graphValuesFromSession>;
type GraphValuesCache = { args: GraphValuesArgs; values: ReturnType<typeof graphValuesFromSession> };

/** One remembered answer per store: the graph and the details panel ask for the same values. */
const caches = new WeakMap<AppStore, GraphValuesCache>();

/** graphValuesFromSession for `store`, computed once per change of its arguments. */
function graphValuesFor(store: AppStore, ...args: GraphValuesArgs) {
  const cached = caches.get(store);
  if (cached && args.every((arg, k) => arg === cached.args[k])) return cached.values;
  const values = graphValuesFromSession(...args);
  caches.set(store, { args, values });
  return values;
}

/** What the graph shows a step of: paced during fast Play (usePlayPaced), taken together. */
const selectShownStep = (s: AppState) => [s.session, selectCurrentSample(s)] as const;

/**
 * The graph's numbers, recomputed only when the session or what frames it changes; without the
 * values an open Predict-first question hides.
 */
export function useGraphValues() {
  const [session, sample] = usePlayPaced(selectShownStep, PLAY_PACES.graph);
  const batchSize = useAppStore((s) => s.batchSize);
  const learningRate = useAppStore((s) => s.optimizer.learningRate);
  const optimizer = useAppStore((s) => s.optimizer.kind);
  const hidden = useAppStore(selectHiddenSpan);
  const values = graphValuesFor(useStoreApi(), session, sample, batchSize, learningRate, optimizer);
  return useMemo(() => maskGraphValues(values, hidden), [values, hidden]);
}

/**
 * Where the keyboard goes back to when the details close: the selection's own place in the view on
 * screen. In Graph view its element (DOM contract data-node/-edge/-bias); in Table view its W or b
 * cell, or its unit's row head, else the Table view itself.
 */
function placeOf(target: GraphTarget): HTMLElement | SVGElement | null {
  const table = document.querySelector<HTMLElement>('.graph-area .values-view');
  if (!table) {
    return document.querySelector<HTMLElement | SVGElement>(`[data-${target.kind}="${targetId(target)}"]`);
  }
  const cell = cellId(target);
  const place = cell ? `[data-cell="${cell}"]` : `[data-unit-row="${targetId(target)}"]`;
  return table.querySelector<HTMLElement>(place) ?? table;
}

/** Details of the selection and its editor; nothing without a selection. */
export function SelectionDetails() {
  const selection = useAppStore((s) => s.ui.selection);
  const select = useAppStore((s) => s.select);
  if (!selection) return null;
  // Closing removes the focused close button; focus goes back to what it described, in the graph
  // or in the table, so the keyboard stays where the person was rather than falling to the page.
  const close = () => {
    const place = placeOf(selection);
    select(null);
    place?.focus();
  };
  return (
    <div className="panel selection-details">
      <SelectedValues selection={selection} onClose={close} />
      <ParameterEditor selection={selection} />
    </div>
  );
}

function SelectedValues({ selection, onClose }: { selection: GraphTarget; onClose: () => void }) {
  const values = useGraphValues();
  return (
    <Suspense fallback={<p className="hint">{messages.common.loading}</p>}>
      <DetailsPanel values={values} selection={selection} onClose={onClose} />
      <LayerMatrixForm values={values} selection={selection} />
    </Suspense>
  );
}

export function GraphArea() {
  const presentation = useAppStore((s) => s.ui.presentation);
  const selection = useAppStore((s) => s.ui.selection);
  const select = useAppStore((s) => s.select);
  const askAbout = useAppStore((s) => s.askAbout);
  const hovered = useAppStore((s) => s.ui.hoveredUnit);
  const setHoveredUnit = useAppStore((s) => s.setHoveredUnit);
  const values = useGraphValues();
  const view = useAppStore((s) => s.ui.valuesView);
  const hiddenLayers = values.sizes.length - 2;
  if (view === 'table')
    return (
      <div className="graph-area">
        <Suspense fallback={<p className="hint">{messages.common.loading}</p>}>
          <ValuesTable values={values} />
        </Suspense>
      </div>
    );
  const onPointerOver = (event: PointerEvent) => {
    const unit = hiddenUnitAt(event.target, hiddenLayers);
    if (unit?.layer !== hovered?.layer || unit?.index !== hovered?.index) setHoveredUnit(unit);
  };
  return (
    <div
      className="graph-area"
      onPointerOver={onPointerOver}
      onPointerLeave={() => hovered && setHoveredUnit(null)}
    >
      <NetworkGraph
        values={values}
        presentation={presentation}
        selection={selection}
        onSelect={(target) => {
          select(target);
          askAbout(target);
        }}
      />
    </div>
  );
}
