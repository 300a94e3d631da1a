/**
 * The loss curve, fed from the store's loss history; sized to the side panel. A new point is drawn
 * in a deferred render right after the click's (useDeferredValue): an Update's click commits the
 * graph first, and the memoised chart keeps its props until then.
 */
import { useCallback, useDeferredValue, useMemo } from 'react';
import { lossPoints } from '../store';
import { LossChart } from './chart/LossChart';
import { useAppStore } from './StoreContext';
import { useFittedWidth } from './hooks/useFittedWidth';

export function LossChartPanel() {
  const curve = useDeferredValue(useAppStore((s) => s.lossHistory));
  const points = useMemo(() => lossPoints(curve), [curve]);
  const logScale = useAppStore((s) => s.ui.logScale);
  const presentation = useAppStore((s) => s.ui.presentation);
  const setLogScale = useAppStore((s) => s.setLogScale);
  const toggleLogScale = useCallback(() => setLogScale(!logScale), [setLogScale, logScale]);
  const [box, width] = useFittedWidth(presentation ? 272 : 332);
  return (
    <div ref={box}>
      <LossChart
        points={points}
        logScale={logScale}
        onToggleLogScale={toggleLogScale}
        width={width}
        height={presentation ? 220 : 200}
        presentation={presentation}
      />
    </div>
  );
}
