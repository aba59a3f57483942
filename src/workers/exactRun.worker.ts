/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { epochValuesArray } from '../core/gradientDescent/epochValues';
import { runGradientDescent } from '../core/gradientDescent/trajectory';
import type { ExactRunReply, ExactRunRequest } from './exactRunProtocol';

// Runs batch gradient descent with the per-point loop (the textbook arithmetic) off the main
// thread, for runs long enough that the page first showed the sufficient-statistics result.
const exactRunApi = {
  run(request: ExactRunRequest): ExactRunReply {
    const { feature, response, learningRate, epochs, start } = request;
    const path = runGradientDescent({ feature, response, learningRate, epochs, start, method: 'per-point' });
    // the per-point loop stores its line: these are its arrays, not copies
    const intercepts = epochValuesArray(path.intercepts);
    const slopes = epochValuesArray(path.slopes);
    const reply: ExactRunReply = {
      intercepts,
      slopes,
      losses: path.losses,
      lastEpoch: path.lastEpoch,
      divergence: path.divergence,
    };
    return transfer(reply, [intercepts.buffer, slopes.buffer, path.losses.buffer] as ArrayBuffer[]);
  },
};

export type ExactRunApi = typeof exactRunApi;

expose(exactRunApi);
