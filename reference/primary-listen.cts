/**
 * The primary's half of listening for workers: open a net server or dgram socket for a request and
 * wait for the outcome. A bind error is reported back to the worker, never thrown in the primary
 * (SPEC how-06, how-09: the primary creates the listening socket).
 */
import { createServer, type Server, type ServerOpts } from 'node:net';
import { createSocket, type Socket } from 'node:dgram';
import type { ListenRequest, SocketName } from './listen-request.cjs';
import type { Worker } from './worker.cjs';

/** One server of a worker listening through the primary; a worker may have several on one handle (SPEC how-16). */
export interface Member {
  worker: Worker;
  /** The worker's number for that server. */
  server: number;
}

/** How a failed listen is told to the worker: the fields of Node's system error. */
export interface ListenError {
  code: string;
  errno?: number;
  syscall?: string;
}

export type Outcome = { name: SocketName } | { error: ListenError };

export function listenNet(request: Exclude<ListenRequest, { kind: 'udp' }>, options: ServerOpts): { handle: Server; outcome: Promise<Outcome> } {
  const server = createServer(options);
  const outcome = settle(server, () => server.address());
  switch (request.kind) {
    case 'tcp':
      server.listen({ port: request.port, host: request.host ?? undefined, ipv6Only: request.ipv6Only, backlog: request.backlog });
      break;
    case 'pipe':
      server.listen({ path: request.path, readableAll: request.readableAll, writableAll: request.writableAll, backlog: request.backlog });
      break;
    case 'fd':
      server.listen({ fd: request.fd, backlog: request.backlog });
      break;
  }
  return { handle: server, outcome };
}

export function bindUdp(request: Extract<ListenRequest, { kind: 'udp' }>): { handle: Socket; outcome: Promise<Outcome> } {
  // SPEC node.udp-06, -07: the worker's reuseAddr and ipv6Only; node.udp-09: the primary's own descriptor.
  const socket = createSocket({ type: request.type, reuseAddr: request.flags?.reuseAddr, ipv6Only: request.flags?.ipv6Only });
  const outcome = settle(socket, () => socket.address());
  try {
    socket.bind(request.fd === undefined ? { port: request.port, address: request.address ?? undefined } : { fd: request.fd });
  } catch (error) {
    // A descriptor bind() refuses at once (not a UDP socket; Deno: any descriptor) is the worker's error, not the primary's.
    process.nextTick(() => socket.emit('error', error));
  }
  return { handle: socket, outcome };
}

function settle(emitter: Server | Socket, name: () => unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => {
      emitter.off('listening', onListening);
      resolve({ error: { code: error.code ?? 'UNKNOWN', errno: error.errno, syscall: error.syscall } });
    };
    const onListening = () => {
      emitter.off('error', onError);
      const address = name();
      resolve({ name: typeof address === 'object' && address !== null ? (address as SocketName) : {} });
    };
    emitter.once('error', onError);
    emitter.once('listening', onListening);
  });
}
