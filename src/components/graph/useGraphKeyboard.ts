/**
 * The network graph as one tab stop (a roving tabindex): Tab enters it at the element last focused
 * (else the selection, else input x₁) and leaves it at once; inside, the arrows, Home and End move
 * the focus and the selection together (viz/graphNavigation), and the selection's arithmetic is
 * announced through a polite live region. Only a key press changes the announcement: Play and the
 * steps never make it speak.
 *
 * A click selects without taking the focus from the page or a button (it still leaves a text field,
 * which commits it): a teacher who clicks a node to show its arithmetic keeps stepping with → and ←.
 * The next Tab enters the graph at the clicked element.
 */
import { useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { format, messages } from '../../i18n';
import type { GraphValues } from '../../viz/graphValues';
import { graphMoveOf, moveInGraph } from '../../viz/graphNavigation';
import { targetExists, targetFromId, targetId, targetKey, type GraphTarget } from '../../viz/target';

const KINDS = ['node', 'edge', 'bias'] as const;
const ELEMENTS = KINDS.map((kind) => `[data-${kind}]`).join(', ');

/** The graph element an event happened in, as a target. */
function targetOfElement(element: EventTarget): GraphTarget | null {
  const found = element instanceof Element ? element.closest(ELEMENTS) : null;
  if (!found) return null;
  const kind = KINDS.find((k) => found.hasAttribute(`data-${k}`))!;
  return targetFromId(kind, found.getAttribute(`data-${kind}`)!);
}

/**
 * "Unit 1 of layer 1. Weighted sum: z = … = 0.3775. Activation: …": the details panel, as one text.
 * The arithmetic's code loads with the details panel, after the first paint.
 */
export async function spokenExplanation(values: GraphValues, target: GraphTarget): Promise<string> {
  const { explain } = await import('../../viz/explain');
  const explanation = explain(values, target);
  if (!explanation) return '';
  const K = messages.graph.keyboard;
  const lines = explanation.lines.map((line) => format(K.line, { label: line.label, formula: line.formula }));
  return [explanation.heading, ...lines].join(K.join);
}

const FIRST_INPUT: GraphTarget = { kind: 'node', layer: 0, index: 0 };

export function useGraphKeyboard(
  svgRef: RefObject<SVGSVGElement | null>,
  values: GraphValues,
  selection: GraphTarget | null,
  onSelect: (target: GraphTarget) => void,
) {
  const [focused, setFocused] = useState<GraphTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const usable = (target: GraphTarget | null) => (target && targetExists(values, target) ? target : null);
  const tabStop = usable(focused) ?? usable(selection) ?? FIRST_INPUT;

  const choose = (target: GraphTarget) => {
    onSelect(target);
    void spokenExplanation(values, target).then(setAnnouncement);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const at = targetOfElement(event.target);
    if (!at || event.altKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      // The element itself selects (see activate.ts); here the arithmetic is read out.
      void spokenExplanation(values, at).then(setAnnouncement);
      return;
    }
    const move = graphMoveOf(event.key, event.shiftKey, event.ctrlKey || event.metaKey);
    if (!move) return;
    event.preventDefault();
    const next = moveInGraph(values.sizes, at, move);
    if (targetKey(next) === targetKey(at)) return;
    const element = svgRef.current?.querySelector<SVGElement>(`[data-${next.kind}="${targetId(next)}"]`);
    element?.focus();
    choose(next);
  };

  const onMouseDown = (event: MouseEvent<SVGSVGElement>) => {
    const at = targetOfElement(event.target);
    if (!at) return;
    setFocused(at);
    const active = document.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    if (!typing && !svgRef.current?.contains(active)) event.preventDefault();
  };

  const onFocus = (event: FocusEvent<SVGSVGElement>) => {
    const at = targetOfElement(event.target);
    if (at && targetKey(at) !== targetKey(focused)) setFocused(at);
  };

  return { tabStop: targetKey(tabStop), onKeyDown, onFocus, onMouseDown, announcement };
}
