import { boundary } from './boundary';
import { chart } from './chart';
import { common } from './common';
import { data } from './data';
import { exports } from './exports';
import { errors } from './errors';
import { graph } from './graph';
import { lesson } from './lesson';

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
  exports,
  lesson,
  errors,
} as const;

export type Catalog = typeof en;
