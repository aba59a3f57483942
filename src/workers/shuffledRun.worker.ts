/// <reference lib="webworker" />
import { expose, transfer } from 'comlink';
import { replyBuffers, runShuffled, type ShuffledRunReply, type ShuffledRunRequest } from './shuffledRunProtocol';

// Computes a mini-batch or stochastic run on large data off the main thread: such a run has no
// O(1)-an-epoch shortcut, and on a million rows it held the page for 200–500 ms.
const shuffledRunApi = {
  run(request: ShuffledRunRequest): ShuffledRunReply {
    const reply = runShuffled(request);
    return transfer(reply, replyBuffers(reply));
  },
};

export type ShuffledRunApi = typeof shuffledRunApi;

expose(shuffledRunApi);
