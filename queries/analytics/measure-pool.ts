// The measures off the server's thread: a few worker threads, started on first use, each computing one analysis at
// a time within a time budget. A measure past its budget cannot be interrupted inside its thread (the algorithms
// are synchronous), so its worker is terminated and a fresh one started for the next analysis.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../../graph/worker-thread.ts';
import type { AnalysisJob, AnalysisOutcome } from './compute-analysis.ts';
import { UnknownActorError } from './resolve-actor.ts';

/** An analysis ran past its time budget and was stopped. */
export class AnalysisTimeoutError extends Error {
  constructor(
    readonly measure: string | null,
    readonly budgetMs: number,
  ) {
    super(
      `the ${measure ?? 'write-back'} ${measure ? 'measure' : 'computation'} took longer than ${budgetMs} ms and was stopped: narrow the period, or raise ENTENTE_ANALYTICS_TIMEOUT_MS`,
    );
    this.name = 'AnalysisTimeoutError';
  }
}

interface Pending {
  id: number;
  job: AnalysisJob;
  budgetMs: number;
  resolve: (outcome: AnalysisOutcome) => void;
  reject: (error: Error) => void;
}

interface Running {
  pending: Pending;
  timer: ReturnType<typeof setTimeout>;
}

type Reply =
  | { id: number; outcome: AnalysisOutcome }
  | { id: number; error: { name: string; message: string } };

const MODULE = 'entente/queries/analytics/measure-pool';

export class MeasurePool {
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #running = new Map<Worker, Running>();
  readonly #queue: Pending[] = [];
  #next = 0;
  #closed = false;

  /** At most `size` analyses run at once; more wait their turn. */
  constructor(size: number) {
    this.#size = Math.max(1, size);
  }

  run(job: AnalysisJob, budgetMs: number): Promise<AnalysisOutcome> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new Error(`${MODULE}: the pool is closed`));
      this.#queue.push({ id: this.#next++, job, budgetMs, resolve, reject });
      this.#dispatch();
    });
  }

  #start(): Worker {
    const worker = startWorker(import.meta.url, 'measure-worker');
    // An idle measure thread never keeps the process alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const running = this.#finish(worker);
      if (!running) return;
      if ('outcome' in reply) running.pending.resolve(reply.outcome);
      else running.pending.reject(rebuild(reply.error));
      this.#idle.push(worker);
      this.#dispatch();
    });
    // A thread that dies (out of memory, a crash) fails its analysis; the next one gets a fresh thread.
    worker.on('error', (error) => this.#lost(worker, new Error(`${MODULE}: ${error.message}`)));
    worker.on('exit', (code) =>
      this.#lost(worker, new Error(`${MODULE}: the measure thread exited (${code})`)),
    );
    return worker;
  }

  #finish(worker: Worker): Running | undefined {
    const running = this.#running.get(worker);
    if (running) clearTimeout(running.timer);
    this.#running.delete(worker);
    return running;
  }

  #lost(worker: Worker, error: Error): void {
    this.#finish(worker)?.pending.reject(error);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    this.#dispatch();
  }

  #dispatch(): void {
    while (!this.#closed && this.#queue.length > 0) {
      const worker =
        this.#idle.pop() ?? (this.#running.size < this.#size ? this.#start() : undefined);
      if (!worker) return;
      const pending = this.#queue.shift()!;
      const timer = setTimeout(() => {
        this.#finish(worker);
        pending.reject(new AnalysisTimeoutError(pending.job.measure, pending.budgetMs));
        // Its 'exit' finds nothing running: the slot is free at once.
        void worker.terminate();
        this.#dispatch();
      }, pending.budgetMs);
      this.#running.set(worker, { pending, timer });
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  /** Analyses computing now, and waiting for a thread. */
  load(): { running: number; queued: number } {
    return { running: this.#running.size, queued: this.#queue.length };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const error = new Error(`${MODULE}: the pool was closed`);
    for (const pending of this.#queue.splice(0)) pending.reject(error);
    const workers = [...this.#idle.splice(0), ...this.#running.keys()];
    for (const worker of workers) this.#finish(worker)?.pending.reject(error);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The error a measure thread sent, as the class the API maps (an unknown actor is a 404). */
function rebuild({ name, message }: { name: string; message: string }): Error {
  if (name === 'UnknownActorError') return new UnknownActorError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}
