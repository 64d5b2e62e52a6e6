/**
 * Server sharing in a worker (SPEC intro-02, how-02): net.Server#listen (and so http, https) and
 * dgram.Socket#bind ask the primary instead of binding here. The primary answers with a round-robin
 * registration (connections then arrive one by one), or with the listening handle itself to accept on
 * (SCHED_NONE, UDP), or with a bind error, which becomes the server's 'error' event here. `exclusive: true` and listen(handle) keep
 * Node's own behaviour (SPEC how-13: listen(handle) does not talk to the primary).
 */
import { constants } from 'node:os';
import path from 'node:path';
import { Server, type Socket } from 'node:net';
import { Socket as DatagramSocket } from 'node:dgram';
import { keyOf, listensWithReusePort, parseBind, parseListen, type ListenRequest, type Parsed } from './listen-request.cjs';
import { ListenSlots } from './listen-slots.cjs';
import { installClusterServers, listenThroughCluster, openConnections, takeConnection, takesConnections } from './worker-cluster-server.cjs';
import { admission, dropConnection } from './connection-limit.cjs';
import { flagsOf, installSocketOptions } from './socket-options.cjs';
import { holdSends } from './held-sends.cjs';
import { SINCE_22_12 } from './runtime-features.cjs';
import { adoptSharedSocket } from './worker-shared-dgram.cjs';
import { installKeepAlive, keepAliveFor } from './server-keep-alive.cjs';
import { listenOnHandle } from './listen-on-server.cjs';
import type { Body, Channel } from './protocol.cjs';
import type { ListenError } from './primary-listen.cjs';

type Listener = Server | DatagramSocket;

export class WorkerServers {
  readonly #channel: Channel;
  /** Servers waiting for the primary's answer, by this worker's number for the server. */
  readonly #asked = new Map<number, { server: Listener; request: ListenRequest; slot: number; given: Parsed['request']; held?: { cancel(): void } }>();
  /** Each server's place among this worker's servers on its address (SPEC node.listen-01, -02). */
  readonly #slots = new ListenSlots();
  /** Servers listening through the primary, by number. */
  readonly #listening = new Map<number, Listener>();
  /** The shared sockets this worker holds (SCHED_NONE, UDP), lent to the primary for other workers. */
  readonly #shared = new Map<number, Listener>();
  /** Servers that told the primary they were full (maxConnections) and have not told it they have room again. */
  readonly #owesRoom = new Set<number>();
  #lastServer = 0;

  constructor(channel: Channel) {
    this.#channel = channel;
    installClusterServers();
    installSocketOptions();
    installKeepAlive();
    const servers = this;
    const listen = Server.prototype.listen;
    Server.prototype.listen = function (this: Server, ...args: unknown[]) {
      // SPEC node.net-05, -06: reusePort binds in the worker, as exclusive does (node.net-01).
      const parsed = SINCE_22_12 && listensWithReusePort(args) ? undefined : parseListen(args);
      return parsed ? servers.#ask(this, parsed) : listenOnHandle(this, args, listen as never);
    } as typeof listen;
    const bind = DatagramSocket.prototype.bind;
    DatagramSocket.prototype.bind = function (this: DatagramSocket, ...args: unknown[]) {
      // `type` is set by dgram.createSocket() though missing from the typings. SPEC node.udp-08: reusePort binds
      // in the worker, as exclusive does (node.udp-03).
      const flags = flagsOf(this);
      const parsed = SINCE_22_12 && flags.reusePort ? undefined : parseBind((this as unknown as { type: 'udp4' | 'udp6' }).type, args, flags);
      return parsed ? servers.#ask(this, parsed) : bind.apply(this, args as never);
    } as typeof bind;
  }

  /**
   * The primary's server messages: 'served' (answer to a listen), 'connection' (round-robin, or a stray
   * accepted by the primary's copy), 'datagram' (read by the primary's copy), 'lend'.
   */
  handle(body: Body, handle: unknown): void {
    const number = body.server as number;
    if (body.act === 'served') this.#served(number, body, handle);
    else if (body.act === 'lend') this.#channel.send({ act: 'lent', server: number }, this.#shared.get(number));
    else if (body.act === 'datagram') {
      const server = this.#listening.get(number);
      if (server instanceof DatagramSocket) server.emit('message', Buffer.from(body.data as string, 'base64'), body.remote);
    } else if (body.act === 'connection') this.#connection(number, body.connection as number, handle as Socket);
  }

  /** SPEC worker.disconnect-02: close every server listening through the primary; `done` once all closed. */
  closeAll(done: () => void): void {
    let open = this.#listening.size;
    if (open === 0) return process.nextTick(done);
    for (const server of this.#listening.values()) {
      server.once('close', () => {
        if (--open === 0) done();
      });
      server.close();
    }
  }

  /**
   * A connection from the primary (round-robin), or a stray one the primary's copy of a shared socket accepted
   * (number 0, as if accepted here). SPEC node.net-07..10: a server holding maxConnections answers that it is full,
   * or drops the connection.
   */
  #connection(number: number, connection: number, socket: Socket): void {
    const server = this.#listening.get(number);
    const open = server instanceof Server && takesConnections(server);
    const admitted = open ? admission(server, openConnections(server), connection === 0) : 'take';
    // Answer first: the primary can hand this worker its next connection while this one is set up.
    this.#channel.send({ act: 'ack', server: number, connection, accepted: open && admitted !== 'full', full: admitted === 'full' });
    if (!open || admitted === 'full') {
      if (admitted === 'full') this.#owesRoom.add(number);
      socket.destroy();
    } else if (admitted === 'drop') dropConnection(server, socket);
    else this.#take(number, server, socket);
  }

  /** SCHED_NONE: a connection this worker accepted on the shared socket itself (SPEC how-10, node.net-09). */
  #accepted(number: number, server: Server, socket: Socket): void {
    if (takesConnections(server) && admission(server, openConnections(server), true) === 'drop') dropConnection(server, socket);
    else this.#take(number, server, socket);
  }

  #take(number: number, server: Server, socket: Socket): void {
    if (!takeConnection(server, socket)) return void socket.destroy();
    // SPEC node.net-08: a full server tells the primary once one of its connections closed.
    if (typeof server.maxConnections === 'number') socket.once('close', () => this.#roomAgain(number, server));
  }

  #roomAgain(number: number, server: Server): void {
    if (!this.#owesRoom.has(number) || admission(server, openConnections(server), false) !== 'take') return;
    this.#owesRoom.delete(number);
    this.#channel.send({ act: 'room', server: number });
  }

  #ask<L extends Listener>(server: L, { request: given, callback }: Parsed): L {
    if (callback) server.once('listening', callback);
    const number = ++this.#lastServer;
    const request = inWorkingDirectory(given);
    const slot = this.#slots.take(keyOf(request));
    const held = server instanceof DatagramSocket ? holdSends(server) : undefined;
    this.#asked.set(number, { server, request, slot, given, held });
    this.#channel.send({ act: 'serve', server: number, request, slot });
    return server;
  }

  #served(number: number, body: Body, handle: unknown): void {
    const asked = this.#asked.get(number);
    if (!asked) return;
    this.#asked.delete(number);
    const { server, request, slot, given, held } = asked;
    if (body.error) {
      held?.cancel();
      this.#slots.release(keyOf(request), slot);
      process.nextTick(() => server.emit('error', bindError(body.error as ListenError, request)));
      return;
    }
    this.#listening.set(number, server);
    server.once('listening', () => this.#channel.send({ act: 'listening', address: body.address }));
    server.once('close', () => {
      this.#slots.release(keyOf(request), slot);
      this.#listening.delete(number);
      this.#shared.delete(number);
      this.#owesRoom.delete(number);
      this.#channel.send({ act: 'closed', server: number });
    });
    // SPEC node.listen-09: server.address() gives a Unix socket's path as the worker wrote it.
    const address = given.kind === 'pipe' ? given.path : (body.name as object);
    if (body.roundRobin) return listenThroughCluster(server as Server, address, keepAliveFor(server as Server));
    this.#shared.set(number, handle as Listener);
    this.#channel.send({ act: 'holding', server: number });
    if (server instanceof DatagramSocket) return adoptSharedSocket(server, handle as DatagramSocket);
    // SCHED_NONE: this worker accepts on the shared socket itself (SPEC how-10).
    const shared = handle as Server;
    shared.on('connection', (socket: Socket) => this.#accepted(number, server as Server, socket));
    const release = keepAliveFor(server as Server, shared);
    listenThroughCluster(server as Server, address, () => {
      release();
      shared.close();
    });
  }
}

/**
 * SPEC node.listen-09: a relative Unix socket path names a file in this worker's working directory at the time of
 * the call, not in the primary's (which opens the socket). Abstract names (a leading NUL byte) are no files.
 */
function inWorkingDirectory(request: ListenRequest): ListenRequest {
  if (request.kind !== 'pipe' || path.isAbsolute(request.path) || request.path.startsWith('\0')) return request;
  return { ...request, path: path.resolve(request.path) };
}

/**
 * The error Node gives a worker whose bind failed in the primary (SPEC node.listen-05, -06): "bind CODE address:port",
 * the port only when one was asked for; a `port` key but for port 0 (-1 for a path); listen({ fd }) names neither.
 */
function bindError({ code, errno }: ListenError, request: ListenRequest): NodeJS.ErrnoException {
  const [address, port] = request.kind === 'pipe' ? [request.path, -1]
    : request.kind === 'udp' ? [request.address, request.port]
    : request.kind === 'tcp' ? [request.host, request.port]
    : [null, 0];
  const where = port > 0 ? ` ${address}:${port}` : address === null ? '' : ` ${address}`;
  // Negative, as Node's are (Bun 1.4.5's net errors carry positive ones).
  const number = -Math.abs(errno ?? (constants.errno as Record<string, number>)[code]);
  return Object.assign(new Error(`bind ${code}${where}`), { errno: number, code, syscall: 'bind', address, ...(port === 0 ? {} : { port }) });
}
