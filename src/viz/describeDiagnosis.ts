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

export function describeDiagnosis(d: Diagnosis): DiagnosisText {
  const where =
    'unit' in d ? capitalise(unitName(d.layer, d.unit)) : format(t.where.layer, { layer: d.layer });
  switch (d.kind) {
    case 'vanishing': {
      const k = t.kinds.vanishing;
      const what = format(k.what, {
        ratio: ratioText(d.ratio),
        last: d.lastLayer,
        first: formatValue(d.first),
        lastValue: formatValue(d.last),
      });
      return { title: k.title, where, what, why: k.why, fix: k.fix };
    }
    case 'exploding': {
      if (d.cause === 'layers') {
        const k = t.kinds.explodingLayers;
        const what = format(k.what, {
          ratio: ratioText(d.ratio),
          last: d.lastLayer,
          first: formatValue(d.first),
          lastValue: formatValue(d.last),
        });
        return { title: k.title, where, what, why: k.why, fix: k.fix };
      }
      const k = t.kinds.explodingSteps;
      const what = format(k.what, {
        growth: formatValue(d.growth),
        steps: d.steps,
        from: formatValue(d.from),
        to: formatValue(d.to),
      });
      return { title: k.title, where, what, why: k.why, fix: k.fix };
    }
    case 'dead': {
      const k = t.kinds.dead;
      return { title: k.title, where, what: k.what, why: k.why, fix: k.fix };
    }
    case 'saturated': {
      const k = t.kinds.saturated;
      const what = format(k.what, {
        limit: formatValue(d.limit),
        maxAbsZ: formatValue(d.maxAbsZ),
        activation: d.activation === 'sigmoid' ? 'σ' : 'tanh',
      });
      return { title: k.title, where, what, why: k.why, fix: k.fix };
    }
  }
}
