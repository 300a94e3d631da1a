/** The sheet's tables: given numbers, and blanks that the answer key fills in. */
import { format, messages } from '../../i18n';
import { formatValue } from '../../viz/format';
import type { SheetAnswer, SheetLayer } from '../../viz/sheet';

const t = messages.quiz.sheet;
const symbol = messages.graph.prefix;

/** A blank to fill in, or with the key, its answer to 4 significant digits. */
export function Blank({ answer, answerKey }: { answer: SheetAnswer; answerKey: boolean }) {
  return (
    <td
      className="sheet-blank"
      data-sheet={answer.id}
      data-value={answerKey ? String(answer.value) : undefined}
    >
      {answerKey ? formatValue(answer.value) : t.blank}
    </td>
  );
}

/** W | b of one layer, given. */
export function WeightsTable({ layer }: { layer: SheetLayer }) {
  const inputs = layer.W[0]?.length ?? 0;
  return (
    <table className="sheet-table">
      <caption>
        {format(t.layer, {
          layer: layer.layer,
          activation: layer.activation,
          out: layer.W.length,
          in: inputs,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.unit}</th>
          {Array.from({ length: inputs }, (_, j) => (
            <th key={j} scope="col">
              {format(t.weightColumn, { layer: layer.layer, j: j + 1 })}
            </th>
          ))}
          <th scope="col">{format(t.bias, { layer: layer.layer })}</th>
        </tr>
      </thead>
      <tbody>
        {layer.W.map((row, i) => (
          <tr key={i}>
            <th scope="row">{i + 1}</th>
            {row.map((w, j) => (
              <td key={j} data-cell={`W:${layer.layer}:${i}:${j}`} title={String(w)}>
                {formatValue(w)}
              </td>
            ))}
            <td data-cell={`b:${layer.layer}:${i}`} title={String(layer.b[i])}>
              {formatValue(layer.b[i]!)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ForwardTable({ layer, answerKey }: { layer: SheetLayer; answerKey: boolean }) {
  return (
    <table className="sheet-table">
      <caption>{format(messages.graph.header.layer, { layer: layer.layer })}</caption>
      <thead>
        <tr>
          <th scope="col">{t.unit}</th>
          <th scope="col">{symbol.z}</th>
          <th scope="col">{symbol.a}</th>
        </tr>
      </thead>
      <tbody>
        {layer.units.map((unit, i) => (
          <tr key={i}>
            <th scope="row">{i + 1}</th>
            <Blank answer={unit.z} answerKey={answerKey} />
            <Blank answer={unit.a} answerKey={answerKey} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BackwardTable({ layer, answerKey }: { layer: SheetLayer; answerKey: boolean }) {
  const inputs = layer.W[0]?.length ?? 0;
  return (
    <table className="sheet-table">
      <caption>{format(messages.graph.header.layer, { layer: layer.layer })}</caption>
      <thead>
        <tr>
          <th scope="col">{t.unit}</th>
          <th scope="col">{symbol.dLda}</th>
          <th scope="col">{symbol.dLdz}</th>
          <th scope="col">{symbol.dLdb}</th>
          {Array.from({ length: inputs }, (_, j) => (
            <th key={j} scope="col">
              {format(t.gradientColumn, { j: j + 1 })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layer.units.map((unit, i) => (
          <tr key={i}>
            <th scope="row">{i + 1}</th>
            <Blank answer={unit.dLda} answerKey={answerKey} />
            <Blank answer={unit.dLdz} answerKey={answerKey} />
            <Blank answer={unit.dLdb} answerKey={answerKey} />
            {layer.dLdW[i]!.map((g) => (
              <Blank key={g.id} answer={g} answerKey={answerKey} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
