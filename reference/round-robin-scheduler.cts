/**
 * Round-robin distribution of the connections accepted by the primary on one listening handle.
 *
 * how-06/how-07: under round-robin the primary accepts the connections and hands each to a worker in
 * turn. how-08 allows unspecified smarts against overloading a worker; the ones chosen here: a worker
 * holds at most `capacity` connections it has not yet acknowledged (1 by default, as in Node), so a slow
 * worker is skipped until it answers, and connections wait in the primary instead of piling up in one
 * process. A connection goes to the free worker holding fewest, the one free longest among equals, so
 * with equal speeds the turn is strict and with unequal ones each worker's share follows how fast it
 * acknowledges.
 *
 * Pure state machine: no I/O, no timers. Every method returns the decisions the caller must carry out
 * (send a connection to a worker, or close it), in order.
 *
 * Calls that do not fit the current state are ignored and return no decision, so a late or duplicated
 * IPC message can never corrupt the state:
 * - addWorker for a worker already in the rotation;
 * - removeWorker for a worker neither in the rotation nor holding a connection;
 * - connectionArrived for a connection already waiting or held by a worker;
 * - acknowledged by a worker that does not currently hold that connection (stale answer, e.g. after the
 *   worker was removed and its connection re-routed, or a repeated answer).
 * A worker removed and then added again is a new member: it may be handed anything, including a
 * connection it refused before.
 */

export type Decision<C, W> = { kind: 'handoff'; connection: C; worker: W } | { kind: 'close'; connection: C };

export class RoundRobinScheduler<C, W> {
  readonly #capacity: number;
  /** Workers in the rotation, free or full. */
  readonly #members = new Set<W>();
  /** Members holding fewer than `capacity` connections, the one free longest first. */
  #free: W[] = [];
  /** Members that said they are full (SPEC node.net-07): handed nothing until they have room again. */
  readonly #full = new Set<W>();
  /** Each worker holding connections it has not acknowledged yet, in the order they were handed. */
  readonly #held = new Map<W, C[]>();
  /** Connections no worker could take yet, oldest first. */
  #waiting: C[] = [];

  /** `capacity`: how many unacknowledged connections a worker may hold, a positive integer. */
  constructor(capacity = 1) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  /** A worker joins the rotation as free (it now listens on this handle). */
  addWorker(worker: W): Decision<C, W>[] {
    if (this.#members.has(worker)) return [];
    this.#members.add(worker);
    this.#free.push(worker);
    return this.#dispatch();
  }

  /**
   * A worker leaves the rotation (it died, disconnected or closed its server). Connections it held
   * unacknowledged go first to the next workers rather than being lost: how-19, the other workers keep
   * serving, and how-21. With no worker left, waiting connections are closed (how-22, how-23).
   */
  removeWorker(worker: W): Decision<C, W>[] {
    const held = this.#held.get(worker);
    if (!this.#members.has(worker) && !held) return [];
    this.#members.delete(worker);
    this.#full.delete(worker);
    this.#free = this.#free.filter((w) => w !== worker);
    if (held) {
      this.#waiting.unshift(...held);
      this.#held.delete(worker);
    }
    return this.#settle();
  }

  /**
   * The primary accepted a connection: hand it to a free worker, or queue it. With no worker
   * in the rotation it is closed at once (how-23).
   */
  connectionArrived(connection: C): Decision<C, W>[] {
    if (this.#isKnown(connection)) return [];
    this.#waiting.push(connection);
    return this.#settle();
  }

  /**
   * A worker answered a handoff. Accepted: the worker has room again (behind the other free workers).
   * Refused (its server is closing): the worker leaves the rotation and the connection goes first to
   * another worker; it is never handed back to the refuser unless that worker is added again. Other
   * connections the refuser holds stay its own until it answers for them too.
   */
  acknowledged(worker: W, connection: C, accepted: boolean): Decision<C, W>[] {
    const held = this.#held.get(worker);
    const index = held ? held.indexOf(connection) : -1;
    if (!held || index < 0) return [];
    held.splice(index, 1);
    if (held.length === 0) this.#held.delete(worker);
    if (!accepted) {
      this.#members.delete(worker);
      this.#free = this.#free.filter((w) => w !== worker);
      this.#waiting.unshift(connection);
    } else if (this.#members.has(worker) && !this.#full.has(worker) && !this.#free.includes(worker)) this.#free.push(worker);
    return this.#settle();
  }

  /**
   * The worker had no room for the connection (its server holds maxConnections, SPEC node.net-07): the connection
   * goes first to another worker, or waits (node.net-08); the worker stays in the rotation but is handed nothing
   * more until roomAgain(). Ignored, like acknowledged(), unless the worker holds that connection.
   */
  full(worker: W, connection: C): Decision<C, W>[] {
    const held = this.#held.get(worker);
    const index = held ? held.indexOf(connection) : -1;
    if (!held || index < 0) return [];
    held.splice(index, 1);
    if (held.length === 0) this.#held.delete(worker);
    if (this.#members.has(worker)) this.#full.add(worker);
    this.#free = this.#free.filter((w) => w !== worker);
    this.#waiting.unshift(connection);
    return this.#settle();
  }

  /** A worker that was full has room again: it is free once more (behind the other free workers). */
  roomAgain(worker: W): Decision<C, W>[] {
    if (!this.#full.delete(worker)) return [];
    if ((this.#held.get(worker)?.length ?? 0) < this.#capacity) this.#free.push(worker);
    return this.#dispatch();
  }

  get workerCount(): number {
    return this.#members.size;
  }

  /** Connections waiting for a free worker. */
  get pendingCount(): number {
    return this.#waiting.length;
  }

  /** Workers in the rotation with room for another connection. */
  get freeCount(): number {
    return this.#free.length;
  }

  hasWorker(worker: W): boolean {
    return this.#members.has(worker);
  }

  /** The oldest connection a worker holds unacknowledged, if any. */
  heldBy(worker: W): C | undefined {
    return this.#held.get(worker)?.[0];
  }

  /** Whether the worker holds this connection unacknowledged. */
  holds(worker: W, connection: C): boolean {
    return this.#held.get(worker)?.includes(connection) === true;
  }

  #isKnown(connection: C): boolean {
    if (this.#waiting.includes(connection)) return true;
    for (const held of this.#held.values()) if (held.includes(connection)) return true;
    return false;
  }

  /** Hand out what can be handed out; with no worker left, close everything that waits. */
  #settle(): Decision<C, W>[] {
    return this.#members.size === 0 ? this.#closeWaiting() : this.#dispatch();
  }

  #dispatch(): Decision<C, W>[] {
    const decisions: Decision<C, W>[] = [];
    while (this.#free.length > 0 && this.#waiting.length > 0) {
      const worker = this.#free.splice(this.#leastHolding(), 1)[0] as W;
      const connection = this.#waiting.shift() as C;
      const held = this.#held.get(worker) ?? [];
      this.#held.set(worker, held);
      held.push(connection);
      if (held.length < this.#capacity) this.#free.push(worker);
      decisions.push({ kind: 'handoff', connection, worker });
    }
    return decisions;
  }

  /** Index in #free of the first worker holding fewest connections. */
  #leastHolding(): number {
    let best = 0;
    let fewest = Infinity;
    this.#free.forEach((worker, index) => {
      const count = this.#held.get(worker)?.length ?? 0;
      if (count < fewest) [best, fewest] = [index, count];
    });
    return best;
  }

  #closeWaiting(): Decision<C, W>[] {
    const closing = this.#waiting;
    this.#waiting = [];
    return closing.map((connection) => ({ kind: 'close', connection }));
  }
}
