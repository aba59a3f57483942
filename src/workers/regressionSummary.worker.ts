/// <reference lib="webworker" />
import { expose } from 'comlink';
import { type SummaryInput, type SummaryOutcome, summariseInput } from '../model/summary/regressionSummaryOf';

// The regression summary of a large data set (a QR of the design and the variance factors,
// O(N·m²)) off the main thread, so opening the evaluation lesson on a million rows never blocks the page.
const regressionSummaryApi = {
  summarise(input: SummaryInput): SummaryOutcome {
    return summariseInput(input);
  },
};

export type RegressionSummaryApi = typeof regressionSummaryApi;

expose(regressionSummaryApi);
