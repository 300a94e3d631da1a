/**
 * The header's loss readout: the newest loss, saying what it is a mean over (a sample, a batch, the
 * training set: what the loss chart's newest point is too), and under it, once the forward pass after
 * an Update has reached the loss on the same batch, how that update changed it ("0.2279 → 0.1038,
 * −54 %").
 */
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { format, messages } from '../../i18n';
import { formatPercentChange, formatValue } from '../../viz/format';
import { selectVisibleLoss, selectVisibleLossChange, type LossChange, type LossScope } from '../../store';
import { useAppStore } from '../StoreContext';
import { StableText, type Sizer } from '../StableText';
import { useLiveness } from '../hooks/useLiveness';

const t = messages.common.loss;
const SCOPES: readonly LossScope[] = ['sample', 'batch', 'trainingSet'];

/** The widest number formatValue writes for a loss (≥ 0): the layout reserves room for it. */
const WIDEST_LOSS = '8.888e−88';

/** "0.2279 → 0.1038, −54 %", or without the percentage where it means nothing (a zero loss before). */
export function lossChangeText(before: number, after: number): string {
  const values = { before: formatValue(before), after: formatValue(after) };
  const percent = formatPercentChange(before, after);
  return percent === null ? format(t.changeTextPlain, values) : format(t.changeText, { ...values, percent });
}

/** A label and a value, as the readout's first line writes them. */
function valueSizer(label: string, value: string): Sizer {
  return [
    { text: `${label} `, className: 'field-label' },
    { text: value, className: 'loss-readout__value' },
  ];
}

/** Built at render time: the sizers hold text of the current language. */
const valueSizers = () => [
  valueSizer(t.current, t.none),
  ...SCOPES.map((scope) => valueSizer(t.scope[scope], WIDEST_LOSS)),
];

/**
 * Room for any change of two losses: formatValue writes at most "8.888e−88" for a loss, and
 * formatPercentChange at most "−8.8e−8"; so the readout keeps its width whatever the numbers.
 */
const changeSizers = () => [
  [
    {
      text: format(t.changeText, { before: WIDEST_LOSS, after: WIDEST_LOSS, percent: '−8.8e−8' }),
      className: 'loss-readout__change-value',
    },
  ],
];

function changeHint(change: LossChange): string {
  return change.samples > 1
    ? format(t.changeHintBatch, { count: change.samples, update: change.update })
    : format(t.changeHintSample, { update: change.update });
}

export function LossValue() {
  const labelId = useId();
  const changeLabelId = useId();
  const loss = useAppStore(useShallow(selectVisibleLoss));
  const change = useAppStore(useShallow(selectVisibleLossChange));
  const live = useLiveness();
  const hint = loss === null ? undefined : format(t.scopeHint[loss.scope], { count: loss.samples });
  return (
    <div className="loss-readout">
      <StableText sizers={valueSizers()} title={hint}>
        <span className="field-label" id={labelId}>
          {loss === null ? t.current : t.scope[loss.scope]}
        </span>{' '}
        <output
          className="loss-readout__value"
          aria-live={live}
          aria-labelledby={labelId}
          data-testid="loss-value"
          title={loss === null ? undefined : String(loss.value)}
        >
          {loss === null ? t.none : formatValue(loss.value)}
        </output>
      </StableText>
      <StableText
        className="loss-readout__change"
        sizers={changeSizers()}
        title={change === null ? undefined : changeHint(change)}
      >
        {change !== null && (
          <>
            <span className="visually-hidden" id={changeLabelId}>
              {t.change}{' '}
            </span>
            <output
              className="loss-readout__change-value"
              aria-live={live}
              aria-labelledby={changeLabelId}
              data-testid="loss-change"
              data-before={String(change.before)}
              data-after={String(change.after)}
            >
              {lossChangeText(change.before, change.after)}
            </output>
          </>
        )}
      </StableText>
    </div>
  );
}
