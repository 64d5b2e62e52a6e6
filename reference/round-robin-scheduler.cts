/**
 * Round-robin distribution of the connections accepted by the primary on one listening handle.
 *
 * how-06/how-07: under round-robin the primary accepts the connections and hands each to a worker in
 * turn. how-08 allows unspecified smarts against overloading a worker; the ones chosen here: a worker
 * holds at most one connection it has not yet acknowledged, so a slow worker is skipped until it
 * answers, and connections wait in the primary instead of piling up in one process. Free workers are
 * served longest-free first, so with equal speeds the turn is strict and with unequal ones each worker's
 * share follows how fast it acknowledges.
 *
 * Pure state machine: no I/O, no timers. Every method returns the decisions the caller must carry out
 * (send a connection to a worker, or close it), in order.
 *
 * Calls that do not fit the current state are ignored and return no decision, so a late or duplicated
 * IPC message can never corrupt the state:
 * - addWorker for a worker already in the rotation;
 * - removeWorker for a worker not in the rotation;
 * - connectionArrived for a connection already waiting or held by a worker;
 * - acknowledged by a worker that does not currently hold that connection (stale answer, e.g. after the
 *   worker was removed and its connection re-routed, or a repeated answer).
 * A worker removed and then added again is a new member: it may be handed anything, including a
 * connection it refused before.
 */

export type Decision<C, W> = { kind: 'handoff'; connection: C; worker: W } | { kind: 'close'; connection: C };

export class RoundRobinScheduler<C, W> {
  /** Workers in the rotation, free or holding a connection. */
  readonly #members = new Set<W>();
  /** Free workers, the one free longest first. */
  #free: W[] = [];
  /** Each busy worker and the connection it has not acknowledged yet. */
  readonly #held = new Map<W, C>();
  /** Connections no worker could take yet, oldest first. */
  #waiting: C[] = [];

  /** A worker joins the rotation as free (it now listens on this handle). */
  addWorker(worker: W): Decision<C, W>[] {
    if (this.#members.has(worker)) return [];
    this.#members.add(worker);
    this.#free.push(worker);
    return this.#dispatch();
  }

  /**
   * A worker leaves the rotation (it died, disconnected or closed its server). A connection it held
   * unacknowledged goes first to the next worker rather than being lost: how-19, the other workers keep
   * serving, and how-21. With no worker left, waiting connections are closed (how-22, how-23).
   */
  removeWorker(worker: W): Decision<C, W>[] {
    if (!this.#members.has(worker)) return [];
    this.#members.delete(worker);
    this.#free = this.#free.filter((w) => w !== worker);
    if (this.#held.has(worker)) {
      this.#waiting.unshift(this.#held.get(worker) as C);
      this.#held.delete(worker);
    }
    return this.#settle();
  }

  /**
   * The primary accepted a connection: hand it to the worker free longest, or queue it. With no worker
   * in the rotation it is closed at once (how-23).
   */
  connectionArrived(connection: C): Decision<C, W>[] {
    if (this.#isKnown(connection)) return [];
    this.#waiting.push(connection);
    return this.#settle();
  }

  /**
   * A worker answered a handoff. Accepted: the worker is free again (behind the other free workers).
   * Refused (its server is closing): the worker leaves the rotation and the connection goes first to
   * another worker; it is never handed back to the refuser unless that worker is added again.
   */
  acknowledged(worker: W, connection: C, accepted: boolean): Decision<C, W>[] {
    if (!this.#held.has(worker) || this.#held.get(worker) !== connection) return [];
    this.#held.delete(worker);
    if (accepted) {
      this.#free.push(worker);
    } else {
      this.#members.delete(worker);
      this.#waiting.unshift(connection);
    }
    return this.#settle();
  }

  get workerCount(): number {
    return this.#members.size;
  }

  /** Connections waiting for a free worker. */
  get pendingCount(): number {
    return this.#waiting.length;
  }

  /** Workers in the rotation with no unacknowledged connection. */
  get freeCount(): number {
    return this.#free.length;
  }

  hasWorker(worker: W): boolean {
    return this.#members.has(worker);
  }

  /** The connection a worker holds unacknowledged, if any. */
  heldBy(worker: W): C | undefined {
    return this.#held.get(worker);
  }

  #isKnown(connection: C): boolean {
    if (this.#waiting.includes(connection)) return true;
    for (const held of this.#held.values()) if (held === connection) return true;
    return false;
  }

  /** Hand out what can be handed out; with no worker left, close everything that waits. */
  #settle(): Decision<C, W>[] {
    return this.#members.size === 0 ? this.#closeWaiting() : this.#dispatch();
  }

  #dispatch(): Decision<C, W>[] {
    const decisions: Decision<C, W>[] = [];
    while (this.#free.length > 0 && this.#waiting.length > 0) {
      const worker = this.#free.shift() as W;
      const connection = this.#waiting.shift() as C;
      this.#held.set(worker, connection);
      decisions.push({ kind: 'handoff', connection, worker });
    }
    return decisions;
  }

  #closeWaiting(): Decision<C, W>[] {
    const closing = this.#waiting;
    this.#waiting = [];
    return closing.map((connection) => ({ kind: 'close', connection }));
  }
}
