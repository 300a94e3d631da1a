/** The loss curve, fed from the store's loss history; sized to the side panel. */
import { useMemo } from 'react';
import { lossPoints } from '../store';
import { LossChart } from './chart/LossChart';
import { useAppStore } from './StoreContext';
import { useFittedWidth } from './hooks/useFittedWidth';

export function LossChartPanel() {
  const curve = useAppStore((s) => s.lossHistory);
  const points = useMemo(() => lossPoints(curve), [curve]);
  const logScale = useAppStore((s) => s.ui.logScale);
  const presentation = useAppStore((s) => s.ui.presentation);
  const setLogScale = useAppStore((s) => s.setLogScale);
  const [box, width] = useFittedWidth(presentation ? 272 : 332);
  return (
    <div ref={box}>
      <LossChart
        points={points}
        logScale={logScale}
        onToggleLogScale={() => setLogScale(!logScale)}
        width={width}
        height={presentation ? 220 : 200}
        presentation={presentation}
      />
    </div>
  );
}
