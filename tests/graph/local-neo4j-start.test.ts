// Two starts of the local Neo4j at once start one JVM; an instance whose pid file was lost is still seen and
// stopped. Its own data directory and port: the shared test database is not touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCAL_NEO4J, type LocalNeo4jSettings } from '../../graph/config.ts';
import {
  freePort,
  instancesOf,
  localStatus,
  portAnswers,
  startLocal,
  stopLocal,
} from '../../graph/neo4j-local/launcher.ts';

let settings: LocalNeo4jSettings;

afterAll(async () => {
  if (!settings) return;
  await stopLocal(settings);
  fs.rmSync(settings.dataDir, { recursive: true, force: true });
});

describe('the local Neo4j launcher', () => {
  it('starts one Neo4j when started twice at once, and stops it when its pid file is gone', async () => {
    settings = {
      ...DEFAULT_LOCAL_NEO4J,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'entente-double-start-')),
      port: await freePort(),
      password: `double-${Math.random().toString(36).slice(2)}`,
    };
    const [first, second] = await Promise.all([startLocal(settings), startLocal(settings)]);
    expect(first.pid).not.toBeNull();
    expect(second.pid).toBe(first.pid);
    expect([first.alreadyRunning, second.alreadyRunning].sort()).toEqual([false, true]);
    expect(instancesOf(settings)).toEqual([first.pid]);

    // A lost pid file does not hide it from status, nor from stop.
    fs.rmSync(path.join(settings.dataDir, 'entente-neo4j.pid'));
    expect(localStatus(settings)).toMatchObject({ running: true, pid: first.pid });
    expect(await stopLocal(settings)).toBe(true);
    expect(instancesOf(settings)).toEqual([]);
    expect(await portAnswers(settings.port)).toBe(false);
  }, 300_000);
});
