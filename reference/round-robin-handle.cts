/**
 * Where does a connection go? SCHED_RR (SPEC how, cluster.schedulingPolicy): the primary listens, accepts
 * each connection and hands it to a worker chosen by the pure RoundRobinScheduler; the worker answers
 * whether it took it. The primary keeps its copy of the socket until that answer, so a connection refused
 * by a closing worker, or held by a worker that died, goes to another worker. With no worker left, waiting
 * connections are closed and the listening socket too (SPEC how: no workers alive, new connections refused).
 */
import type { Server, Socket } from 'node:net';
import { RoundRobinScheduler, type Decision } from './round-robin-scheduler.cjs';
import { listenNet, type Outcome } from './primary-listen.cjs';
import type { ListenRequest } from './listen-request.cjs';
import type { Worker } from './worker.cjs';

/**
 * Sends one connection to a worker, keeping the primary's copy open; false if it could not be sent.
 * onFailed: the send failed on the way (the client may have gone): nothing will answer for it.
 */
export type HandOff = (worker: Worker, connection: number, socket: Socket, onFailed: () => void) => boolean;

export class RoundRobinHandle {
  readonly #server: Server;
  readonly #outcome: Promise<Outcome>;
  readonly #scheduler = new RoundRobinScheduler<number, Worker>();
  /** The primary's copy of every connection not yet taken by a worker, by connection number. */
  readonly #sockets = new Map<number, Socket>();
  readonly #handOff: HandOff;
  readonly #onEmpty: () => void;
  #lastConnection = 0;

  constructor(request: Exclude<ListenRequest, { kind: 'udp' }>, handOff: HandOff, onEmpty: () => void) {
    this.#handOff = handOff;
    this.#onEmpty = onEmpty;
    // Paused: the primary never reads from a connection; the worker that takes it does.
    const { handle: server, outcome } = listenNet(request, { pauseOnConnect: true });
    this.#server = server;
    this.#outcome = outcome;
    server.on('connection', (socket) => this.#arrived(socket));
  }

  /** Adds the worker to the rotation once listening succeeded; the outcome goes back to the worker. */
  async add(worker: Worker): Promise<Outcome> {
    const outcome = await this.#outcome;
    if ('name' in outcome) this.#carryOut(this.#scheduler.addWorker(worker));
    return outcome;
  }

  has(worker: Worker): boolean {
    return this.#scheduler.hasWorker(worker);
  }

  remove(worker: Worker): void {
    this.#carryOut(this.#scheduler.removeWorker(worker));
  }

  /** The worker's answer for a connection: accepted means the worker owns it now. */
  acknowledged(worker: Worker, connection: number, accepted: boolean): void {
    if (this.#scheduler.heldBy(worker) !== connection) return;
    if (accepted) this.#forget(connection);
    this.#carryOut(this.#scheduler.acknowledged(worker, connection, accepted));
  }

  get workerCount(): number {
    return this.#scheduler.workerCount;
  }

  close(): void {
    this.#server.close();
    for (const socket of this.#sockets.values()) socket.destroy();
    this.#sockets.clear();
  }

  #arrived(socket: Socket): void {
    const connection = ++this.#lastConnection;
    this.#sockets.set(connection, socket);
    socket.on('error', () => this.#forget(connection));
    this.#carryOut(this.#scheduler.connectionArrived(connection));
  }

  #carryOut(decisions: Decision<number, Worker>[]): void {
    for (const decision of decisions) {
      const socket = this.#sockets.get(decision.connection);
      if (decision.kind === 'close') this.#forget(decision.connection);
      else if (!socket || !this.#handOff(decision.worker, decision.connection, socket, () => {
        this.acknowledged(decision.worker, decision.connection, true); // the worker is free; the connection is dropped
      })) {
        // The worker's channel is gone: it leaves the rotation and the connection goes elsewhere.
        this.#carryOut(this.#scheduler.removeWorker(decision.worker));
      }
    }
    if (this.#scheduler.workerCount === 0) this.#onEmpty();
  }

  #forget(connection: number): void {
    this.#sockets.get(connection)?.destroy();
    this.#sockets.delete(connection);
  }
}
