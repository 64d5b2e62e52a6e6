/**
 * A worker's net.Server listening through the cluster owns no listening socket of its own: its connections
 * are handed to it, by the primary one by one (SCHED_RR), or by the shared listening socket the worker
 * accepts on (SCHED_NONE). This module gives such a server its documented face: 'listening', `listening`,
 * address(), and a close() that stops taking connections at once and emits 'close' when the ones it took
 * have ended (SPEC worker.disconnect-06, -07). Other servers are left untouched.
 */
import { Server, type Socket } from 'node:net';

interface ClusterState {
  address: object | string;
  closing: boolean;
  connections: Set<Socket>;
  /** Stops the source of connections (the shared socket), if the worker has one. */
  stop?: () => void;
}

const states = new WeakMap<Server, ClusterState>();

/** Patches net.Server's close() and address() once, for the cluster's servers only. */
export function installClusterServers(): void {
  const prototype = Server.prototype;
  const { close, address } = prototype;

  prototype.close = function (this: Server, callback?: (error?: Error) => void) {
    const state = states.get(this);
    if (!state) return close.call(this, callback);
    if (state.closing) {
      if (typeof callback === 'function') this.once('close', () => callback(notRunning()));
      return this;
    }
    if (typeof callback === 'function') this.once('close', callback);
    state.closing = true;
    state.stop?.();
    process.nextTick(() => closeIfDrained(this, state));
    return this;
  };
  prototype.address = function (this: Server) {
    const state = states.get(this);
    return state && !state.closing ? (state.address as ReturnType<typeof address>) : address.call(this);
  };
}

/** The server now listens at the primary's address; `stop` ends the source of its connections. */
export function listenThroughCluster(server: Server, address: object | string, stop?: () => void): void {
  const state: ClusterState = { address, closing: false, connections: new Set(), stop };
  states.set(server, state);
  // On the instance: some runtimes (Bun) make the prototype's `listening` non-configurable.
  Object.defineProperty(server, 'listening', { configurable: true, get: () => !state.closing });
  process.nextTick(() => server.emit('listening'));
}

/** Whether the server takes connections from the cluster now: it listens through it and is not closing. */
export function takesConnections(server: Server): boolean {
  return states.get(server)?.closing === false;
}

/** How many connections the cluster gave the server that are still open (SPEC node.net-07: maxConnections counts them). */
export function openConnections(server: Server): number {
  return states.get(server)?.connections.size ?? 0;
}

/** A connection for the server: taken (true) unless the server is closing or closed. */
export function takeConnection(server: Server, socket: Socket): boolean {
  const state = states.get(server);
  if (!state || state.closing) return false;
  state.connections.add(socket);
  socket.once('close', () => {
    state.connections.delete(socket);
    if (state.closing) closeIfDrained(server, state);
  });
  server.emit('connection', socket);
  return true;
}

function closeIfDrained(server: Server, state: ClusterState): void {
  if (state.connections.size > 0 || states.get(server) !== state) return;
  states.delete(server);
  delete (server as { listening?: boolean }).listening; // back to the prototype's
  server.emit('close');
}

function notRunning(): Error {
  return Object.assign(new Error('Server is not running.'), { code: 'ERR_SERVER_NOT_RUNNING' });
}
