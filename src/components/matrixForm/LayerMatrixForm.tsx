import { useState, type ReactNode } from 'react';
import { format, messages } from '../../i18n';
import type { GraphValues } from '../../viz/graphValues';
import { layerMatrices, selectedLayer, type LayerMatrices } from '../../viz/matrixForm';
import type { GraphTarget } from '../../viz/target';
import { MatrixTable } from './MatrixTable';
import './matrixForm.css';

const t = messages.diagnosis.matrix;
const column = (values: (number | undefined)[]) => values.map((v) => [v]);
const shape = (rows: number, cols: number) => format(t.shape, { rows, cols });

/** A named operand with its shape written under it. */
function Operand({ name, size, children }: { name: string; size: string; children: ReactNode }) {
  return (
    <figure className="matrix-operand">
      {children}
      <figcaption>
        {name} <span className="matrix-shape">{size}</span>
      </figcaption>
    </figure>
  );
}

function Equations({ m }: { m: LayerMatrices }) {
  const L = m.layer;
  const transposed = Array.from({ length: m.in }, (_, j) => m.W.map((row) => row[j]!));
  return (
    <>
      <h4>{t.forward}</h4>
      <div className="matrix-equation">
        <Operand name="z" size={String(m.out)}>
          <MatrixTable label="z" rows={column(m.z)} entry={(i) => `z:${L}:${i}`} />
        </Operand>
        <span className="matrix-op">=</span>
        <Operand name="W" size={shape(m.out, m.in)}>
          <MatrixTable
            label="W"
            rows={m.W}
            entry={(i, j) => `W:${L}:${i}:${j}`}
            cell={(i, j) => `W:${L}:${i}:${j}`}
          />
        </Operand>
        <span className="matrix-op">·</span>
        <Operand name="a" size={String(m.in)}>
          <MatrixTable label="a" rows={column(m.aPrev)} entry={(j) => `a:${L - 1}:${j}`} />
        </Operand>
        <span className="matrix-op">+</span>
        <Operand name="b" size={String(m.out)}>
          <MatrixTable
            label="b"
            rows={column(m.b)}
            entry={(i) => `b:${L}:${i}`}
            cell={(i) => `b:${L}:${i}`}
          />
        </Operand>
      </div>
      <h4>{t.gradW}</h4>
      <div className="matrix-equation">
        <Operand name="dL/dW" size={shape(m.out, m.in)}>
          <MatrixTable label="dL/dW" rows={m.dLdW} entry={(i, j) => `dLdW:${L}:${i}:${j}`} />
        </Operand>
        <span className="matrix-op">=</span>
        <Operand name="dL/dz" size={String(m.out)}>
          <MatrixTable label="dL/dz" rows={column(m.dLdz)} entry={(i) => `dLdz:${L}:${i}`} />
        </Operand>
        <span className="matrix-op">·</span>
        <Operand name="aᵀ" size={shape(1, m.in)}>
          <MatrixTable label="aᵀ" rows={[m.aPrev]} entry={(_, j) => `aT:${L - 1}:${j}`} />
        </Operand>
      </div>
      <h4>{L === 1 ? t.gradInput : t.gradA}</h4>
      <div className="matrix-equation">
        <Operand name={L === 1 ? 'dL/dx' : 'dL/da_prev'} size={String(m.in)}>
          <MatrixTable label="dL/da_prev" rows={column(m.dLdaPrev)} entry={(j) => `dLda:${L - 1}:${j}`} />
        </Operand>
        <span className="matrix-op">=</span>
        <Operand name="Wᵀ" size={shape(m.in, m.out)}>
          <MatrixTable label="Wᵀ" rows={transposed} entry={(j, i) => `WT:${L}:${i}:${j}`} />
        </Operand>
        <span className="matrix-op">·</span>
        <Operand name="dL/dz" size={String(m.out)}>
          <MatrixTable label="dL/dz" rows={column(m.dLdz)} entry={(i) => `dLdzT:${L}:${i}`} />
        </Operand>
      </div>
      {m.dLdz.every((v) => v === undefined) && <p className="hint">{t.pending}</p>}
    </>
  );
}

/**
 * The selected element's layer in matrix form, behind a checkbox beside the per-neuron details:
 * teachers start with single neurons, the matrices are the next step.
 */
export function LayerMatrixForm({ values, selection }: { values: GraphValues; selection: GraphTarget }) {
  const [open, setOpen] = useState(false);
  const layer = selectedLayer(selection);
  const matrices = layer === null ? null : layerMatrices(values, layer);
  if (!matrices) return null;
  return (
    <section className="matrix-form">
      <label className="toggle">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} />
        {format(t.toggle, { layer: matrices.layer })}
      </label>
      {open && (
        <div
          className="matrix-form-body"
          aria-label={format(t.heading, { layer: matrices.layer })}
          role="group"
        >
          <Equations m={matrices} />
        </div>
      )}
    </section>
  );
}
