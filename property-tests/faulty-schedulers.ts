/**
 * Deliberately broken schedulers, one planted fault each, to show that the properties catch real bugs.
 * Deliberately simple and separate from the reference so that a fault here can never leak into it.
 */
import type { Decision } from '../reference/round-robin-scheduler.cjs';
import type { SchedulerUnderTest } from './scheduler-simulation.js';

export const faults = [
  'lifo-free', // the worker free the shortest time goes first
  'hand-to-busy', // plain rotation over all workers, busy or not
  'keep-departed', // a removed worker stays in the free queue
  'drop-orphan', // the connection held by a removed worker is forgotten
  'no-close-when-empty', // with no worker left, waiting connections are kept forever
  'ignore-refusal', // a refusal is treated as an acceptance
  'refused-to-back', // a refused connection waits behind all others
  'trust-any-ack', // an acknowledgement for a connection the worker does not hold frees its oldest one
  'accept-duplicate-arrival', // a connection reported twice is queued twice
  'over-capacity', // a worker stays free until it holds one more than the capacity
  'ignore-load', // the free worker free longest goes first, however many it holds
] as const;

export type Fault = (typeof faults)[number];

/** Faults that change nothing while a worker holds at most one connection: checked at capacity 2 only. */
export const capacityOnlyFaults: readonly Fault[] = ['ignore-load'];

type D = Decision<number, number>;

export class FaultyScheduler implements SchedulerUnderTest {
  members: number[] = [];
  /** Members with room, the one free longest first. */
  free: number[] = [];
  held = new Map<number, number[]>();
  waiting: number[] = [];
  turn = 0;

  constructor(
    readonly fault: Fault,
    readonly capacity: number,
  ) {}

  addWorker(worker: number): D[] {
    if (this.members.includes(worker)) return [];
    this.members.push(worker);
    this.free.push(worker);
    return this.settle();
  }

  removeWorker(worker: number): D[] {
    if (!this.members.includes(worker) && !this.held.get(worker)?.length) return [];
    this.members = this.members.filter((w) => w !== worker);
    if (this.fault !== 'keep-departed') this.free = this.free.filter((w) => w !== worker);
    const orphans = this.held.get(worker) ?? [];
    this.held.delete(worker);
    if (this.fault !== 'drop-orphan') this.waiting.unshift(...orphans);
    return this.settle();
  }

  connectionArrived(connection: number): D[] {
    const known = this.waiting.includes(connection) || [...this.held.values()].some((h) => h.includes(connection));
    if (known && this.fault !== 'accept-duplicate-arrival') return [];
    this.waiting.push(connection);
    return this.settle();
  }

  acknowledged(worker: number, connection: number, accepted: boolean): D[] {
    const holding = this.held.get(worker) ?? [];
    let index = holding.indexOf(connection);
    if (index < 0 && this.fault === 'trust-any-ack') index = 0;
    if (index < 0 || index >= holding.length) return [];
    const [answered] = holding.splice(index, 1) as [number];
    if (accepted || this.fault === 'ignore-refusal') {
      if (this.members.includes(worker) && !this.free.includes(worker)) this.free.push(worker);
    } else {
      this.members = this.members.filter((w) => w !== worker);
      this.free = this.free.filter((w) => w !== worker);
      if (this.fault === 'refused-to-back') this.waiting.push(answered);
      else this.waiting.unshift(answered);
    }
    return this.settle();
  }

  settle(): D[] {
    if (this.members.length === 0 && this.fault !== 'no-close-when-empty') {
      const closing = this.waiting;
      this.waiting = [];
      return closing.map((connection) => ({ kind: 'close', connection }));
    }
    const room = this.fault === 'over-capacity' ? this.capacity + 1 : this.capacity;
    const decisions: D[] = [];
    while (this.waiting.length > 0) {
      const worker = this.nextWorker();
      if (worker === undefined) break;
      const connection = this.waiting.shift() as number;
      const holding = [...(this.held.get(worker) ?? []), connection];
      this.held.set(worker, holding);
      if (holding.length < room && this.fault !== 'hand-to-busy') this.free.push(worker);
      decisions.push({ kind: 'handoff', connection, worker });
    }
    return decisions;
  }

  /** Takes the worker to serve next out of the free queue (or the rotation, for hand-to-busy). */
  nextWorker(): number | undefined {
    if (this.fault === 'hand-to-busy') {
      return this.members.length === 0 ? undefined : this.members[this.turn++ % this.members.length];
    }
    if (this.free.length === 0) return undefined;
    const at = this.fault === 'ignore-load' ? 0 : this.leastHolding();
    return this.free.splice(at, 1)[0];
  }

  /** Index in the free queue of the worker holding fewest: the first among equals, or the last for lifo-free. */
  leastHolding(): number {
    const counts = this.free.map((w) => this.held.get(w)?.length ?? 0);
    const fewest = Math.min(...counts);
    return this.fault === 'lifo-free' ? counts.lastIndexOf(fewest) : counts.indexOf(fewest);
  }
}
