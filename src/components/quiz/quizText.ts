/** The words for an asked value: "z of node 1:0", "dL/dw of weight 2:0:1". */
import { format, messages } from '../../i18n';
import type { QuizTarget } from '../../store';

export function quantityText(target: QuizTarget): string {
  return format(messages.quiz.quantity[target.kind], {
    layer: target.layer,
    index: target.index,
    from: target.from ?? 0,
  });
}
