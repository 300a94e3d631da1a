import type { diagnosis as en } from '../en/diagnosis';
import type { Translation } from '../translation';

/** “训练为何失败”面板：梯度健康、诊断、梯度检验与层的矩阵形式。 */
export const diagnosis = {
  heading: '梯度健康',
  barsLabel: '每层梯度大小（对数刻度）',
  barsHint: '运行一次反向传播，查看每层梯度的大小。',
  weightNorm: '‖dL/dW‖',
  meanDz: '平均 |dL/dz|',
  layer: '第 {layer} 层',
  layerShort: 'L{layer}',
  barTitle: '第 {layer} 层：‖dL/dW‖ = {norm}，平均 |dL/dz| = {dz}',
  chartLabel: '各层 ‖dL/dW‖ 随更新的变化（对数刻度）',
  chartHint: '单步或播放，画出每层 ‖dL/dW‖ 随时间的变化。',
  chartAxis: '更新次数',
  healthy: '未发现问题：梯度到达每一层，没有死亡或饱和的单元。',
  where: {
    layer: '第 {layer} 层',
  },
  show: '在网络图中显示 {unit}',
  kinds: {
    vanishing: {
      title: '梯度消失',
      what: '第 1 层的梯度只有第 {last} 层的 {ratio}（平均 |dL/dz| {first}，对比 {lastValue}）。',
      why: '反向传播时，每个 sigmoid 层都把 dL/dz 乘以 σ′(z) ≤ 0.25，一层接一层，前面几层几乎学不到东西。',
      fix: '隐藏层改用 ReLU 或 tanh，换一种初始化（新的种子），或减少层数。',
    },
    explodingLayers: {
      title: '梯度爆炸',
      what: '第 1 层的梯度是第 {last} 层的 {ratio} 倍（平均 |dL/dz| {first}，对比 {lastValue}）：反向传播时逐层增大。',
      why: '过大的权重在每一层都把 dL/dz 乘以大于 1 的数。',
      fix: '使用更小的权重（新的种子）、更少的层，或更小的学习率。',
    },
    explodingSteps: {
      title: '梯度爆炸',
      what: '在 {steps} 次更新中，整体梯度增大了 {growth} 倍（所有层的 ‖dL/dW‖ 从 {from} 到 {to}），这里最明显，同时损失在上升。',
      why: '学习率太大，每次更新都越过了最小值，落到坡度更陡的地方。',
      fix: '降低学习率（撤销可回到发散之前），或使用更小的权重。',
    },
    dead: {
      title: '死亡的 ReLU 单元',
      what: '在每个训练样本上 z ≤ 0，所以该单元的输出总是 0。',
      why: '当 z ≤ 0 时 relu′(z) = 0：它不向后传递梯度，它的权重再也不会改变。',
      fix: '试试 leakyRelu、更小的学习率或新的种子；撤销到它死亡之前。',
    },
    saturated: {
      title: '饱和的单元',
      what: '在每个训练样本上 |z| > {limit}（最大 {maxAbsZ}），此处 {activation}′(z) 不到其峰值的千分之一。',
      why: '即使损失看起来不错，这个单元也停止了学习：几乎没有梯度能通过它。',
      fix: '试试 ReLU、更小的权重或输入（新的种子、缩放特征），或更小的学习率。',
    },
  },
  check: {
    button: '梯度检验',
    buttonHint: '在当前批次上，把每个反向传播梯度与中心差分 (L(θ+h) − L(θ−h)) / 2h 比较',
    summary: '最大相对误差 {error}（参数 {worst}），共 {count} 个参数，h = {step}。',
    verdictGood: '反向传播与有限差分一致。',
    verdictBad: '有些梯度不一致：请看高亮的那一行。',
    caption: '反向传播与中心差分对比',
    parameter: '参数',
    backprop: '反向传播',
    numeric: '数值差分',
    error: '相对误差',
    stale: '检验之后网络已改变：请重新运行。',
    noData: '没有训练样本可用来检验梯度。',
  },
  matrix: {
    toggle: '第 {layer} 层的矩阵形式',
    heading: '第 {layer} 层的矩阵形式',
    forward: 'z = W·a + b',
    gradW: 'dL/dW = dL/dz·aᵀ',
    gradA: 'dL/da_prev = Wᵀ·dL/dz',
    gradInput: 'dL/dx = Wᵀ·dL/dz',
    shape: '{rows}×{cols}',
    pending: '运行这一层的反向传播，查看它的梯度。',
    pendingForward: '运行这一层的前向传播，查看 z。',
  },
} as const satisfies Translation<typeof en>;
