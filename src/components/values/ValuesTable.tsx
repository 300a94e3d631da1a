/**
 * The values table: the graph's numbers written per layer in real tables (caption, row and column
 * heads), for a screen reader to walk cell by cell and for anyone to read row by row. The same
 * snapshot as the graph (GraphValues), rounded as the graph rounds; a value the step cursor has not
 * reached is a dash that reads "not computed yet". W and b cells carry the DOM contract's data-cell,
 * a unit's row head data-unit-row ("L:I"): closing the details focuses the selection's cell or row
 * here, as it focuses its element in the graph, so those take focus from a script (tabIndex −1).
 */
import { useId, type ReactNode } from 'react';
import { format, messages } from '../../i18n';
import { formatOldNew, formatValue } from '../../viz/format';
import type { GraphValues, ParameterValues } from '../../viz/graphValues';
import { capitalise, inputName, subscript, unitName } from '../../viz/names';
import { cellId, targetId } from '../../viz/target';
import './values.css';

const t = messages.values;
const P = messages.graph.prefix;

/** Room for "old → new" whatever the widths: the table's cells grow with their text. */
const OLD_NEW_CHARS = Infinity;

function Value({ value, cell }: { value: number | undefined; cell?: string }) {
  if (value === undefined)
    return (
      <td className="values-pending" data-cell={cell} tabIndex={cell ? -1 : undefined}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t.pending}</span>
      </td>
    );
  return (
    <td data-cell={cell} tabIndex={cell ? -1 : undefined}>
      {formatValue(value)}
    </td>
  );
}

/** A weight or bias: its value, or old → new after an update, as the graph writes it. */
function Parameter({ p, cell }: { p: ParameterValues; cell: string }) {
  if (p.old === undefined) return <Value value={p.value} cell={cell} />;
  return (
    <td data-cell={cell} tabIndex={-1}>
      {formatOldNew(p.old, p.value, OLD_NEW_CHARS)}
    </td>
  );
}

/** The head of unit `index`'s row in layer `layer`'s table. */
function UnitHead({ layer, index, children }: { layer: number; index: number; children: ReactNode }) {
  return (
    <th scope="row" data-unit-row={targetId({ kind: 'node', layer, index })} tabIndex={-1}>
      {children}
    </th>
  );
}

function InputTable({ values }: { values: GraphValues }) {
  return (
    <table className="values-table">
      <caption>{t.inputCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.input}</th>
          <th scope="col">{P.x}</th>
          <th scope="col">{t.dLdx}</th>
        </tr>
      </thead>
      <tbody>
        {values.nodes[0]!.map((node, j) => (
          <tr key={j}>
            <UnitHead layer={0} index={j}>
              {inputName(j)}
            </UnitHead>
            <Value value={node.a} />
            <Value value={node.dLda} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The name of input `j` of layer `layer`: x₁ for layer 1, else the previous layer's a₁. */
function sourceName(layer: number, j: number): string {
  return layer === 1 ? inputName(j) : `${P.a}${subscript(j + 1)}`;
}

function LayerTable({ values, layer }: { values: GraphValues; layer: number }) {
  const out = values.sizes[layer]!;
  const inputs = values.sizes[layer - 1]!;
  const output = layer === values.sizes.length - 1;
  const activation = values.activations[layer];
  const sources = Array.from({ length: inputs }, (_, j) => sourceName(layer, j));
  return (
    <table className="values-table">
      <caption>
        {format(t.layerCaption, {
          layer,
          activation: activation ? messages.graph.activation[activation] : '',
          out,
          in: inputs,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.unit}</th>
          <th scope="col">{P.z}</th>
          <th scope="col">{P.a}</th>
          <th scope="col">{P.dLdz}</th>
          <th scope="col">{P.dLda}</th>
          {output && <th scope="col">{t.target}</th>}
          <th scope="col">{P.b}</th>
          <th scope="col">{P.dLdb}</th>
          {sources.map((from) => (
            <th key={`w${from}`} scope="col">
              {format(t.weightFrom, { from })}
            </th>
          ))}
          {sources.map((from) => (
            <th key={`g${from}`} scope="col">
              {format(t.gradientFrom, { from })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {values.nodes[layer]!.map((node, i) => {
          const bias = values.biases[layer]![i]!;
          const row = values.edges[layer]![i]!;
          return (
            <tr key={i}>
              <UnitHead layer={layer} index={i}>
                {capitalise(unitName(layer, i))}
              </UnitHead>
              <Value value={node.z} />
              <Value value={node.a} />
              <Value value={node.dLdz} />
              <Value value={node.dLda} />
              {output && <Value value={values.y[i]} />}
              <Parameter p={bias} cell={cellId({ kind: 'bias', layer, index: i })} />
              <Value value={bias.grad} />
              {row.map((w, j) => (
                <Parameter key={`w${j}`} p={w} cell={cellId({ kind: 'edge', layer, to: i, from: j })} />
              ))}
              {row.map((w, j) => (
                <Value key={`g${j}`} value={w.grad} />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ValuesTable({ values }: { values: GraphValues }) {
  const headingId = useId();
  const layers = values.sizes.map((_, l) => l).slice(1);
  return (
    // The region scrolls when the tables outgrow the graph's place: focusable, so the keys scroll it.
    <section className="values-view" aria-labelledby={headingId} tabIndex={0}>
      <h2 id={headingId}>{t.heading}</h2>
      {values.updated && <p className="muted">{t.updatedNote}</p>}
      <InputTable values={values} />
      {layers.map((layer) => (
        <LayerTable key={layer} values={values} layer={layer} />
      ))}
    </section>
  );
}
