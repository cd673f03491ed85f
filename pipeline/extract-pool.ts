// Extraction on worker threads, so the CPU-bound extractor runs while the writer waits on Neo4j: each worker
// holds its own registry and takes the next article when it is free.
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../graph/worker-thread.ts';
import type { LoadActorRegistryOptions } from '../ingest/actors/index.ts';
import type { Article, Extraction } from '../ingest/types.ts';

/** One worker fewer than the processors (the writer and Neo4j need one), and at least one. */
export const DEFAULT_WORKERS = Math.max(1, os.availableParallelism() - 1);

interface Job {
  id: number;
  article: Article;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

export class ExtractPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  readonly #workers: Worker[] = [];
  #next = 0;
  #failure: Error | null = null;

  constructor(size: number, registry: LoadActorRegistryOptions = {}) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = startWorker(import.meta.url, 'extract-worker', registry);
      worker.on('message', (message: { id: number; extraction?: Extraction; error?: string }) => {
        const job = this.#busy.get(worker);
        this.#busy.delete(worker);
        if (job && message.error !== undefined) job.reject(new Error(message.error));
        else if (job) job.resolve(message.extraction!);
        this.#idle.push(worker);
        this.#dispatch();
      });
      // A worker that dies (a bad registry file, out of memory) fails its article and every queued one.
      worker.on('error', (error) => {
        this.#failure = new Error(
          `entente/pipeline/extract-pool: a worker failed: ${error.message}`,
        );
        this.#busy.get(worker)?.reject(this.#failure);
        this.#busy.delete(worker);
        this.#workers.splice(this.#workers.indexOf(worker), 1);
        for (const job of this.#queue.splice(0)) job.reject(this.#failure);
      });
      this.#workers.push(worker);
      this.#idle.push(worker);
    }
  }

  get size(): number {
    return this.#workers.length;
  }

  extract(article: Article): Promise<Extraction> {
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
      worker.postMessage({ id: job.id, article: job.article });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
