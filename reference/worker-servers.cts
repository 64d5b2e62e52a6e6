/**
 * Server sharing in a worker (SPEC how): net.Server#listen (and so http, https) and dgram.Socket#bind ask
 * the primary instead of binding here. The primary answers with a round-robin registration (connections
 * then arrive one by one), or with the listening handle itself to accept on (SCHED_NONE, UDP), or with a
 * bind error, which becomes the server's 'error' event here. `exclusive: true` and listen(handle) keep
 * Node's own behaviour (SPEC how: listen(handle) does not talk to the primary).
 */
import { constants } from 'node:os';
import { Server, type Socket } from 'node:net';
import { Socket as DatagramSocket } from 'node:dgram';
import { parseBind, parseListen, type ListenRequest, type Parsed } from './listen-request.cjs';
import { installRoundRobinServers, listenRoundRobin, takeConnection } from './worker-round-robin-server.cjs';
import { adoptSharedSocket } from './worker-shared-dgram.cjs';
import type { Body, Channel } from './protocol.cjs';
import type { ListenError } from './primary-listen.cjs';

type Listener = Server | DatagramSocket;

export class WorkerServers {
  readonly #channel: Channel;
  /** Servers waiting for the primary's answer, by request number. */
  readonly #asked = new Map<number, { server: Listener; request: ListenRequest }>();
  /** Servers listening through the primary, by the primary's handle key. */
  readonly #listening = new Map<string, Listener>();
  readonly #listen = Server.prototype.listen;
  #lastRequest = 0;

  constructor(channel: Channel) {
    this.#channel = channel;
    installRoundRobinServers();
    const servers = this;
    const listen = this.#listen;
    Server.prototype.listen = function (this: Server, ...args: unknown[]) {
      const parsed = parseListen(args);
      return parsed ? servers.#ask(this, parsed) : listen.apply(this, args as never);
    } as typeof listen;
    const bind = DatagramSocket.prototype.bind;
    DatagramSocket.prototype.bind = function (this: DatagramSocket, ...args: unknown[]) {
      // `type` is set by dgram.createSocket() though missing from the typings.
      const parsed = parseBind((this as unknown as { type: 'udp4' | 'udp6' }).type, args);
      return parsed ? servers.#ask(this, parsed) : bind.apply(this, args as never);
    } as typeof bind;
  }

  /** The primary's server messages: 'served' (answer to a listen) and 'connection' (round-robin). */
  handle(body: Body, handle: unknown): void {
    if (body.act === 'served') this.#served(body, handle);
    else if (body.act === 'connection') {
      const server = this.#listening.get(body.key as string);
      const accepted = server instanceof Server && takeConnection(server, handle as Socket);
      if (!accepted) (handle as Socket).destroy();
      this.#channel.send({ act: 'ack', key: body.key, connection: body.connection, accepted });
    }
  }

  /** SPEC worker.disconnect: close every server listening through the primary; `done` once all closed. */
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

  #ask<L extends Listener>(server: L, { request, callback }: Parsed): L {
    if (callback) server.once('listening', callback);
    const seq = ++this.#lastRequest;
    this.#asked.set(seq, { server, request });
    this.#channel.send({ act: 'serve', seq, request });
    return server;
  }

  #served(body: Body, handle: unknown): void {
    const asked = this.#asked.get(body.seq as number);
    if (!asked) return;
    this.#asked.delete(body.seq as number);
    const { server, request } = asked;
    if (body.error) {
      process.nextTick(() => server.emit('error', bindError(body.error as ListenError, request)));
      return;
    }
    const key = body.key as string;
    this.#listening.set(key, server);
    server.once('listening', () => this.#channel.send({ act: 'listening', address: body.address }));
    server.once('close', () => {
      this.#listening.delete(key);
      this.#channel.send({ act: 'closed', key });
    });
    if (server instanceof DatagramSocket) adoptSharedSocket(server, handle as DatagramSocket);
    else if (body.roundRobin) listenRoundRobin(server, request.kind === 'pipe' ? request.path : (body.name as object));
    else this.#listen.call(server, handle as Server);
  }
}

/** The error Node gives a worker whose bind failed in the primary: "bind CODE address:port". */
function bindError({ code, errno }: ListenError, request: ListenRequest): NodeJS.ErrnoException {
  const [address, port] = request.kind === 'pipe' ? [request.path, -1]
    : request.kind === 'udp' ? [request.address, request.port]
    : request.kind === 'tcp' ? [request.host, request.port]
    : [null, -1];
  const where = request.kind === 'pipe' ? address : `${address}:${port}`;
  const number = errno ?? -(constants.errno as Record<string, number>)[code];
  return Object.assign(new Error(`bind ${code} ${where}`), { errno: number, code, syscall: 'bind', address, port });
}
