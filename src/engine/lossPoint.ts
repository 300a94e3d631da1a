/**
 * One point of the loss curve, with the η in force. A step-by-step update records its batch's mean
 * loss before update `step` and after it (the same batch through the updated network). Play's fast
 * frames record the whole training set's mean loss after the frame, and the test set's.
 *
 * Plain data the store records and src/viz draws; it lives here, below both, so there is one type.
 */
export interface LossPoint {
  step: number;
  loss: number;
  learningRate: number;
  /** The same batch's mean loss after update `step`; step-by-step updates only. */
  lossAfter?: number;
  /** Play also measures the whole train and test sets after its frame. */
  testLoss?: number;
  accuracy?: number;
  testAccuracy?: number;
  /** ‖dL/dW_l‖ of each layer (index l is layer l + 1) for the gradient-norms chart and the exploding check. */
  gradientNorms?: readonly number[];
}
