/**
 * Editing the network by hand: a weight or bias typed in (effective from the next forward step),
 * and the shape (hidden layers and units), which re-initialises the weights from the seed.
 *
 * A weight or bias typed in *before training* becomes part of the lesson's starting point, the
 * weights Reset returns to (`initialModel`). Before training means no update has been applied to
 * this network yet (`session.updates === 0`): after a preset, an import, a new seed or shape, or a
 * Reset, and before the first Update, Step or Play frame; Forward and Backward alone change no
 * weight. A value typed after training has started changes only the network being trained, and Reset
 * throws it away with the rest of the training.
 */
import {
  EngineError,
  LIMITS,
  architectureOf,
  cloneModel,
  cloneSession,
  createRng,
  initModel,
  restartBatch,
  type Architecture,
  type StepSession,
} from '../../engine';
import { parseNumber } from '../parse';
import { freshStart, transact, type GetState, type SetState } from '../transaction';
import type { EditActions, State } from '../types';

function hiddenLayerCount(state: State): number {
  return state.session.model.layers.length - 1;
}

function reshaped(state: State, edit: (architecture: Architecture) => void) {
  const architecture = architectureOf(state.session.model);
  edit(architecture);
  return { ...freshStart(initModel(architecture, createRng(state.seed))), presetId: null };
}

function checkHidden(state: State, layer: number, field: string): void {
  if (!Number.isInteger(layer) || layer < 1 || layer > hiddenLayerCount(state)) {
    throw new EngineError(field, `must name a hidden layer, 1 to ${hiddenLayerCount(state)} (got ${layer})`);
  }
}

/** New value of one parameter; the current iteration restarts so every number shown stays consistent. */
function editParameter(
  state: State,
  layer: number,
  field: string,
  index: (inSize: number, outSize: number) => number | null,
  value: number | string,
) {
  const target = state.session.model.layers[layer - 1];
  const position = target ? index(target.inSize, target.outSize) : null;
  if (!target || position === null) throw new EngineError(field, 'no such parameter');
  const number = parseNumber(value, field);
  const session = cloneSession(state.session);
  restartBatch(session);
  return { session, position, number, layer: session.model.layers[layer - 1]! };
}

/** The patch for an edited parameter: the session, and the starting point too before training. */
function editedPatch(state: State, session: StepSession) {
  const beforeTraining = state.session.updates === 0;
  return {
    session,
    ...(beforeTraining ? { initialModel: cloneModel(session.model) } : {}),
    presetId: null,
  };
}

export function createEditSlice(set: SetState, get: GetState): EditActions {
  return {
    setWeight: (layer, to, from, value) =>
      transact(set, get, 'edit/weight', (s) => {
        const field = `model.layers[${layer - 1}].W[${to}][${from}]`;
        const edit = editParameter(
          s,
          layer,
          field,
          (inSize, outSize) =>
            to >= 0 && to < outSize && from >= 0 && from < inSize ? to * inSize + from : null,
          value,
        );
        edit.layer.W[edit.position] = edit.number;
        return editedPatch(s, edit.session);
      }),

    setBias: (layer, index, value) =>
      transact(set, get, 'edit/bias', (s) => {
        const field = `model.layers[${layer - 1}].b[${index}]`;
        const edit = editParameter(
          s,
          layer,
          field,
          (_inSize, outSize) => (index >= 0 && index < outSize ? index : null),
          value,
        );
        edit.layer.b[edit.position] = edit.number;
        return editedPatch(s, edit.session);
      }),

    addLayer: () =>
      transact(set, get, 'edit/addLayer', (s) => {
        if (hiddenLayerCount(s) >= LIMITS.maxHiddenLayers) {
          throw new EngineError(
            'model.layers',
            `at most ${LIMITS.maxHiddenLayers} hidden layers`,
            'max-hidden-layers',
            {
              max: LIMITS.maxHiddenLayers,
            },
          );
        }
        return reshaped(s, (architecture) => {
          const previous = architecture.layers[architecture.layers.length - 2];
          architecture.layers.splice(architecture.layers.length - 1, 0, {
            units: previous?.units ?? 4,
            activation: previous?.activation ?? 'tanh',
          });
        });
      }),

    removeLayer: (layer) =>
      transact(set, get, 'edit/removeLayer', (s) => {
        checkHidden(s, layer, 'model.layers');
        return reshaped(s, (architecture) => {
          architecture.layers.splice(layer - 1, 1);
        });
      }),

    setUnits: (layer, units) =>
      transact(set, get, 'edit/units', (s) => {
        const field = `model.layers[${layer - 1}].units`;
        checkHidden(s, layer, field);
        if (!Number.isInteger(units) || units < LIMITS.minUnits || units > LIMITS.maxUnits) {
          throw new EngineError(
            field,
            `must be ${LIMITS.minUnits} to ${LIMITS.maxUnits} (got ${units})`,
            'out-of-range',
            {
              min: LIMITS.minUnits,
              max: LIMITS.maxUnits,
              value: units,
            },
          );
        }
        return reshaped(s, (architecture) => {
          architecture.layers[layer - 1]!.units = units;
        });
      }),
  };
}
