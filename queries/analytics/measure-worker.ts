// One measure thread: computes each analysis it is sent (see measure-pool.ts); errors go back by name and message.
import { parentPort } from 'node:worker_threads';
import { computeAnalysis, type AnalysisJob } from './compute-analysis.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: AnalysisJob }) => {
  try {
    parentPort!.postMessage({ id, outcome: computeAnalysis(job) });
  } catch (error) {
    const { name, message } = error as Error;
    parentPort!.postMessage({ id, error: { name, message } });
  }
});
