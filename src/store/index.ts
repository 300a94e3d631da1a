export { createAppStore, type AppStore, type StoreOptions } from './createAppStore';
export { PRESET_IDS, DEFAULT_PRESET, type PresetId } from './presets';
export { MAX_HISTORY } from './transaction';
export { MAX_SCENARIO_BYTES, parseScenario, serializeScenario, type Scenario } from './scenario';
export { parseNumber } from './parse';
export {
  lossPoints,
  lastLossPoint,
  lossCurveOf,
  MAX_LOSS_POINTS,
  EMPTY_LOSS_CURVE,
  type LossCurve,
} from './lossCurve';
export * from './selectors';
export type * from './types';
export { createPlayer, selectFastPlay, type Player, type Clock } from './player';
export { MIN_SPEED, MAX_SPEED } from './slices/playSlice';
export * from './diagnosisSelectors';
export { parseCsv, serializeCsv, type CsvData } from './csv';
export { parseLesson, serializeLesson, type Lesson } from './lesson';
export { decodeLink, encodeLink, isLessonLink, LINK_PREFIX } from './link';
export {
  chooseStartingLesson,
  startLessonSync,
  SAVED_LESSON_KEY,
  SAVED_LINK_KEY,
  type KeyValueStorage,
  type LessonSync,
  type RestoreNotice,
} from './persistence';
export * from './quiz/selectors';
export { quizTargetId, spanTargets } from './quiz/targets';
export { isRightPrediction } from './quiz/judge';
export type * from './quiz/types';
