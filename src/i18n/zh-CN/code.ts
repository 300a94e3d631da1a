import type { code as en } from '../en/code';
import type { Translation } from '../translation';

/** 导出代码菜单：用 NumPy 和 PyTorch 重做当前迭代的脚本。 */
export const code = {
  menu: '导出代码…',
  menuHint: '下载一个 Python 脚本，按应用的方式完成当前这次迭代',
  items: '导出代码',
  numpy: 'NumPy 脚本（手写反向传播）',
  pytorch: 'PyTorch 脚本（autograd、torch.optim）',
} as const satisfies Translation<typeof en>;
