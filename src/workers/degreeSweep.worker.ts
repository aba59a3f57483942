/// <reference lib="webworker" />
import { expose } from 'comlink';
import { DataError } from '../core/dataError';
import { type DegreeResult, type SweepRows, sweepDegrees } from '../model/evaluation/degreeSweep';

/** The sweep's answer: every degree's result, or why the rows cannot be swept at all. */
export type DegreeSweepOutcome =
  | { readonly ok: true; readonly results: DegreeResult[] }
  | { readonly ok: false; readonly message: string };

// The degree lesson's fifteen least-squares fits and descent runs (a few hundred milliseconds
// on a slow machine), off the main thread so the page answers while they run.
const degreeSweepApi = {
  sweep(rows: SweepRows): DegreeSweepOutcome {
    try {
      return { ok: true, results: sweepDegrees(rows) };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { ok: false, message: error.message };
    }
  },
};

export type DegreeSweepApi = typeof degreeSweepApi;

expose(degreeSweepApi);
