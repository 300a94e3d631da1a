import { boundary } from './boundary';
import { chart } from './chart';
import { code } from './code';
import { common } from './common';
import { data } from './data';
import { diagnosis } from './diagnosis';
import { exports } from './exports';
import { errors } from './errors';
import { graph } from './graph';
import { quiz } from './quiz';
import { tour } from './tour';
import { lesson } from './lesson';
import { values } from './values';

/**
 * The English catalog. Each area of the UI keeps its strings in its own file; a translation is one
 * more folder with the same shape.
 */
export const en = {
  common,
  graph,
  chart,
  boundary,
  data,
  diagnosis,
  exports,
  lesson,
  quiz,
  tour,
  code,
  errors,
  values,
} as const;

export type Catalog = typeof en;
