/**
 * An exercise sheet for one sample: what is given (the network, its weights and biases, the inputs
 * and targets) and what is asked (z, a, the loss, dL/da, dL/dz, dL/dW and dL/db), each asked value
 * with its answer from the engine's traceSample and a DOM-contract-style id ("z:1:0", "dldw:2:0:1").
 */
import type { ActivationName } from '../engine/activations';
import type { LossName } from '../engine/losses';
import { layerSizes, type Model, type Sample } from '../engine/model';
import { traceSample } from '../engine/trace';

export interface SheetAnswer {
  id: string;
  value: number;
}

export interface SheetLayer {
  layer: number;
  activation: ActivationName;
  /** W as out × in rows, and b. */
  W: number[][];
  b: number[];
  /** Per unit: z, a (forward) and dL/da, dL/dz, dL/db (backward). */
  units: { z: SheetAnswer; a: SheetAnswer; dLda: SheetAnswer; dLdz: SheetAnswer; dLdb: SheetAnswer }[];
  dLdW: SheetAnswer[][];
}

export interface ExerciseSheetData {
  sizes: number[];
  loss: LossName;
  x: number[];
  y: number[];
  layers: SheetLayer[];
  lossAnswer: SheetAnswer;
  /** dL/dx, the gradient reaching the inputs. */
  dLdx: SheetAnswer[];
}

const answer = (id: string, value: number): SheetAnswer => ({ id, value });

export function exerciseSheet(model: Model, sample: Sample): ExerciseSheetData {
  const trace = traceSample(model, sample);
  const layers = model.layers.map((layer, k): SheetLayer => {
    const l = k + 1;
    const t = trace.layers[k]!;
    const W = Array.from({ length: layer.outSize }, (_, i) =>
      Array.from(layer.W.subarray(i * layer.inSize, (i + 1) * layer.inSize)),
    );
    return {
      layer: l,
      activation: layer.activation,
      W,
      b: Array.from(layer.b),
      units: t.z.map((_, i) => ({
        z: answer(`z:${l}:${i}`, t.z[i]!),
        a: answer(`a:${l}:${i}`, t.a[i]!),
        dLda: answer(`dlda:${l}:${i}`, t.dLda[i]!),
        dLdz: answer(`dldz:${l}:${i}`, t.dLdz[i]!),
        dLdb: answer(`dldb:${l}:${i}`, t.dLdb[i]!),
      })),
      dLdW: t.dLdW.map((row, i) => row.map((g, j) => answer(`dldw:${l}:${i}:${j}`, g))),
    };
  });
  return {
    sizes: layerSizes(model),
    loss: model.loss,
    x: sample.x.slice(),
    y: sample.y.slice(),
    layers,
    lossAnswer: answer('loss', trace.loss),
    dLdx: trace.dLdx.map((g, j) => answer(`dlda:0:${j}`, g)),
  };
}
