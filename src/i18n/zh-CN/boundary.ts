import type { boundary as en } from '../en/boundary';
import type { Translation } from '../translation';

/** 决策边界 / 数据图。 */
export const boundary = {
  title: '决策边界',
  titleCurve: '拟合曲线',
  describePlane: '决策边界：输入平面上的{output}，{train} 个训练点和 {test} 个测试点',
  describeCurve: '拟合曲线：x₁ 上的{output}，{train} 个训练点和 {test} 个测试点',
  networkOutput: '网络输出',
  unitOutput: '{label}的输出',
  showing: '显示：{label}',
  x1Axis: 'x₁',
  x2Axis: 'x₂',
  targetAxis: 'y',
  newPointClass: '新数据点的类别',
  class0: '类别 0',
  class1: '类别 1',
  editHint: '点击图中空白处添加数据点，点击数据点将其删除。',
  removeHint: '点击数据点将其删除。',
  legend: '图例',
  legendClass0: '类别 0 / 输出低',
  legendClass1: '类别 1 / 输出高',
  legendTrain: '训练点',
  legendTest: '测试点',
  legendCurve: '网络输出',
} as const satisfies Translation<typeof en>;
