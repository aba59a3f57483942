import { useEffect, useState } from 'react';
import type { ManyFeatureProblem } from '../model/manyFeatures/manyFeatureProblem';
import type { RegressionProblem } from '../model/regressionProblem';
import {
  knownSummaryOf,
  regressionSummaryOf,
  rememberSummary,
  type SummaryOutcome,
  summaryIsHeavy,
} from '../model/summary/regressionSummaryOf';
import { afterQueuedRedraws } from '../plots/redrawQueue';
import { fitWorker } from '../store/prepareManyFitOffThread';
import { isStale } from '../workers/prepareSummaryProtocol';

/**
 * The regression summary of `problem`: computed at once (and memoised) for small data, in the
 * long-lived preparation worker for large data, where it is `null` until the worker answers. A
 * problem that worker prepared is summarised from the columns it already holds, so a change of
 * model sends no rows. A worker that fails gives an outcome with the reason. Null when there is
 * no problem.
 */
export function useRegressionSummary(problem: RegressionProblem | ManyFeatureProblem | null): SummaryOutcome | null {
  const heavy = problem !== null && summaryIsHeavy(problem);
  const [answered, setAnswered] = useState<{ problem: unknown; outcome: SummaryOutcome } | null>(null);
  useEffect(() => {
    if (!problem || !heavy || knownSummaryOf(problem)) return;
    let live = true;
    const summarise = async (): Promise<void> => {
      // the charts of the new problem are drawn first, so the worker does not compete with them for the cores
      await afterQueuedRedraws();
      if (!live) return;
      let reply = await fitWorker.summarise(problem);
      // stale: a newer model was asked for first; while this problem is still the one shown, ask again
      while (live && isStale(reply)) reply = await fitWorker.summarise(problem);
      if (!live) return;
      const outcome: SummaryOutcome = reply.ok ? reply : { ok: false, message: reply.message };
      rememberSummary(problem, outcome);
      setAnswered({ problem, outcome });
    };
    void summarise();
    return () => {
      live = false;
    };
  }, [problem, heavy]);
  if (!problem) return null;
  if (!heavy) return regressionSummaryOf(problem);
  return knownSummaryOf(problem) ?? (answered?.problem === problem ? answered.outcome : null);
}
