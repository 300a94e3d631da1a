/**
 * A diagnosis (codes and numbers from the engine) in words from the message catalog: what is wrong,
 * where, why, and what to try.
 */
import type { Diagnosis } from '../engine/diagnose';
import { format, messages } from '../i18n';
import { formatValue } from './format';
import { capitalise, unitName } from './names';

const t = messages.diagnosis;

export interface DiagnosisText {
  title: string;
  where: string;
  what: string;
  why: string;
  fix: string;
}

/** A ratio as a power of ten when it is tiny or huge ("1e−5"), else 4 significant digits. */
function ratioText(ratio: number): string {
  return formatValue(ratio);
}

/** A kind's catalog entry with its `what` filled in. */
function worded(
  k: { title: string; what: string; why: string; fix: string },
  where: string,
  params: Readonly<Record<string, string | number>> = {},
): DiagnosisText {
  return { title: k.title, where, what: format(k.what, params), why: k.why, fix: k.fix };
}

/** The numbers of a first-to-last-layer gradient ratio (vanishing, or exploding across layers). */
function layerRatio(d: { ratio: number; lastLayer: number; first: number; last: number }) {
  return {
    ratio: ratioText(d.ratio),
    last: d.lastLayer,
    first: formatValue(d.first),
    lastValue: formatValue(d.last),
  };
}

export function describeDiagnosis(d: Diagnosis): DiagnosisText {
  const where =
    'unit' in d ? capitalise(unitName(d.layer, d.unit)) : format(t.where.layer, { layer: d.layer });
  switch (d.kind) {
    case 'vanishing':
      return worded(t.kinds.vanishing, where, layerRatio(d));
    case 'exploding':
      if (d.cause === 'layers') return worded(t.kinds.explodingLayers, where, layerRatio(d));
      return worded(t.kinds.explodingSteps, where, {
        growth: formatValue(d.growth),
        steps: d.steps,
        from: formatValue(d.from),
        to: formatValue(d.to),
      });
    case 'dead':
      return worded(t.kinds.dead, where);
    case 'saturated':
      return worded(t.kinds.saturated, where, {
        limit: formatValue(d.limit),
        maxAbsZ: formatValue(d.maxAbsZ),
        activation: d.activation === 'sigmoid' ? 'σ' : 'tanh',
      });
  }
}
