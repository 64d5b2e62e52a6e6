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
  'trust-any-ack', // any acknowledgement frees the worker, even for another connection
  'accept-duplicate-arrival', // a connection reported twice is queued twice
] as const;

export type Fault = (typeof faults)[number];

type D = Decision<number, number>;

export class FaultyScheduler implements SchedulerUnderTest {
  members: number[] = [];
  free: number[] = [];
  held = new Map<number, number>();
  waiting: number[] = [];
  turn = 0;

  constructor(readonly fault: Fault) {}

  addWorker(worker: number): D[] {
    if (this.members.includes(worker)) return [];
    this.members.push(worker);
    this.free.push(worker);
    return this.settle();
  }

  removeWorker(worker: number): D[] {
    if (!this.members.includes(worker)) return [];
    this.members = this.members.filter((w) => w !== worker);
    if (this.fault !== 'keep-departed') this.free = this.free.filter((w) => w !== worker);
    const orphan = this.held.get(worker);
    this.held.delete(worker);
    if (orphan !== undefined && this.fault !== 'drop-orphan') this.waiting.unshift(orphan);
    return this.settle();
  }

  connectionArrived(connection: number): D[] {
    const known = this.waiting.includes(connection) || [...this.held.values()].includes(connection);
    if (known && this.fault !== 'accept-duplicate-arrival') return [];
    this.waiting.push(connection);
    return this.settle();
  }

  acknowledged(worker: number, connection: number, accepted: boolean): D[] {
    const holding = this.held.get(worker);
    if (holding === undefined || (holding !== connection && this.fault !== 'trust-any-ack')) return [];
    this.held.delete(worker);
    if (accepted || this.fault === 'ignore-refusal') {
      this.free.push(worker);
    } else {
      this.members = this.members.filter((w) => w !== worker);
      if (this.fault === 'refused-to-back') this.waiting.push(holding);
      else this.waiting.unshift(holding);
    }
    return this.settle();
  }

  settle(): D[] {
    if (this.members.length === 0 && this.fault !== 'no-close-when-empty') {
      const closing = this.waiting;
      this.waiting = [];
      return closing.map((connection) => ({ kind: 'close', connection }));
    }
    const decisions: D[] = [];
    while (this.waiting.length > 0) {
      const worker = this.nextWorker();
      if (worker === undefined) break;
      const connection = this.waiting.shift() as number;
      this.held.set(worker, connection);
      decisions.push({ kind: 'handoff', connection, worker });
    }
    return decisions;
  }

  /** Takes the worker to serve next out of the free queue (or the rotation, for hand-to-busy). */
  nextWorker(): number | undefined {
    if (this.fault === 'hand-to-busy') {
      return this.members.length === 0 ? undefined : this.members[this.turn++ % this.members.length];
    }
    return this.fault === 'lifo-free' ? this.free.pop() : this.free.shift();
  }
}
