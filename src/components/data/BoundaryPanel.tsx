/** The decision boundary (or fitted curve) of the current network over its data. */
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { messages } from '../../i18n';
import { unitName } from '../../viz/names';
import { DecisionBoundary } from '../boundary/DecisionBoundary';
import { selectCanAddPoints, type AppState } from '../../store';
import { PLAY_PACES, usePlayPaced } from '../hooks/usePlayPaced';
import { useAppStore } from '../StoreContext';
import { activationRange, useNetworkEvaluator } from './useNetworkEvaluator';

const t = messages.data;

const selectModel = (s: AppState) => [s.session.model] as const;

export function BoundaryPanel({ width }: { width: number }) {
  // Redrawn in a render of its own right after the step's (as the loss chart is): 2,500 forward
  // passes of the largest network would otherwise hold up the click's frame by 5 ms. During fast
  // Play, twenty times a second (PLAY_PACES).
  const model = useDeferredValue(usePlayPaced(selectModel, PLAY_PACES.boundary)[0]);
  const { rawTrain, rawTest, features } = useAppStore(
    useShallow((s) => ({ rawTrain: s.rawTrain, rawTest: s.rawTest, features: s.features })),
  );
  const hovered = useAppStore((s) => s.ui.hoveredUnit);
  const presentation = useAppStore((s) => s.ui.presentation);
  const { addPoint, removePoint } = useAppStore(
    useShallow((s) => ({ addPoint: s.addPoint, removePoint: s.removePoint })),
  );
  const canAdd = useAppStore(selectCanAddPoints);
  const rawInputs = rawTrain[0]?.x.length ?? 0;
  const outputs = model.layers.at(-1)!.outSize;
  const unit =
    hovered &&
    hovered.layer >= 1 &&
    hovered.layer < model.layers.length &&
    hovered.index < model.layers[hovered.layer - 1]!.outSize
      ? hovered
      : null;
  const { evaluate, revision } = useNetworkEvaluator(model, features, unit);
  if (outputs !== 1 || rawInputs < 1 || rawInputs > 2) return <p className="muted">{t.noPlot}</p>;
  const task = rawInputs === 1 ? 'regression' : 'classification';
  const activation = unit ? model.layers[unit.layer - 1]!.activation : model.layers.at(-1)!.activation;
  return (
    <DecisionBoundary
      train={rawTrain}
      test={rawTest}
      task={task}
      evaluate={evaluate}
      range={activationRange(activation)}
      revision={revision}
      {...(unit ? { showingLabel: unitName(unit.layer, unit.index) } : {})}
      {...(canAdd ? { onAddPoint: addPoint } : {})}
      onRemovePoint={removePoint}
      width={width}
      height={width}
      presentation={presentation}
    />
  );
}
