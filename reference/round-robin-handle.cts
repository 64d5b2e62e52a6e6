/**
 * Where does a connection go? SCHED_RR (SPEC how-06, how-07, how-21): the primary listens, accepts
 * each connection and hands it to a worker chosen by the pure RoundRobinScheduler; the worker answers
 * whether it took it. The primary keeps its copy of the socket until that answer, so a connection refused
 * by a closing worker, or held by a worker that died, goes to another worker. With no worker left, waiting
 * connections are closed (SPEC how-22), and the registry closes the listening socket (SPEC how-23).
 */
import type { Server, Socket } from 'node:net';
import { RoundRobinScheduler, type Decision } from './round-robin-scheduler.cjs';
import { listenNet, type Member, type Outcome } from './primary-listen.cjs';
import type { ListenRequest } from './listen-request.cjs';

/**
 * Sends one connection to a worker's server, keeping the primary's copy open; false if it could not be sent.
 * `done` hears how the send ended: after an error (the client may have gone) nothing will answer for it.
 */
export type HandOff = (member: Member, connection: number, socket: Socket, done: (error: Error | null) => void) => boolean;

/**
 * Two unanswered connections per worker: the next one is already in the worker's channel while it takes one,
 * so it never waits for the round trip (measured: about 5 % more connections/s under churn than one, Jain
 * unchanged; three gained nothing more). The scheduler properties run at this capacity.
 */
export const HANDOFF_CAPACITY = 2;

export class RoundRobinHandle {
  readonly #server: Server;
  readonly #outcome: Promise<Outcome>;
  readonly #scheduler = new RoundRobinScheduler<number, Member>(HANDOFF_CAPACITY);
  /** The primary's copy of every connection not yet taken by a worker, by connection number. */
  readonly #sockets = new Map<number, Socket>();
  readonly #handOff: HandOff;
  #lastConnection = 0;

  constructor(request: Exclude<ListenRequest, { kind: 'udp' }>, handOff: HandOff) {
    this.#handOff = handOff;
    // Paused: the primary never reads from a connection; the worker that takes it does.
    const { handle: server, outcome } = listenNet(request, { pauseOnConnect: true });
    this.#server = server;
    this.#outcome = outcome;
    server.on('connection', (socket) => this.#arrived(socket));
  }

  /** Adds the worker's server to the rotation once listening succeeded; the outcome goes back to the worker. */
  async add(member: Member): Promise<Outcome> {
    const outcome = await this.#outcome;
    if ('name' in outcome) this.#carryOut(this.#scheduler.addWorker(member));
    return outcome;
  }

  remove(member: Member): void {
    this.#carryOut(this.#scheduler.removeWorker(member));
  }

  /**
   * The worker's answer for a connection: accepted means the worker owns it now; full (SPEC node.net-07) that its
   * server holds maxConnections: the connection goes to another worker or waits, and the worker gets nothing until
   * roomAgain().
   */
  acknowledged(member: Member, connection: number, accepted: boolean, full = false): void {
    if (!this.#scheduler.holds(member, connection)) return;
    // The worker's next connection goes out before the taken one's copy is closed: the hand-off waits for nothing.
    this.#carryOut(full ? this.#scheduler.full(member, connection) : this.#scheduler.acknowledged(member, connection, accepted));
    if (accepted) this.#forget(connection);
  }

  /** SPEC node.net-08: a worker that was full has room again. */
  roomAgain(member: Member): void {
    this.#carryOut(this.#scheduler.roomAgain(member));
  }

  close(): void {
    this.#server.close();
    for (const socket of this.#sockets.values()) socket.destroy();
    this.#sockets.clear();
  }

  #arrived(socket: Socket): void {
    const connection = ++this.#lastConnection;
    this.#sockets.set(connection, socket);
    // One listener shared by all connections (none allocated per connection): an errored socket is destroyed
    // by its stream, and dropped when its turn comes (#carryOut).
    socket.on('error', ignore);
    this.#carryOut(this.#scheduler.connectionArrived(connection));
  }

  #carryOut(decisions: Decision<number, Member>[]): void {
    for (const decision of decisions) {
      const { connection } = decision;
      const socket = this.#sockets.get(connection);
      if (decision.kind === 'close') this.#forget(connection);
      else if (!socket || socket.destroyed) {
        // The client went away while waiting: nothing to hand, the worker is free again.
        this.acknowledged(decision.worker, connection, true);
      } else if (!this.#handOff(decision.worker, connection, socket, (error) => {
        // Lost on the way: the worker is free again and the connection is dropped.
        if (error) this.acknowledged(decision.worker, connection, true);
      })) {
        // The worker's channel is gone: it leaves the rotation and the connection goes elsewhere.
        this.#carryOut(this.#scheduler.removeWorker(decision.worker));
      }
    }
  }

  #forget(connection: number): void {
    this.#sockets.get(connection)?.destroy();
    this.#sockets.delete(connection);
  }
}

function ignore(): void {}
