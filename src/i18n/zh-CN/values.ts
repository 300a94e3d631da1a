import type { values as en } from '../en/values';
import type { Translation } from '../translation';

/** 数值表：网络图中的数，按层写成表格，便于逐行阅读。 */
export const values = {
  view: '数值显示为',
  graph: '网络图',
  table: '表格',
  heading: '网络中的数值',
  pending: '尚未计算',
  inputCaption: '输入层：x 与 dL/dx',
  layerCaption: '第 {layer} 层（{activation}）：W {out}×{in}、b、z、a 及其梯度',
  input: '输入',
  dLdx: 'dL/dx',
  unit: '单元',
  target: 'y（目标）',
  weightFrom: '来自 {from} 的 w',
  gradientFrom: '来自 {from} 的 dL/dw',
  updatedNote: '更新之后：w 和 b 显示为 旧值 → 新值。',
} as const satisfies Translation<typeof en>;
