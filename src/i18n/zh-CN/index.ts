import type { Catalog } from '../en';
import type { Translation } from '../translation';
import { boundary } from './boundary';
import { chart } from './chart';
import { common } from './common';
import { data } from './data';
import { exports } from './exports';
import { errors } from './errors';
import { graph } from './graph';
import { lesson } from './lesson';
import { diagnosis } from './diagnosis';
import { quiz } from './quiz';
import { tour } from './tour';
import { code } from './code';
import { values } from './values';

/** 简体中文目录：与英文目录同形，缺少或多出一个键都会让类型检查失败。 */
export const zhCN = {
  common,
  graph,
  chart,
  boundary,
  data,
  exports,
  lesson,
  errors,
  diagnosis,
  quiz,
  tour,
  code,
  values,
} as const satisfies Translation<Catalog>;
