/**
 * The primary's table of listening handles shared by workers. Equal requests share one handle, whichever
 * worker asks (SPEC how-14), equal also in the number the worker gave its server (listen-slots.cts; the doc
 * mode ignores it for listen(0), SPEC how-16: the same port every time); a handle closes
 * when the last worker server on it leaves. Answers the workers' server messages, which name a server by
 * the worker's own number for it.
 */
import type { Socket } from 'node:net';
import { listeningAddress, type ListenRequest } from './listen-request.cjs';
import { shareKey } from './listen-slots.cjs';
import { followsNode } from './compat-mode.cjs';
import { RoundRobinHandle } from './round-robin-handle.cjs';
import { SharedHandle, type Datagram, type SharedSocket } from './shared-handle.cjs';
import type { Member } from './primary-listen.cjs';
import type { Body, Channel } from './protocol.cjs';
import type { Worker } from './worker.cjs';

interface Entry {
  handle: RoundRobinHandle | SharedHandle;
  /** Worker servers on the handle, including those still waiting for it to listen. */
  members: Set<Member>;
}

/** Where one worker server is: its membership and the key of its handle. */
interface Place {
  member: Member;
  key: string;
}

export class ServerRegistry {
  readonly #entries = new Map<string, Entry>();
  /** Each worker's servers, by the worker's number for them. */
  readonly #places = new Map<Worker, Map<number, Place>>();
  /** Copies of shared sockets asked from worker servers. */
  readonly #borrowing = new Map<Member, (copy: SharedSocket | undefined) => void>();
  readonly #roundRobin: () => boolean;
  readonly #channelOf: (worker: Worker) => Channel | undefined;

  constructor(roundRobin: () => boolean, channelOf: (worker: Worker) => Channel | undefined) {
    this.#roundRobin = roundRobin;
    this.#channelOf = channelOf;
  }

  /**
   * The worker's server messages: 'serve' (listen for me), 'ack' (connection answer), 'room' (a full server has
   * room again), 'closed', and for shared sockets 'holding' (copy received) and 'lent' (copy given back for
   * another worker).
   */
  handle(worker: Worker, body: Body, socket: unknown): void {
    if (body.act === 'serve') return void this.#serve(worker, body.server as number, body.request as ListenRequest, body.slot as number | undefined);
    const place = this.#places.get(worker)?.get(body.server as number);
    if (!place) return;
    const handle = this.#entries.get(place.key)?.handle;
    if (body.act === 'ack' && handle instanceof RoundRobinHandle) {
      handle.acknowledged(place.member, body.connection as number, body.accepted === true, body.full === true);
    } else if (body.act === 'room' && handle instanceof RoundRobinHandle) handle.roomAgain(place.member);
    else if (body.act === 'holding' && handle instanceof SharedHandle) handle.holding(place.member);
    else if (body.act === 'lent') this.#returned(place.member, socket as SharedSocket | undefined);
    else if (body.act === 'closed') this.#leave(place);
  }

  /** The worker is gone: its servers leave their handles and lend nothing more. */
  release(worker: Worker): void {
    for (const place of this.#places.get(worker)?.values() ?? []) {
      this.#returned(place.member, undefined);
      this.#leave(place);
    }
    this.#places.delete(worker);
  }

  /** SPEC cluster.disconnect-02: all internal handles closed. */
  closeAll(): void {
    for (const { handle } of this.#entries.values()) handle.close();
    this.#entries.clear();
  }

  async #serve(worker: Worker, server: number, request: ListenRequest, slot: number | undefined): Promise<void> {
    const key = shareKey(request, slot, followsNode());
    const entry = this.#entries.get(key) ?? this.#open(key, request);
    const place = { member: { worker, server }, key };
    entry.members.add(place.member);
    const places = this.#places.get(worker) ?? new Map<number, Place>();
    this.#places.set(worker, places.set(server, place));
    const outcome = await entry.handle.add(place.member);
    const channel = this.#channelOf(worker);
    if (!channel) {
      entry.handle.remove(place.member); // the worker left while the handle was opening
      this.#leave(place);
    } else if ('error' in outcome) {
      this.#leave(place);
      channel.send({ act: 'served', server, error: outcome.error });
    } else {
      const copy: SharedSocket | undefined = 'copy' in outcome ? (outcome.copy as SharedSocket) : undefined;
      const reply = { act: 'served', server, roundRobin: copy === undefined, name: outcome.name, address: listeningAddress(request, outcome.name) };
      // SCHED_NONE and UDP: the worker gets the listening socket itself.
      channel.send(reply, copy);
    }
  }

  #open(key: string, request: ListenRequest): Entry {
    // UDP is always shared: round-robin applies to accepted connections only. Unix sockets are always
    // round-robin: closing the primary's copy of a shared one would unlink its path (README, Limits).
    const roundRobin = request.kind === 'pipe' || (request.kind !== 'udp' && this.#roundRobin());
    const handle = roundRobin
      ? new RoundRobinHandle(request, (...handOff) => this.#handOff(...handOff))
      : new SharedHandle(request, (holder) => this.#borrow(holder), (member, stray) => this.#passOn(member, stray));
    const entry = { handle, members: new Set<Member>() };
    this.#entries.set(key, entry);
    return entry;
  }

  /** Round-robin keeps the primary's copy until the worker answers; a shared handle's stray needs no answer. */
  #handOff({ worker, server }: Member, connection: number, socket: Socket, done: (error: Error | null) => void): boolean {
    const channel = this.#channelOf(worker);
    return channel !== undefined && channel.send({ act: 'connection', server, connection }, socket, { keepOpen: connection !== 0 }, done);
  }

  /** A stray datagram travels as data: its bytes and where it came from. */
  #passOn(member: Member, stray: Socket | Datagram): void {
    if (!('remote' in stray)) return void this.#handOff(member, 0, stray, () => {});
    this.#channelOf(member.worker)?.send({ act: 'datagram', server: member.server, data: stray.message.toString('base64'), remote: stray.remote });
  }

  #borrow(holder: Member): Promise<SharedSocket | undefined> {
    return new Promise((resolve) => {
      this.#borrowing.set(holder, resolve);
      if (!this.#channelOf(holder.worker)?.send({ act: 'lend', server: holder.server })) this.#returned(holder, undefined);
    });
  }

  #returned(holder: Member, copy: SharedSocket | undefined): void {
    const resolve = this.#borrowing.get(holder);
    this.#borrowing.delete(holder);
    resolve?.(copy);
  }

  #leave({ member, key }: Place): void {
    // A copy asked from a server that closed meanwhile will not come: the next holder lends, or a new socket
    // opens (SPEC node.listen-07: a listen racing that close still ends in 'listening').
    this.#returned(member, undefined);
    this.#places.get(member.worker)?.delete(member.server);
    const entry = this.#entries.get(key);
    if (!entry?.members.delete(member)) return;
    entry.handle.remove(member);
    if (entry.members.size > 0) return;
    entry.handle.close();
    this.#entries.delete(key);
  }
}
