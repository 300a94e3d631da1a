import type { chart as en } from '../en/chart';
import type { Translation } from '../translation';

/** 损失曲线：坐标轴、图例、标记、提示。 */
export const chart = {
  title: '每次更新的损失',
  empty: '走一步即可看到损失',
  logScale: '对数坐标',
  legend: '图例',
  stepAxis: '步数',
  lossAxis: '损失',
  accuracyAxis: '准确率',
  trainLoss: '训练损失',
  afterUpdate: '更新后',
  testLoss: '测试损失',
  trainAccuracy: '训练准确率',
  testAccuracy: '测试准确率',
  learningRateMarker: 'η = {value}',
  learningRateChanged: '第 {step} 步学习率改为 {value}',
  learningRateStart: '自第 {step} 步起学习率为 {value}',
  nonFinite: '非有限值',
  nonFiniteRun: '自第 {step} 步起，损失有 {count} 步不是有限值',
  inspect: '查看损失曲线',
  tooltipStep: '第 {step} 步',
  tooltipLoss: '损失 {value}',
  tooltipLossAfter: '更新后 {value}',
  tooltipTestLoss: '测试损失 {value}',
  tooltipAccuracy: '准确率 {value}',
  tooltipTestAccuracy: '测试准确率 {value}',
  tooltipLearningRate: '学习率 {value}',
} as const satisfies Translation<typeof en>;
