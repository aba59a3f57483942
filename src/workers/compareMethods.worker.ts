/// <reference lib="webworker" />
import { expose } from 'comlink';
import { compareMethods, type MethodRow, type MethodsInput } from '../model/methodsCompared/compareMethods';

// Every method of the libraries lesson on the data on screen, off the main thread: the
// iterative ones run the whole epoch budget (stochastic descent makes N updates an epoch).
const compareMethodsApi = {
  compare(input: MethodsInput): MethodRow[] {
    return compareMethods(input, () => performance.now());
  },
};

export type CompareMethodsApi = typeof compareMethodsApi;

expose(compareMethodsApi);
