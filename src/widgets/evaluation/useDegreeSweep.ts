import { useEffect, useState } from 'react';
import { callWorker, WorkerCancelled } from '../../adapters/worker/callWorker';
import type { SweepRows } from '../../model/evaluation/degreeSweep';
import { afterFirstCharts, afterQueuedRedraws } from '../../plots/redrawQueue';
import type { DegreeSweepApi, DegreeSweepOutcome } from '../../workers/degreeSweep.worker';

/**
 * The degree sweep of `rows`, run in a module worker once the charts waiting to be drawn are
 * drawn: null until it answers (and again for new rows), then every degree's result or the
 * reason the rows cannot be swept. A worker that fails gives an outcome with the reason, in words.
 */
export function useDegreeSweep(rows: SweepRows): DegreeSweepOutcome | null {
  const [answered, setAnswered] = useState<{ rows: SweepRows; outcome: DegreeSweepOutcome } | null>(null);
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    // The page's first charts, and the charts new data redraws, are drawn first: fifteen fits in
    // a worker beside them, on two cores, stretched their drawing past 50 ms.
    void afterFirstCharts()
      .then(afterQueuedRedraws)
      .then(() => {
        if (!live) return;
        const call = callWorker<DegreeSweepApi, DegreeSweepOutcome>(
          () => new Worker(new URL('../../workers/degreeSweep.worker.ts', import.meta.url), { type: 'module' }),
          (api) => api.sweep(rows),
        );
        cancel = call.cancel;
        call.promise
          .catch((error: unknown): DegreeSweepOutcome | null =>
            error instanceof WorkerCancelled
              ? null
              : {
                  ok: false,
                  message: `The polynomial fits could not be run in the background (${error instanceof Error ? error.message : String(error)}).`,
                },
          )
          .then((outcome) => {
            if (live && outcome) setAnswered({ rows, outcome });
          });
      });
    return () => {
      live = false;
      cancel();
    };
  }, [rows]);
  return answered?.rows === rows ? answered.outcome : null;
}
