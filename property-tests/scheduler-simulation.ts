/**
 * Drives a scheduler with a command sequence on a simulated clock and records what happened.
 * Pure: no I/O, no real time. Workers and connections are numbered in order of appearance; each join
 * creates a fresh worker, so "after it left" is unambiguous.
 */
import type { Decision, RoundRobinScheduler } from '../reference/round-robin-scheduler.cjs';

export type SchedulerUnderTest = Pick<
  RoundRobinScheduler<number, number>,
  'addWorker' | 'removeWorker' | 'connectionArrived' | 'acknowledged'
>;

/** `pick` selects a worker by index, modulo the candidates the command draws from. */
export type Command =
  | { kind: 'join'; delay: number } // a fresh worker that answers each handoff `delay` ticks later
  | { kind: 'leave'; pick: number } // among every worker ever joined plus one never joined (stale/unknown removals)
  | { kind: 'closeServer'; pick: number } // among members: the worker refuses every handoff it answers from now on
  | { kind: 'duplicateJoin'; pick: number } // among members: addWorker again
  | { kind: 'arrive' } // the primary accepted a new connection
  | { kind: 'rearrive' } // the newest unfinished connection is reported again
  | { kind: 'echoAck' } // the last delivered acknowledgement is delivered again
  | { kind: 'answerEarly'; pick: number } // among pending acknowledgements: delivered now, out of order
  | { kind: 'tick' }; // one unit of simulated time passes; due acknowledgements are delivered

type EventBody =
  | { kind: 'join' | 'leave'; worker: number }
  | { kind: 'arrive' | 'close'; connection: number }
  | { kind: 'handoff' | 'accept' | 'refuse'; connection: number; worker: number }
  | { kind: 'stuck' }; // acknowledgements kept flowing past the drain limit

/** `t` is the simulated time at which it happened. */
export type Event = EventBody & { t: number };

/** Bounds the final drain: a healthy scheduler quiesces long before this many deliveries. */
const DRAIN_LIMIT = 10_000;

type PendingAck = { due: number; seq: number; worker: number; connection: number };

/** Runs the commands, then delivers every outstanding acknowledgement (quiescence). */
export function simulate(scheduler: SchedulerUnderTest, commands: readonly Command[]): Event[] {
  return new Simulation(scheduler).run(commands);
}

class Simulation {
  readonly log: Event[] = [];
  now = 0;
  seq = 0;
  readonly delays: number[] = []; // index = worker id
  readonly members = new Set<number>();
  readonly closing = new Set<number>();
  /** What each worker holds unacknowledged, as seen from the decisions. */
  readonly held = new Map<number, number[]>();
  readonly unfinished = new Set<number>(); // connections not yet accepted or closed
  connections = 0;
  acks: PendingAck[] = [];
  lastDelivered: PendingAck | undefined;

  constructor(readonly scheduler: SchedulerUnderTest) {}

  run(commands: readonly Command[]): Event[] {
    for (const command of commands) this.step(command);
    this.drain();
    return this.log;
  }

  step(command: Command): void {
    const memberList = [...this.members];
    switch (command.kind) {
      case 'join': {
        const worker = this.delays.length;
        this.delays.push(command.delay);
        this.members.add(worker);
        this.record({ kind: 'join', worker });
        this.apply(this.scheduler.addWorker(worker));
        return;
      }
      case 'leave':
        return this.leave(command.pick % (this.delays.length + 1));
      case 'closeServer':
        if (memberList.length > 0) this.closing.add(memberList[command.pick % memberList.length]);
        return;
      case 'duplicateJoin':
        if (memberList.length > 0) this.apply(this.scheduler.addWorker(memberList[command.pick % memberList.length]));
        return;
      case 'arrive': {
        const connection = this.connections++;
        this.unfinished.add(connection);
        this.record({ kind: 'arrive', connection });
        this.apply(this.scheduler.connectionArrived(connection));
        return;
      }
      case 'rearrive': {
        const newest = Math.max(-1, ...this.unfinished);
        if (newest >= 0) this.apply(this.scheduler.connectionArrived(newest));
        return;
      }
      case 'echoAck':
        if (this.lastDelivered) this.deliver(this.lastDelivered, false);
        return;
      case 'answerEarly':
        if (this.acks.length > 0) this.deliver(this.acks[command.pick % this.acks.length], true);
        return;
      case 'tick':
        this.now++;
        this.deliverDue();
    }
  }

  /** A worker that refused is no member but may still hold connections: leaving takes those from it too. */
  leave(worker: number): void {
    const holding = this.held.get(worker) ?? [];
    if (this.members.delete(worker) || holding.length > 0) this.record({ kind: 'leave', worker });
    this.held.delete(worker); // its connections are no longer its to accept
    this.apply(this.scheduler.removeWorker(worker));
  }

  deliverDue(): void {
    for (let next = this.nextAck(); next && next.due <= this.now; next = this.nextAck()) this.deliver(next, true);
  }

  drain(): void {
    for (let deliveries = 0; ; deliveries++) {
      const next = this.nextAck();
      if (!next) return;
      if (deliveries === DRAIN_LIMIT) return this.record({ kind: 'stuck' });
      this.now = Math.max(this.now, next.due);
      this.deliver(next, true);
    }
  }

  /** The acknowledgement to deliver next: earliest due first, equal due times in handoff order. */
  nextAck(): PendingAck | undefined {
    return this.acks.reduce<PendingAck | undefined>(
      (best, a) => (!best || a.due < best.due || (a.due === best.due && a.seq < best.seq) ? a : best),
      undefined,
    );
  }

  /** Delivers `ack`; `pending` says it comes off the pending list (an echo does not). */
  deliver(ack: PendingAck, pending: boolean): void {
    if (pending) this.acks = this.acks.filter((a) => a !== ack);
    this.lastDelivered = ack;
    const { worker, connection } = ack;
    const accepted = !this.closing.has(worker);
    const holding = this.held.get(worker) ?? [];
    // A refuser still answers for what it held beyond the refused connection (capacity > 1).
    if (holding.includes(connection)) {
      this.held.set(worker, holding.filter((c) => c !== connection));
      if (accepted) {
        this.unfinished.delete(connection);
        this.record({ kind: 'accept', connection, worker });
      } else {
        this.members.delete(worker);
        this.record({ kind: 'refuse', connection, worker });
      }
    }
    this.apply(this.scheduler.acknowledged(worker, connection, accepted));
  }

  apply(decisions: Decision<number, number>[]): void {
    for (const d of decisions) {
      if (d.kind === 'close') {
        this.unfinished.delete(d.connection);
        this.record({ kind: 'close', connection: d.connection });
        continue;
      }
      this.held.set(d.worker, [...(this.held.get(d.worker) ?? []), d.connection]);
      this.acks.push({ due: this.now + (this.delays[d.worker] ?? 1), seq: this.seq++, worker: d.worker, connection: d.connection });
      this.record({ kind: 'handoff', connection: d.connection, worker: d.worker });
    }
  }

  record(body: EventBody): void {
    this.log.push({ ...body, t: this.now });
  }
}
