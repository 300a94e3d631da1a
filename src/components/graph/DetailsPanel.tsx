import { useId } from 'react';
import { messages } from '../../i18n';
import { explain } from '../../viz/explain';
import type { GraphValues } from '../../viz/graphValues';
import type { GraphTarget } from '../../viz/target';
import { Formula } from '../math/Formula';
import './graph.css';

export interface DetailsPanelProps {
  values: GraphValues;
  selection: GraphTarget | null;
  onClose: () => void;
}

/**
 * The arithmetic behind the selected node, edge or bias, with real numbers. Renders nothing without
 * a selection (or when the selection does not exist in this network).
 */
export function DetailsPanel({ values, selection, onClose }: DetailsPanelProps) {
  const headingId = useId();
  const explanation = selection ? explain(values, selection) : null;
  if (!explanation) return null;
  return (
    <section className="graph-details" aria-labelledby={headingId}>
      <header className="graph-details-header">
        <h2 id={headingId}>{explanation.heading}</h2>
        <button type="button" onClick={onClose} aria-label={messages.graph.details.close}>
          ×
        </button>
      </header>
      <dl>
        {explanation.lines.map((line, k) => (
          <div key={k} className="graph-details-line">
            <dt>{line.label}</dt>
            <dd>
              <Formula text={line.formula} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
