/** The words for an asked value, named as everywhere in the UI: "z of unit 1 of layer 1", "dL/dw of W2[1][2]". */
import { format, messages } from '../../i18n';
import type { QuizTarget } from '../../store';
import { biasName, unitName, weightName } from '../../viz/names';

export function quantityText(target: QuizTarget): string {
  const { kind, layer, index, from } = target;
  return format(messages.quiz.quantity[kind], {
    unit: unitName(layer, index),
    weight: weightName(layer, index, from ?? 0),
    bias: biasName(layer, index),
  });
}
