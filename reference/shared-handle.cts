/**
 * SCHED_NONE, and UDP under any policy (SPEC how-09, how-10): the primary creates the listening socket and
 * sends it to each worker that asks; the workers accept (or receive) on it themselves.
 *
 * The primary must not accept on it: public APIs cannot hold a listening socket without polling it, so the
 * primary keeps no copy. It opens the socket for the first worker and closes its copy once that worker
 * holds it; a later worker gets a copy borrowed from a worker that holds one (same socket, so the same
 * port for listen(0)). A connection the primary's copy accepted meanwhile is passed on to that worker,
 * unread: the primary's copies are paused on connect, since bytes the primary read would not go with the
 * handle and the worker would wait for a request already sent (the connection stranded). A dgram copy
 * cannot be paused (a received dgram socket reads as soon as it is bound, and dgram has no public way to
 * stop): the datagrams it read in the primary are passed on to that worker, which emits them as 'message'
 * (SPEC intro-03 and how-10, read for UDP: what reaches a shared socket is served by the workers, never the primary).
 */
import type { Server, Socket as NetSocket } from 'node:net';
import { Socket as DatagramSocket, type RemoteInfo } from 'node:dgram';
import { bindUdp, listenNet, type Member, type Outcome } from './primary-listen.cjs';
import type { ListenRequest, SocketName } from './listen-request.cjs';

export type SharedSocket = Server | DatagramSocket;
/** A copy of the shared socket to send to a worker; the primary closes it once the worker holds it. */
export type SharedOutcome = { name: SocketName; copy: SharedSocket } | { error: Exclude<Outcome, { name: SocketName }>['error'] };
/** Asks a worker holding the socket for a copy; undefined if it has none to give (any more). */
export type Borrow = (holder: Member) => Promise<SharedSocket | undefined>;
/** A datagram that the primary's copy of a UDP socket read meanwhile. */
export interface Datagram {
  message: Buffer;
  remote: RemoteInfo;
}
/** Sends a worker's server a connection (or datagram) that the primary's copy took meanwhile. */
export type PassOn = (member: Member, stray: NetSocket | Datagram) => void;

/** A copy on its way to a worker, with the connections it accepted (datagrams it read) in the primary meanwhile. */
interface InFlight {
  copy: SharedSocket;
  strays: (NetSocket | Datagram)[];
  /** Resolves once the worker holds its copy or left. */
  settled: () => void;
}

export class SharedHandle {
  readonly #request: ListenRequest;
  readonly #borrow: Borrow;
  readonly #passOn: PassOn;
  /** Worker servers that confirmed they hold a copy, and still use it. */
  readonly #holders = new Set<Member>();
  readonly #inFlight = new Map<Member, InFlight>();
  #name: SocketName = {};
  /** One copy is made at a time, so the first worker's socket exists before a second asks. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(request: ListenRequest, borrow: Borrow, passOn: PassOn) {
    this.#request = request;
    this.#borrow = borrow;
    this.#passOn = passOn;
  }

  add(member: Member): Promise<SharedOutcome> {
    const outcome = this.#queue.then(() => this.#copy());
    // The next worker waits until this one holds its copy (or left), so that it can borrow from it.
    this.#queue = outcome.then((copied) => 'copy' in copied ? this.#send(member, copied.copy) : undefined);
    return outcome;
  }

  /** The worker's server has its copy: it can lend it from now on, and the primary's copy goes. */
  holding(member: Member): void {
    this.#holders.add(member);
    const flight = this.#land(member);
    for (const stray of flight?.strays ?? []) this.#passOn(member, stray);
  }

  remove(member: Member): void {
    this.#holders.delete(member);
    for (const stray of this.#land(member)?.strays ?? []) if (!('remote' in stray)) stray.destroy();
  }

  /** Nothing to close: the primary holds no copy beyond those in flight; the workers close theirs. */
  close(): void {}

  async #copy(): Promise<SharedOutcome> {
    for (const holder of this.#holders) {
      const copy = await this.#borrow(holder);
      if (copy) return { name: this.#name, copy: pausedOnConnect(copy) };
    }
    const { handle, outcome } = this.#request.kind === 'udp' ? bindUdp(this.#request) : listenNet(this.#request, { pauseOnConnect: true });
    const opened = await outcome;
    if ('error' in opened) return opened;
    this.#name = opened.name;
    return { name: this.#name, copy: handle };
  }

  #send(member: Member, copy: SharedSocket): Promise<void> {
    return new Promise((settled) => {
      const flight: InFlight = { copy, strays: [], settled };
      // Until the primary closes its copy, it may accept connections (read datagrams) too: they go to that worker.
      if (copy instanceof DatagramSocket) copy.on('message', (message: Buffer, remote: RemoteInfo) => flight.strays.push({ message, remote }));
      else copy.on('connection', (socket: NetSocket) => flight.strays.push(socket));
      this.#inFlight.set(member, flight);
    });
  }

  #land(member: Member): InFlight | undefined {
    const flight = this.#inFlight.get(member);
    this.#inFlight.delete(member);
    flight?.copy.close();
    flight?.settled();
    return flight;
  }
}

/**
 * A borrowed copy arrives as a net.Server that child_process built with default options; the server reads
 * its pauseOnConnect option from this property at every connection, so set before any connection arrives.
 */
function pausedOnConnect(copy: SharedSocket): SharedSocket {
  if (!(copy instanceof DatagramSocket)) (copy as Server & { pauseOnConnect: boolean }).pauseOnConnect = true;
  return copy;
}
