/**
 * server.maxConnections on a worker's server fed by the cluster (SPEC node.net-07..10). A server holding its
 * limit takes no connection: under round-robin it answers the primary that it is full, and the primary gives the
 * connection to another worker or keeps it until this one has room (node.net-07, -08); with `dropMaxConnection`
 * (node.net-10), and always for a connection it accepted itself (SCHED_NONE, node.net-09), it drops the
 * connection and emits 'drop' with the connection's addresses.
 */
import type { Server, Socket } from 'node:net';
import { SINCE_22_12 } from './runtime-features.cjs';

/** What a worker's server does with a connection, given how many it holds open. */
export type Admission = 'take' | 'full' | 'drop';

/** `acceptedItself`: the connection came from the worker's own accept (SCHED_NONE), not from the primary. */
export function admission(server: Server, open: number, acceptedItself: boolean): Admission {
  const limit = server.maxConnections;
  if (typeof limit !== 'number' || open < limit) return 'take';
  const drops = (server as Server & { dropMaxConnection?: unknown }).dropMaxConnection === true && SINCE_22_12;
  return acceptedItself || drops ? 'drop' : 'full';
}

/** Closes the connection unread and tells the server's 'drop' listeners where it came from. */
export function dropConnection(server: Server, socket: Socket): void {
  const { localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily } = socket as Socket & { localFamily?: string };
  socket.destroy();
  server.emit('drop', { localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily });
}
