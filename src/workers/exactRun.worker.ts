/// <reference lib="webworker" />
import { runGradientDescent } from '../core/gradientDescent/trajectory';
import type { ExactRunReply, ExactRunRequest } from './exactRunProtocol';

// Runs batch gradient descent with the per-point loop (the textbook arithmetic) off the main
// thread, for runs long enough that the page first showed the sufficient-statistics result.
self.onmessage = (event: MessageEvent<ExactRunRequest>) => {
  const { id, feature, response, learningRate, epochs, start } = event.data;
  const run = runGradientDescent({ feature, response, learningRate, epochs, start, method: 'per-point' });
  const reply: ExactRunReply = {
    id,
    intercepts: run.intercepts,
    slopes: run.slopes,
    losses: run.losses,
    lastEpoch: run.lastEpoch,
    divergence: run.divergence,
  };
  (self as unknown as Worker).postMessage(reply, [run.intercepts.buffer, run.slopes.buffer, run.losses.buffer]);
};
