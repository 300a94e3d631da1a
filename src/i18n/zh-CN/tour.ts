import type { tour as en } from '../en/tour';
import type { Translation } from '../translation';

/** 引导讲解：沿默认课程走一遍，每一步指向页面上对应的部分。 */
export const tour = {
  open: '引导讲解…',
  openHint: '用几步走完一次训练：前向传播、损失、反向传播、更新、损失下降、形状',
  title: '引导讲解',
  progress: '第 {step} 步，共 {count} 步',
  back: '上一步',
  next: '下一步',
  done: '完成',
  close: '关闭讲解',
  steps: {
    forward: {
      title: '前向传播',
      text: '每点一次“前向传播”（或按 PageDown）就计算一层：先算输入的加权和 z，再算激活值 a。数值会出现在各个单元上。',
    },
    loss: {
      title: '损失',
      text: '最后一层之后计算损失：输出 ŷ 离目标 y 有多远。这一个数说明网络在这个样本上错得有多厉害。',
    },
    backward: {
      title: '反向传播',
      text: '反向传播从损失出发，一层一层回到输入：每个 z、a、权重和偏置对损失的影响有多大。这些就是梯度。',
    },
    update: {
      title: '更新',
      text: '更新让每个权重和偏置沿梯度的反方向走一步，步子的大小由学习率 η 决定。之后每条边显示 旧值 → 新值。',
    },
    falls: {
      title: '损失下降',
      text: '在同一个样本上再做一次前向传播：损失比之前更低。“单步”一次完成这三步，“播放”不断重复；这张图显示每次更新后的损失。',
    },
    shapes: {
      title: '形状',
      text: '每层上方写着形状：W 每个单元一行、每个输入一列（输出 × 输入），dL/dW 与 W 形状相同；b、z、a 每个单元一项。',
    },
  },
} as const satisfies Translation<typeof en>;
