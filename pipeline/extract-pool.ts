// Extraction on worker threads, so the CPU-bound extractor runs while the writer waits on Neo4j: each worker
// holds its own registry and takes the next article when it is free.
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../graph/worker-thread.ts';
import {
  userActorFilesDigest,
  type LoadActorRegistryOptions,
} from '../ingest/actors/prepared-index.ts';
import type { Article, Extraction } from '../ingest/types.ts';

/** One worker fewer than the processors (the writer and Neo4j need one), and at least one. */
export const DEFAULT_WORKERS = Math.max(1, os.availableParallelism() - 1);

interface Job {
  id: number;
  article: Article;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/** An article whose extraction ran past the pool's time budget: its worker was stopped and replaced. */
export class ExtractionBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(
      `entente/pipeline/extract-pool: extraction stopped after ${(budgetMs / 1000).toFixed(1)} s, the time budget per article`,
    );
    this.name = 'ExtractionBudgetError';
  }
}

export interface ExtractPoolOptions {
  /** Longest one article may take once a worker has it (default: no limit). */
  budgetMs?: number;
}

export class ExtractPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  readonly #workers: Worker[] = [];
  #next = 0;
  #failure: Error | null = null;
  #closing = false;
  #retired = false;
  #started = false;
  readonly #size: number;
  /**
   * The digest of the actors files the workers load (null when one cannot be read), taken before any worker
   * starts: a file changed meanwhile leaves an older digest, which only makes a later ingest extract again.
   */
  readonly registryDigest: string | null;

  constructor(
    size: number,
    readonly registry: LoadActorRegistryOptions = {},
    readonly options: ExtractPoolOptions = {},
  ) {
    this.registryDigest = userActorFilesDigest(registry);
    this.#size = Math.max(1, size);
  }

  /** The workers start with the first article: a watch restarted over articles all written starts none. */
  #start(): void {
    if (this.#started || this.#closing) return;
    this.#started = true;
    for (let i = 0; i < this.#size; i++) this.#spawn();
  }

  #spawn(): void {
    const worker = startWorker(import.meta.url, 'extract-worker', this.registry);
    worker.on(
      'message',
      (message: { ready?: true; id?: number; extraction?: Extraction; error?: string }) => {
        // A worker takes articles once its registry is loaded, so loading never counts against the budget.
        if (message.ready) {
          this.#idle.push(worker);
          this.#dispatch();
          return;
        }
        const job = this.#busy.get(worker);
        this.#busy.delete(worker);
        if (job) clearTimeout(job.timer);
        if (job && message.error !== undefined) job.reject(new Error(message.error));
        else if (job) job.resolve(message.extraction!);
        this.#idle.push(worker);
        this.#dispatch();
        if (this.#retired && this.#busy.size === 0 && this.#queue.length === 0) void this.close();
      },
    );
    // A worker that dies (a bad registry file, out of memory) fails its article and every queued one.
    worker.on('error', (error) => {
      this.#failure = new Error(`entente/pipeline/extract-pool: a worker failed: ${error.message}`);
      const job = this.#busy.get(worker);
      if (job) clearTimeout(job.timer);
      job?.reject(this.#failure);
      this.#busy.delete(worker);
      this.#forget(worker);
      for (const queued of this.#queue.splice(0)) queued.reject(this.#failure);
    });
    this.#workers.push(worker);
  }

  #forget(worker: Worker): void {
    const at = this.#workers.indexOf(worker);
    if (at >= 0) this.#workers.splice(at, 1);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
  }

  get size(): number {
    return this.#workers.length;
  }

  extract(article: Article): Promise<Extraction> {
    this.#start();
    return new Promise((resolve, reject) => {
      if (this.#failure && this.#workers.length === 0) return reject(this.#failure);
      this.#queue.push({ id: this.#next++, article, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      this.#busy.set(worker, job);
      const budget = this.options.budgetMs;
      if (budget !== undefined) job.timer = setTimeout(() => this.#overBudget(worker, job), budget);
      worker.postMessage({ id: job.id, article: job.article });
    }
  }

  /** Synchronous work cannot be interrupted: the worker is stopped, and a fresh one takes its place. */
  #overBudget(worker: Worker, job: Job): void {
    if (this.#busy.get(worker) !== job) return;
    this.#busy.delete(worker);
    this.#forget(worker);
    void worker.terminate();
    job.reject(new ExtractionBudgetError(this.options.budgetMs!));
    if (!this.#closing) this.#spawn();
  }

  /** Takes no more articles and closes once those it has are done (a newer registry is in another pool). */
  retire(): void {
    this.#retired = true;
    if (this.#busy.size === 0 && this.#queue.length === 0) void this.close();
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const job of [...this.#busy.values(), ...this.#queue.splice(0)]) {
      clearTimeout(job.timer);
      job.reject(new Error('entente/pipeline/extract-pool: closed'));
    }
    this.#busy.clear();
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
