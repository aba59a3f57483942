/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { runGradientDescent } from '../core/gradientDescent/trajectory';
import type { ExactRunReply, ExactRunRequest } from './exactRunProtocol';

// Runs batch gradient descent with the per-point loop (the textbook arithmetic) off the main
// thread, for runs long enough that the page first showed the sufficient-statistics result.
const exactRunApi = {
  run(request: ExactRunRequest): ExactRunReply {
    const { feature, response, learningRate, epochs, start } = request;
    const path = runGradientDescent({ feature, response, learningRate, epochs, start, method: 'per-point' });
    const reply: ExactRunReply = {
      intercepts: path.intercepts,
      slopes: path.slopes,
      losses: path.losses,
      lastEpoch: path.lastEpoch,
      divergence: path.divergence,
    };
    return transfer(reply, [path.intercepts.buffer, path.slopes.buffer, path.losses.buffer] as ArrayBuffer[]);
  },
};

export type ExactRunApi = typeof exactRunApi;

expose(exactRunApi);
