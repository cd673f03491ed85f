// A TCP proxy in front of the test Neo4j that a test can take down: while down it accepts each connection and
// closes it at once (a database that went away), counting the attempts, so retries can be counted, not timed.
import net from 'node:net';

export interface TcpProxy {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  /** Connections made to the proxy since it went down. */
  readonly attemptsWhileDown: number;
  down(): void;
  up(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  let isDown = false;
  let attempts = 0;
  const server = net.createServer((client) => {
    if (isDown) {
      attempts++;
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const [a, b] of [
      [client, upstream],
      [upstream, client],
    ]) {
      open.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => {
        open.delete(a);
        b.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    get attemptsWhileDown() {
      return attempts;
    },
    down() {
      isDown = true;
      attempts = 0;
      for (const socket of open) socket.destroy();
    },
    up() {
      isDown = false;
    },
    close: () => {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
