// `entente db start|status|stop` against a second, private local Neo4j: idempotent start, port freed on stop.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, portAnswers } from '../../graph/neo4j-local/launcher.ts';

const run = promisify(execFile);
const CLI = path.resolve('bin/entente.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-cli-neo4j-'));

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env,
      timeout: 240_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

function localEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NEO4J_URI; // the global setup's database must not be used here
  return {
    ...env,
    ENTENTE_NEO4J_DATA: dataDir,
    ENTENTE_NEO4J_PORT: String(port),
    NEO4J_PASSWORD: 'cli-test-password',
  };
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('entente db', () => {
  it('starts, answers Bolt, is idempotent, reports status, stops freeing the port, and restarts', async () => {
    const port = await freePort();
    const env = localEnv(port);
    try {
      const first = await cli(['db', 'start'], env);
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/Local Neo4j started/);

      const driver = neo4j.driver(
        `bolt://127.0.0.1:${port}`,
        neo4j.auth.basic('neo4j', 'cli-test-password'),
      );
      const records = (await driver.executeQuery('RETURN 1 AS one')).records;
      expect(records[0].get('one').toNumber()).toBe(1);
      await driver.close();

      const again = await cli(['db', 'start'], env);
      expect(again.code).toBe(0);
      expect(again.out).not.toMatch(/Local Neo4j started/);
      expect(again.out).toMatch(/Neo4j running/);

      const status = await cli(['db', 'status'], env);
      expect(status.out).toMatch(/^running/);
    } finally {
      const stop = await cli(['db', 'stop'], env);
      expect(stop.out).toMatch(/stopped/);
    }
    expect(await portAnswers(port)).toBe(false);
    const after = await cli(['db', 'status'], env);
    expect(after.code).toBe(3);
    expect(after.out).toMatch(/^stopped/);

    // A second start on the same data directory keeps the data and the password.
    try {
      const restart = await cli(['db', 'start'], env);
      expect(restart.out).toMatch(/Local Neo4j started/);
      expect(restart.code).toBe(0);
    } finally {
      await cli(['db', 'stop'], env);
    }
  }, 240_000);

  it('names what to install when java is missing', async () => {
    const env = { ...localEnv(await freePort()), PATH: '/nonexistent' };
    const result = await cli(['db', 'start'], env);
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/'java' was not found on PATH: install a Java 17\+ JDK/);
  });
});
