// Server-wide admission: at most `slots` API requests work at once, the rest wait in line, and one that would wait
// longer than `maxWaitMs` is refused with 503 busy. Neo4j then runs a few queries at a time instead of every one
// slowly (and the driver's pool never runs dry), and every request is answered or refused in a bounded time
// however many clients come. Work many requests share (an overview's computation) may go ahead of the line.
import type { FastifyInstance } from 'fastify';
import { busy } from './route-concurrency.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for a route that takes its slots itself (the overview: requests that share one query take one). */
    admitted?: boolean;
  }
}

/** No slot came free within the wait. */
export class AdmissionBusyError extends Error {
  constructor(
    readonly slots: number,
    readonly waitedMs: number,
  ) {
    super(`${slots} requests were working and none finished within ${waitedMs} ms`);
    this.name = 'AdmissionBusyError';
  }
}

export interface AdmissionOptions {
  signal?: AbortSignal;
  /** Goes ahead of the line (after earlier ones that did): work whose answer many requests share. */
  ahead?: boolean;
}

export interface Admission {
  /** A release function once a slot is free; AdmissionBusyError past the wait; the signal's reason on abort. */
  acquire(options?: AdmissionOptions): Promise<() => void>;
  /** `work` in a slot, released when it settles. */
  run<T>(work: () => Promise<T>, options?: AdmissionOptions): Promise<T>;
}

interface Waiter {
  grant: () => void;
  ahead: boolean;
}

export function admission(slots: number, maxWaitMs: number): Admission {
  let working = 0;
  const line: Waiter[] = [];

  const release = () => {
    const next = line.shift();
    if (next) next.grant();
    else working--;
  };
  // A slot is released once, however many times its holder says so.
  const releaser = () => {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  };

  const acquire = ({ signal, ahead = false }: AdmissionOptions = {}): Promise<() => void> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (working < slots) {
      working++;
      return Promise.resolve(releaser());
    }
    return new Promise((resolve, reject) => {
      const leave = (error: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = line.indexOf(waiter);
        if (at >= 0) line.splice(at, 1);
        reject(error);
      };
      // The slot passes straight from the releasing holder to this waiter: `working` stays as it is.
      const waiter: Waiter = {
        ahead,
        grant: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          resolve(releaser());
        },
      };
      const onAbort = () => leave(signal!.reason);
      const timer = setTimeout(() => leave(new AdmissionBusyError(slots, maxWaitMs)), maxWaitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (!ahead) line.push(waiter);
      else {
        const behind = line.findIndex((w) => !w.ahead);
        line.splice(behind < 0 ? line.length : behind, 0, waiter);
      }
    });
  };

  return {
    acquire,
    async run(work, options) {
      const done = await acquire(options);
      try {
        return await work();
      } finally {
        done();
      }
    },
  };
}

/** Every API route but the open ones (health) and those that opt out waits for a slot before its handler. */
export function admitRequests(app: FastifyInstance, gate: Admission): void {
  app.addHook('preHandler', async (request, reply) => {
    const config = request.routeOptions.config;
    const isApi = request.url === '/api' || request.url.startsWith('/api/');
    if (!isApi || config?.open || config?.admitted === false) return;
    try {
      const done = await gate.acquire({ signal: request.clientGone });
      // 'close' comes once the response is written or the client has gone, whichever is first.
      reply.raw.once('close', done);
      if (reply.raw.destroyed) done();
    } catch (error) {
      // A client that left while in line is past answering; the refusal only ends the request.
      if (error instanceof AdmissionBusyError || request.clientGone.aborted)
        throw busy(reply, `the server is at capacity (${(error as Error).message})`);
      throw error;
    }
  });
}
