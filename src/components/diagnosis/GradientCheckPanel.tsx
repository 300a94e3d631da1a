import { useState } from 'react';
import type { GradientCheckResult, GradientCheckRow } from '../../engine';
import { GRADIENT_CHECK_STEP } from '../../engine';
import { format, messages } from '../../i18n';
import { runGradientCheck, selectGradientCheckInputs, type GradientCheckInputs } from '../../store';
import { formatFull, formatValue } from '../../viz/format';
import { biasName, weightName } from '../../viz/names';
import { useAppStore } from '../StoreContext';

const t = messages.diagnosis.check;
/** Above this relative error a gradient is suspect (backprop in float64 agrees to ~1e−7 or better). */
const SUSPECT_ERROR = 1e-4;

/** The name the UI uses, numbered from 1: "W2[1][2]" or "b2[1]". */
function paramName(row: GradientCheckRow): string {
  return row.kind === 'W' ? weightName(row.layer, row.i, row.j) : biasName(row.layer, row.i);
}

/** "W:2:0:1" or "b:2:0", as the DOM contract's data-cell (0-based). */
function paramId(row: GradientCheckRow): string {
  return row.kind === 'W' ? `W:${row.layer}:${row.i}:${row.j}` : `b:${row.layer}:${row.i}`;
}

function CheckTable({ result }: { result: GradientCheckResult }) {
  return (
    <div className="gradient-check-table">
      <table>
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.parameter}</th>
            <th scope="col">{t.backprop}</th>
            <th scope="col">{t.numeric}</th>
            <th scope="col">{t.error}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, k) => (
            <tr
              key={paramId(row)}
              data-param={paramId(row)}
              data-backprop={formatFull(row.backprop)}
              data-numeric={formatFull(row.numeric)}
              data-relative-error={formatFull(row.relativeError)}
              className={k === result.worst ? 'is-worst' : undefined}
              aria-current={k === result.worst ? 'true' : undefined}
            >
              <th scope="row">{paramName(row)}</th>
              <td>{formatValue(row.backprop)}</td>
              <td>{formatValue(row.numeric)}</td>
              <td>{formatValue(row.relativeError)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The "Gradient check" button and its result: every parameter's backprop gradient beside its
 * central difference on the current batch, the worst one highlighted. The result stays on screen
 * until the network or the batch changes, then says it is stale.
 */
export function GradientCheckPanel() {
  const inputs = useAppStore(selectGradientCheckInputs);
  const [checked, setChecked] = useState<{ inputs: GradientCheckInputs; result: GradientCheckResult } | null>(
    null,
  );
  const current = checked && checked.inputs === inputs ? checked.result : null;
  const run = () => setChecked({ inputs, result: runGradientCheck(inputs) });
  const worst = current ? current.rows[current.worst] : undefined;
  return (
    <div className="gradient-check">
      <button type="button" onClick={run} title={t.buttonHint} disabled={inputs.batch.length === 0}>
        {t.button}
      </button>
      {inputs.batch.length === 0 && <p className="hint">{t.noData}</p>}
      {checked && !current && <p className="hint">{t.stale}</p>}
      {current && (
        <div data-testid="gradient-check" data-max-relative-error={formatFull(current.maxRelativeError)}>
          <p role="status">
            {format(t.summary, {
              error: formatValue(current.maxRelativeError),
              worst: worst ? paramName(worst) : '–',
              count: current.rows.length,
              step: formatValue(GRADIENT_CHECK_STEP),
            })}{' '}
            {current.maxRelativeError <= SUSPECT_ERROR ? t.verdictGood : t.verdictBad}
          </p>
          <CheckTable result={current} />
        </div>
      )}
    </div>
  );
}
