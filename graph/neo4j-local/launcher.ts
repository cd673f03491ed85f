// Builds, starts, checks and stops the project's own Neo4j (graph/neo4j-local, Neo4j Community embedded).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT, type LocalNeo4jSettings } from '../config.ts';

const MODULE = 'entente/graph/neo4j-local/launcher';

// From the project root, not this module: the compiled CLI runs this code from dist/.
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'graph', 'neo4j-local');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const READY_MARKER = 'ENTENTE_NEO4J_READY';

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  port: number;
  dataDir: string;
  logFile: string;
}

const pidFile = (s: LocalNeo4jSettings) => path.join(s.dataDir, 'entente-neo4j.pid');
const logFile = (s: LocalNeo4jSettings) => path.join(s.dataDir, 'entente-neo4j.log');

function requireTool(command: string, installHint: string): void {
  const probe = spawnSync(command, ['-version'], { stdio: 'ignore' });
  if (probe.error)
    throw new Error(`${MODULE}: '${command}' was not found on PATH: install ${installHint}`);
}

/** Resolves Neo4j from Maven Central and compiles the launcher, once. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): void {
  const classFile = path.join(TARGET, 'classes', 'entente', 'LocalNeo4j.class');
  const sources = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'entente', 'LocalNeo4j.java'),
  ];
  const built =
    fs.existsSync(classFile) &&
    fs.existsSync(path.join(TARGET, 'lib')) &&
    sources.every((source) => fs.statSync(source).mtimeMs <= fs.statSync(classFile).mtimeMs);
  if (built) return;
  requireTool('java', 'a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)');
  requireTool('mvn', 'Apache Maven (e.g. apt-get install maven)');
  log('Building the local Neo4j launcher with Maven (first run only)...');
  const mvn = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    encoding: 'utf8',
  });
  if (mvn.status !== 0) {
    const tail = `${mvn.stdout ?? ''}${mvn.stderr ?? ''}`.split('\n').filter(Boolean).slice(-15);
    throw new Error(`${MODULE}: Maven could not build graph/neo4j-local:\n${tail.join('\n')}`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid the launcher wrote at start (null once stopped on purpose), alive or not. */
export function pidOnFile(s: LocalNeo4jSettings): number | null {
  return readPid(s);
}

function readPid(s: LocalNeo4jSettings): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(s), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The launcher's JVMs serving this data directory, found by their command lines (Linux /proc): an instance whose
 * pid file was lost or overwritten is still found, so `db status` sees it and `db stop` stops it.
 */
export function instancesOf(s: LocalNeo4jSettings): number[] {
  const found: number[] = [];
  const entries = fs.existsSync('/proc') ? fs.readdirSync('/proc') : [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const main = args.indexOf('entente.LocalNeo4j');
      if (main >= 0 && path.resolve(args[main + 1] ?? '') === path.resolve(s.dataDir))
        found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

export function localStatus(s: LocalNeo4jSettings): LocalNeo4jStatus {
  const onFile = readPid(s);
  const pid = onFile !== null && processAlive(onFile) ? onFile : (instancesOf(s)[0] ?? null);
  const running = pid !== null && processAlive(pid);
  return {
    running,
    pid: running ? pid : null,
    port: s.port,
    dataDir: s.dataDir,
    logFile: logFile(s),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type StartOptions = { timeoutMs?: number; log?: (line: string) => void };
type StartResult = LocalNeo4jStatus & { alreadyRunning: boolean; startMs: number };

const startLockFile = (s: LocalNeo4jSettings) => path.join(s.dataDir, 'entente-neo4j.start.lock');

/**
 * Runs `work` holding the data directory's start lock (a file created exclusively, naming its holder's pid), so
 * two `db start` at once start one Neo4j: the second waits, then finds it running. A lock whose holder died is
 * taken over.
 */
async function withStartLock<T>(
  s: LocalNeo4jSettings,
  timeoutMs: number,
  work: () => Promise<T>,
): Promise<T> {
  fs.mkdirSync(s.dataDir, { recursive: true });
  const lock = startLockFile(s);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lock, 'utf8').trim() || NaN);
      if (!Number.isInteger(holder) || !processAlive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`${MODULE}: another start (pid ${holder}) holds ${lock}`, {
          cause: error,
        });
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Starts the local Neo4j in the background and waits until Bolt answers. Harmless when running. */
export async function startLocal(
  s: LocalNeo4jSettings,
  options: StartOptions = {},
): Promise<StartResult> {
  return withStartLock(s, (options.timeoutMs ?? 180_000) + 30_000, () => startUnlocked(s, options));
}

async function startUnlocked(s: LocalNeo4jSettings, options: StartOptions): Promise<StartResult> {
  const started = Date.now();
  const current = localStatus(s);
  if (current.running) {
    return { ...current, alreadyRunning: true, startMs: 0 };
  }
  if (await portAnswers(s.port)) {
    throw new Error(
      `${MODULE}: port ${s.port} is already taken by another process: stop it, or set ENTENTE_NEO4J_PORT, or point NEO4J_URI at that Neo4j`,
    );
  }
  requireTool('java', 'a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)');
  ensureLauncherBuilt(options.log);
  fs.mkdirSync(s.dataDir, { recursive: true });
  const out = fs.openSync(logFile(s), 'a');
  const classpath = [path.join(TARGET, 'classes'), path.join(TARGET, 'lib', '*')].join(
    path.delimiter,
  );
  const child = spawn(
    'java',
    [
      `-Xms64m`,
      `-Xmx${s.heapMb}m`,
      '-XX:+UseSerialGC',
      // No -XX:+ExitOnOutOfMemoryError: a query whose values outgrow the heap fails alone, Neo4j lives on.
      '-cp',
      classpath,
      'entente.LocalNeo4j',
      s.dataDir,
      String(s.port),
      s.password,
      String(s.pageCacheMb),
      String(s.transactionMaxMb),
      String(s.transactionTotalMb),
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined)
    throw new Error(`${MODULE}: could not start java for the local Neo4j`);
  fs.writeFileSync(pidFile(s), String(child.pid));
  child.unref();

  const logStart = fs.statSync(logFile(s)).size;
  const deadline = started + (options.timeoutMs ?? 180_000);
  for (;;) {
    if (!processAlive(child.pid)) {
      fs.rmSync(pidFile(s), { force: true });
      throw new Error(
        `${MODULE}: the local Neo4j exited during start-up; see ${logFile(s)}:\n${tailOfLog(s)}`,
      );
    }
    const logged = fs.readFileSync(logFile(s), 'utf8').slice(logStart);
    if (logged.includes(`${READY_MARKER} pid=${child.pid} `) && (await portAnswers(s.port))) break;
    if (Date.now() > deadline) {
      await stopLocal(s);
      throw new Error(
        `${MODULE}: the local Neo4j did not answer on port ${s.port} in time; see ${logFile(s)}`,
      );
    }
    await sleep(250);
  }
  return { ...localStatus(s), alreadyRunning: false, startMs: Date.now() - started };
}

function tailOfLog(s: LocalNeo4jSettings, lines = 20): string {
  try {
    const log = fs.readFileSync(logFile(s), 'utf8');
    // The launcher names its own failures in one line; otherwise show the end of the log.
    const failed = /ENTENTE_NEO4J_FAILED (.*)/.exec(log);
    return failed ? failed[1] : log.split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Stops the local Neo4j (SIGTERM, then SIGKILL after a grace period) and waits for the port to free. */
export async function stopLocal(s: LocalNeo4jSettings, graceMs = 30_000): Promise<boolean> {
  // The pid file's process and any other JVM on this data directory (an orphan of an earlier double start).
  const onFile = readPid(s);
  const pids = [...new Set([...(onFile === null ? [] : [onFile]), ...instancesOf(s)])].filter(
    processAlive,
  );
  if (pids.length === 0) {
    fs.rmSync(pidFile(s), { force: true });
    return false;
  }
  for (const pid of pids) process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(processAlive) && Date.now() < deadline) await sleep(200);
  for (const pid of pids.filter(processAlive)) process.kill(pid, 'SIGKILL');
  while (pids.some(processAlive)) await sleep(100);
  for (let i = 0; i < 50 && (await portAnswers(s.port)); i++) await sleep(100);
  fs.rmSync(pidFile(s), { force: true });
  return true;
}

/** Resident memory of the local Neo4j in MiB (Linux /proc), for status and the benchmark. */
export function residentMemoryMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
