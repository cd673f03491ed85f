// Restarts the local Neo4j when it died under a running `serve` or `start` (the pid file names a process that is
// gone); a database stopped on purpose (`db stop` removes the pid file) stays stopped.
import type { LocalNeo4jSettings } from '../config.ts';
import { localStatus, pidOnFile, startLocal } from './launcher.ts';

export interface KeepAlive {
  stop(): void;
}

export function keepLocalNeo4jAlive(
  settings: LocalNeo4jSettings,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
): KeepAlive {
  const log = options.log ?? (() => {});
  let restarting = false;
  const check = async () => {
    if (restarting) return;
    const died = pidOnFile(settings) !== null && !localStatus(settings).running;
    if (!died) return;
    restarting = true;
    log(`The local Neo4j (port ${settings.port}) stopped unexpectedly; restarting it...`);
    try {
      const started = await startLocal(settings, { log });
      log(`The local Neo4j is back (pid ${started.pid}, ${started.startMs} ms).`);
    } catch (error) {
      log(`The local Neo4j could not be restarted: ${(error as Error).message}`);
    } finally {
      restarting = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs ?? 2000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
