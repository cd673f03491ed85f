// `npm start`'s command on a fresh data directory: Neo4j started, sample corpus loaded, UI and API served.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../graph/neo4j-local/launcher.ts';

const CLI = path.resolve('bin/entente.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-start-neo4j-'));
let env: NodeJS.ProcessEnv = {};

afterAll(async () => {
  await promisify(execFile)(process.execPath, [CLI, 'db', 'stop'], { env }).catch(() => undefined);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('entente start', () => {
  it('loads the sample corpus into an empty graph and serves the UI and API on loopback', async () => {
    const port = await freePort();
    env = {
      ...process.env,
      ENTENTE_NEO4J_DATA: dataDir,
      ENTENTE_NEO4J_PORT: String(await freePort()),
    };
    delete env.NEO4J_URI; // a fresh local Neo4j, as on a new machine
    env.NEO4J_PASSWORD = 'start-test-password';
    const child = spawn(process.execPath, [CLI, 'start', '--port', String(port)], { env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`start timed out:\n${output}`)), 280_000);
        child.stdout.on('data', () => {
          if (output.includes('serving the UI and API')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
      });
      expect(output).toMatch(/The graph is empty: loading the sample corpus/);
      expect(output).not.toMatch(/failed:/);
      expect(output).toContain(`http://127.0.0.1:${port}`);

      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health.counts.articles).toBeGreaterThanOrEqual(40);
      expect(health.counts.relations).toBeGreaterThan(30);
      // The measures run on the compiled measure thread (dist/measure-worker.js when the build is fresh).
      const ranking = await (
        await fetch(`http://127.0.0.1:${port}/api/analytics/centrality?limit=1`)
      ).json();
      expect(ranking.data[0].id).toBe('RUS');
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<title>Entente\b/);

      // Ctrl+C stops the server and the Neo4j that `start` itself started, and says so.
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(output).toMatch(/Stopping the local Neo4j that `start` started/);
      expect(output).toMatch(/Local Neo4j stopped/);
      const status = await promisify(execFile)(process.execPath, [CLI, 'db', 'status'], {
        env,
      }).catch((e: { code: number; stdout: string }) => e);
      expect(status.stdout).toMatch(/^stopped/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  }, 300_000);
});
