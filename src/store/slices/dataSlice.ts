/** Data sets, input features and hand-made points. */
import {
  EngineError,
  datasetDimension,
  datasetTask,
  generateDataset,
  inputSize,
  outputSize,
  resolveDatasetOptions,
  validateFeatures,
} from '../../engine';
import { parseCsv, serializeCsv, type CsvShape } from '../csv';
import { dataPatch } from '../dataPatch';
import { parseNumber } from '../parse';
import { MAX_SAMPLES } from '../scenario';
import { transact, type GetState, type SetState } from '../transaction';
import type { DataActions, State } from '../types';

function dimensionOf(state: State): 1 | 2 {
  return state.rawTrain[0]?.x.length === 1 ? 1 : 2;
}

/** The columns a data file must have: the network's inputs (or the raw ones its features come from). */
function csvShape(state: State): CsvShape {
  const model = state.session.model;
  const shape = { outputs: outputSize(model), loss: model.loss };
  const inputs = state.features ? dimensionOf(state) : inputSize(model);
  if (inputs === inputSize(model)) return { ...shape, inputs };
  return { ...shape, inputs, features: inputSize(model) };
}

export function createDataSlice(set: SetState, get: GetState): DataActions {
  return {
    generateData: (options) =>
      transact(set, get, 'data/generate', (s) => {
        const resolved = resolveDatasetOptions(options, 'dataset');
        const dataset = generateDataset(resolved);
        const dimension = datasetDimension(resolved.kind);
        const keep = s.features && s.features.length > 0 && dimensionOf(s) === dimension;
        const features = keep ? s.features : dimension === 1 ? (['x1'] as const) : (['x1', 'x2'] as const);
        return dataPatch(s, {
          rawTrain: dataset.train,
          rawTest: dataset.test,
          features,
          dataset: resolved,
          task: datasetTask(resolved.kind),
        });
      }),

    setFeatures: (features) =>
      transact(set, get, 'data/features', (s) => {
        const valid = validateFeatures(features, dimensionOf(s), 'features');
        return dataPatch(s, {
          rawTrain: s.rawTrain,
          rawTest: s.rawTest,
          features: valid,
          dataset: s.dataset,
        });
      }),

    addPoint: (x1, x2, label) =>
      transact(set, get, 'data/addPoint', (s) => {
        if (dimensionOf(s) !== 2 || s.rawTrain[0]?.y.length !== 1) {
          throw new EngineError(
            'data',
            'points can be added to two-input, one-output data only',
            'points-2d-only',
          );
        }
        if (s.rawTrain.length >= MAX_SAMPLES)
          throw new EngineError('data', `holds at most ${MAX_SAMPLES} samples`, 'max-samples', {
            max: MAX_SAMPLES,
          });
        const point = { x: [parseNumber(x1, 'x1'), parseNumber(x2, 'x2')], y: [label] };
        return dataPatch(s, {
          rawTrain: [...s.rawTrain, point],
          rawTest: s.rawTest,
          features: s.features,
          dataset: null,
        });
      }),

    removePoint: (which, index) =>
      transact(set, get, 'data/removePoint', (s) => {
        const points = which === 'train' ? s.rawTrain : s.rawTest;
        if (!points[index]) throw new EngineError(`${which}[${index}]`, 'no such point');
        if (which === 'train' && s.rawTrain.length === 1) {
          throw new EngineError('data', 'needs at least one training sample', 'min-one-sample');
        }
        const without = points.filter((_, i) => i !== index);
        return dataPatch(s, {
          rawTrain: which === 'train' ? without : s.rawTrain,
          rawTest: which === 'test' ? without : s.rawTest,
          features: s.features,
          dataset: null,
        });
      }),

    setDataValue: (index, kind, entry, value) =>
      transact(set, get, 'data/value', (s) => {
        const field = `data[${index}].${kind}[${entry}]`;
        const sample = s.rawTrain[index];
        if (!sample || entry < 0 || entry >= sample[kind].length)
          throw new EngineError(field, 'no such entry');
        const number = parseNumber(value, field);
        const edited = { ...sample, [kind]: sample[kind].map((v, i) => (i === entry ? number : v)) };
        return dataPatch(s, {
          rawTrain: s.rawTrain.map((d, i) => (i === index ? edited : d)),
          rawTest: s.rawTest,
          features: s.features,
          dataset: null,
        });
      }),

    importDataCsv: (text) =>
      transact(set, get, 'data/importCsv', (s) => {
        const { train, test } = parseCsv(text, csvShape(s));
        return dataPatch(s, { rawTrain: train, rawTest: test, features: s.features, dataset: null });
      }),

    exportDataCsv: () => {
      const s = get();
      return serializeCsv({ train: s.rawTrain, test: s.rawTest });
    },
  };
}
