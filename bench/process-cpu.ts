// CPU time of a process from Linux's /proc (null elsewhere): on the shared machine a bench's wall time is mostly
// waiting for a core, so its figures give the CPU each part used beside it.
import fs from 'node:fs';

/** Clock ticks are 10 ms on Linux (USER_HZ 100). */
const TICK_MS = 10;

function statFields(pid: number | 'self'): string[] | null {
  try {
    // After the command name in parentheses: field 3 (state) onwards.
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null;
  }
}

/** User + system CPU milliseconds a process has used (utime + stime), or null when /proc cannot tell. */
export function processCpuMs(pid: number): number | null {
  const f = statFields(pid);
  return f ? (Number(f[11]) + Number(f[12])) * TICK_MS : null;
}

/** CPU milliseconds of this process's finished and reaped children (cutime + cstime), or null. */
export function childrenCpuMs(): number | null {
  const f = statFields('self');
  return f ? (Number(f[13]) + Number(f[14])) * TICK_MS : null;
}
