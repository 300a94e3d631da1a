import type { lesson as en } from '../en/lesson';
import type { Translation } from '../translation';

/** 保存与分享课程：浏览器中的副本、链接、新课程。 */
export const lesson = {
  copyLink: '复制链接',
  copyLinkHint: '复制一个链接，打开此刻的课程：权重、数据、设置和步骤',
  copied: '链接已复制。',
  copyByHand: '请手动复制此链接（Ctrl+C）：',
  linkField: '本课程的链接',
  newLesson: '新课程',
  newLessonHint: '从默认课程重新开始，并忘掉已保存的课程（撤销可以找回）',
  linkRefused: '此链接已损坏或来自另一个版本的 Backprop Lab；课程保持不变。',
  notices: {
    'saved-corrupt': '无法读取此浏览器中保存的课程，因此打开了默认课程。',
    'saved-outdated': '此浏览器中保存的课程来自另一个版本的 Backprop Lab，因此打开了默认课程。',
    'link-damaged': '此链接已损坏或不完整，因此打开了默认课程。',
    'link-outdated': '此链接来自另一个版本的 Backprop Lab，因此打开了默认课程。',
  },
} as const satisfies Translation<typeof en>;
