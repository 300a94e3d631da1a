import type { exports as en } from '../en/exports';
import type { Translation } from '../translation';

/** 导出用于幻灯片的图片。 */
export const exports = {
  imageMenu: '导出图片…',
  imageMenuHint: '把网络图保存为图片，用于幻灯片',
  graphPng: '网络图 PNG（2 倍）',
  graphSvg: '网络图 SVG（数值为文字）',
  lossPng: '损失曲线 PNG（2 倍）',
  lossSvg: '损失曲线 SVG',
  boundaryPng: '决策边界 PNG（2 倍）',
  boundarySvg: '决策边界 SVG',
  nothingToExport: '页面上没有可导出的{what}。',
  failed: '无法生成图片：{message}',
  graph: '网络图',
  lossChart: '损失曲线',
  boundary: '决策边界图',
} as const satisfies Translation<typeof en>;
