/** The loss curve, fed from the store's loss history. */
export function LossChartPanel() {
  return null;
}
