/**
 * The primary's table of listening handles shared by workers, keyed by what was asked for: equal requests
 * from any worker share one handle (SPEC how: listen(0) gives every worker the same port). It answers the
 * workers' internal server messages and takes a leaving worker out of every handle.
 */
import { keyOf, listeningAddress, type ListenRequest } from './listen-request.cjs';
import { RoundRobinHandle } from './round-robin-handle.cjs';
import { SharedHandle } from './shared-handle.cjs';
import type { Outcome } from './primary-listen.cjs';
import type { Body, Channel } from './protocol.cjs';
import type { Worker } from './worker.cjs';
import type { Socket } from 'node:net';

type Handle = RoundRobinHandle | SharedHandle;

export class ServerRegistry {
  readonly #handles = new Map<string, Handle>();
  readonly #roundRobin: () => boolean;
  readonly #channelOf: (worker: Worker) => Channel | undefined;

  constructor(roundRobin: () => boolean, channelOf: (worker: Worker) => Channel | undefined) {
    this.#roundRobin = roundRobin;
    this.#channelOf = channelOf;
  }

  /** The worker's server messages: 'serve' (listen for me), 'ack' (connection answer), 'closed'. */
  handle(worker: Worker, body: Body): void {
    const handle = this.#handles.get(body.key as string);
    if (body.act === 'serve') void this.#serve(worker, body.seq as number, body.request as ListenRequest);
    else if (body.act === 'ack' && handle instanceof RoundRobinHandle) {
      handle.acknowledged(worker, body.connection as number, body.accepted === true);
    } else if (body.act === 'closed' && handle) this.#leave(body.key as string, handle, worker);
  }

  /** The worker is gone: it leaves every handle, and handles nobody uses any more are closed. */
  release(worker: Worker): void {
    for (const [key, handle] of this.#handles) this.#leave(key, handle, worker);
  }

  /** SPEC cluster.disconnect: all internal handles closed. */
  closeAll(): void {
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
  }

  async #serve(worker: Worker, seq: number, request: ListenRequest): Promise<void> {
    const key = keyOf(request);
    const handle = this.#handles.get(key) ?? this.#open(key, request);
    // The same worker listening twice on one handle fails as a second listen would in a single process.
    const outcome: Outcome = handle.has(worker) ? { error: { code: 'EADDRINUSE', syscall: 'listen' } } : await handle.add(worker);
    const channel = this.#channelOf(worker);
    if (!channel || 'error' in outcome) this.#leave(key, handle, worker);
    const reply = 'error' in outcome
      ? { act: 'served', seq, key, error: outcome.error }
      : { act: 'served', seq, key, roundRobin: handle instanceof RoundRobinHandle, address: listeningAddress(request, outcome.name), name: outcome.name };
    channel?.send(reply, handle instanceof SharedHandle && !('error' in outcome) ? handle.handle : undefined);
  }

  #open(key: string, request: ListenRequest): Handle {
    // UDP is always shared: round-robin applies to accepted connections only.
    const handle = this.#roundRobin() && request.kind !== 'udp'
      ? new RoundRobinHandle(request, (...handOff) => this.#handOff(key, ...handOff), () => this.#close(key))
      : new SharedHandle(request);
    this.#handles.set(key, handle);
    return handle;
  }

  #handOff(key: string, worker: Worker, connection: number, socket: Socket, onFailed: () => void): boolean {
    const channel = this.#channelOf(worker);
    return channel !== undefined && channel.send({ act: 'connection', key, connection }, socket, { keepOpen: true }, onFailed);
  }

  #leave(key: string, handle: Handle, worker: Worker): void {
    handle.remove(worker);
    if (handle.workerCount === 0) this.#close(key);
  }

  #close(key: string): void {
    this.#handles.get(key)?.close();
    this.#handles.delete(key);
  }
}
