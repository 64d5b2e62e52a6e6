/**
 * SCHED_NONE, and UDP under any policy (SPEC how-09, how-10): the primary creates the listening socket and
 * sends it to each worker that asks; the workers accept (or receive) on it themselves.
 *
 * The primary must not accept on it: public APIs cannot hold a listening socket without polling it, so the
 * primary keeps no copy. It opens the socket for the first worker and closes its copy once sent; a later
 * worker gets a copy borrowed from a worker that holds one (same socket, so the same port for listen(0)).
 */
import type { Server } from 'node:net';
import type { Socket } from 'node:dgram';
import { bindUdp, listenNet, type Member, type Outcome } from './primary-listen.cjs';
import type { ListenRequest, SocketName } from './listen-request.cjs';

export type SharedSocket = Server | Socket;
/** A copy of the shared socket to send to a worker; the primary closes it once sent. */
export type SharedOutcome = { name: SocketName; copy: SharedSocket } | { error: Exclude<Outcome, { name: SocketName }>['error'] };
/** Asks a worker holding the socket for a copy; undefined if it has none to give (any more). */
export type Borrow = (holder: Member) => Promise<SharedSocket | undefined>;

export class SharedHandle {
  readonly #request: ListenRequest;
  readonly #borrow: Borrow;
  /** Worker servers that confirmed they hold a copy, and still use it. */
  readonly #holders = new Set<Member>();
  /** Worker servers sent a copy but not confirmed yet: resolves when they confirm or leave. */
  readonly #unconfirmed = new Map<Member, () => void>();
  #name: SocketName = {};
  /** One copy is made at a time, so the first worker's socket exists before a second asks. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(request: ListenRequest, borrow: Borrow) {
    this.#request = request;
    this.#borrow = borrow;
  }

  add(member: Member): Promise<SharedOutcome> {
    const copy = this.#queue.then(() => this.#copy());
    // The next worker waits until this one holds its copy (or left), so that it can borrow from it.
    this.#queue = copy.then((outcome) => 'copy' in outcome ? new Promise<void>((settled) => this.#unconfirmed.set(member, settled)) : undefined);
    return copy;
  }

  /** The worker's server has its copy: it can lend it from now on. */
  holding(member: Member): void {
    this.#holders.add(member);
    this.#settle(member);
  }

  remove(member: Member): void {
    this.#holders.delete(member);
    this.#settle(member);
  }

  /** Nothing to close: the primary holds no copy; the workers close theirs. */
  close(): void {}

  async #copy(): Promise<SharedOutcome> {
    for (const holder of this.#holders) {
      const copy = await this.#borrow(holder);
      if (copy) return { name: this.#name, copy };
    }
    const { handle, outcome } = this.#request.kind === 'udp' ? bindUdp(this.#request) : listenNet(this.#request, {});
    const opened = await outcome;
    if ('error' in opened) return opened;
    this.#name = opened.name;
    return { name: this.#name, copy: handle };
  }

  #settle(member: Member): void {
    this.#unconfirmed.get(member)?.();
    this.#unconfirmed.delete(member);
  }
}
