import { format as fill, messages } from '../../i18n';
import { formatAccuracy, formatLearningRate, formatLoss, formatStep } from '../../viz/lossChart';
import type { LossPoint } from '../../engine';

/** The tooltip's lines for one point: step, loss to 4 significant digits, learning rate, extras present. */
export function describePoint(point: LossPoint): string[] {
  const t = messages.chart;
  const lines = [
    fill(t.tooltipStep, { step: formatStep(point.step) }),
    fill(t.tooltipLoss, { value: formatLoss(point.loss) }),
  ];
  if (point.lossAfter !== undefined)
    lines.push(fill(t.tooltipLossAfter, { value: formatLoss(point.lossAfter) }));
  if (point.testLoss !== undefined)
    lines.push(fill(t.tooltipTestLoss, { value: formatLoss(point.testLoss) }));
  if (point.accuracy !== undefined)
    lines.push(fill(t.tooltipAccuracy, { value: formatAccuracy(point.accuracy) }));
  if (point.testAccuracy !== undefined) {
    lines.push(fill(t.tooltipTestAccuracy, { value: formatAccuracy(point.testAccuracy) }));
  }
  lines.push(fill(t.tooltipLearningRate, { value: formatLearningRate(point.learningRate) }));
  return lines;
}
