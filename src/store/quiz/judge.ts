/** How a prediction is judged: right within 1 % of the true value, or equal to 4 significant digits. */

export const RELATIVE_TOLERANCE = 0.01;

const fourDigits = (x: number) => Number(x.toPrecision(4));

/**
 * True when `guess` is within 1 % of `truth` (relative), or both round to the same 4 significant
 * digits (what the graph shows, so copying a hand calculation's rounded result counts). A true
 * value of exactly 0 (a dead ReLU) needs 0.
 */
export function isRightPrediction(guess: number, truth: number): boolean {
  if (!Number.isFinite(guess) || !Number.isFinite(truth)) return false;
  if (Math.abs(guess - truth) <= RELATIVE_TOLERANCE * Math.abs(truth)) return true;
  return fourDigits(guess) === fourDigits(truth);
}
