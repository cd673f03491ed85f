// One extraction thread: loads the actor registry once, then extracts each article it is sent (see extract-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import {
  loadActorRegistryOnUse,
  type LoadActorRegistryOptions,
} from '../ingest/actors/prepared-index.ts';
import { extractArticle } from '../ingest/extract/index.ts';
import type { Article } from '../ingest/types.ts';

const registry = await loadActorRegistryOnUse(workerData as LoadActorRegistryOptions);
parentPort!.postMessage({ ready: true });

parentPort!.on('message', ({ id, article }: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id, extraction: extractArticle(article, registry) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
