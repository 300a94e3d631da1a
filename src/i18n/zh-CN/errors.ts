import type { errors as en } from '../en/errors';
import type { Translation } from '../translation';

/** 被拒绝的输入，由引擎和状态库给出的代码组织成句子。 */
export const errors = {
  withField: '{field}：{message}',
  codes: {
    'not-a-number': '必须是数字，例如 0.1 或 1e-3（输入的是 {value}）',
    'not-finite': '必须是有限的数（输入的是 {value}）',
    'divide-by-zero': '不能除以零（{value}）',
    'out-of-range': '必须在 {min} 和 {max} 之间（输入的是 {value}）',
    'whole-number': '必须是整数（输入的是 {value}）',
    'max-hidden-layers': '最多 {max} 个隐藏层',
    'max-samples': '最多 {max} 个样本',
    'min-one-sample': '至少需要一个训练样本',
    'points-2d-only': '只有两个输入、一个输出的数据才能添加数据点',
    'inputs-mismatch': '必须与数据的 {count} 个输入一致',
    'outputs-mismatch': '必须与数据的 {count} 个目标一致',
  },
  divergedDetail: '第 {layer} 层：{quantity} 变成了 {value}',
  divergedUpdate: '{name} 将变成 {value}',
  divergedBatch: { loss: '这一批的损失溢出了', gradient: '这一批的梯度溢出了' },
  fields: {
    'optimizer.learningRate': '学习率',
    learningRate: '学习率',
    data: '数据',
    'model.layers': '隐藏层',
    x1: 'x₁',
    x2: 'x₂',
  },
} as const satisfies Translation<typeof en>;
