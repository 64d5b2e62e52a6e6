/**
 * What the primary can know about each worker slot at each step of a program (pure). The generator uses it to
 * keep only steps whose outcome Node decides the same way in every run (no waiting for an event Node may never
 * emit, no command to a worker that may be gone, no two listens racing for one port), and the comparison uses
 * it to know which parts of a run raced by design (a worker ended while something sent to it was in flight).
 */
import { expectsReceipt, IS_TCP, isCommand, KEEPS_WORKER_ALIVE, type ListenKind, type Op, type Program, type Step } from './program.js';

export const MAX_SLOTS = 3;
export const MAX_SERVERS_PER_SLOT = 3;

type ServerState = 'pending' | 'open' | 'closing' | 'closed';
interface ServerModel {
  kind: ListenKind;
  state: ServerState;
}

/** How a worker was told to end. */
type Ending = 'signal' | 'exit' | 'disconnect' | 'closeChannel' | 'workerKill';
const ENDING_OF: Partial<Record<Op, Ending>> = {
  disconnect: 'disconnect',
  kill: 'signal',
  processKill: 'signal',
  destroy: 'signal',
  processDisconnect: 'closeChannel',
  workerDisconnect: 'disconnect',
  workerExit: 'exit',
  workerKill: 'workerKill',
  workerCloseChannel: 'closeChannel',
};

export interface SlotModel {
  onlineAwaited: boolean;
  readyAwaited: boolean;
  ending?: Ending;
  exitAwaited: boolean;
  disconnectAwaited: boolean;
  /** Steps sent to the worker (commands, messages) whose acknowledgement was not waited for. */
  outstanding: number[];
  servers: ServerModel[];
  /** Ended while not known to be ready or while something sent to it was unacknowledged. */
  racy: boolean;
  /** The step that ended it. */
  endedAt?: number;
  /**
   * How it ends depends on timing: its channel closed by the primary before it was known to be online (before
   * its announcement it exits with 1, after with 0: F-20), or disconnected while a listen that keeps a worker
   * alive, or a handle, was on its way to it (it may outlive the disconnect).
   */
  exitRaced: boolean;
  /** The step that forked it. */
  forkedAt: number;
  /** A handle was sent to it and its receipt not waited for. */
  handleInFlight: boolean;
}

function newSlot(forkedAt: number): SlotModel {
  return { onlineAwaited: false, readyAwaited: false, exitAwaited: false, disconnectAwaited: false, outstanding: [], servers: [], racy: false, handleInFlight: false, exitRaced: false, forkedAt };
}

const sharesHandle = (kind: ListenKind) => !kind.endsWith('exclusive');

export class ProgramModel {
  readonly slots: SlotModel[] = [];
  clusterDisconnect: 'none' | 'called' | 'awaited' = 'none';
  /** Steps whose result arrives later (a send's callback, the worker's acknowledgement) and may race an ending. */
  readonly unsettled = new Set<number>();
  /**
   * Sends made while a handle sent earlier to the same worker may still await its receipt: send() then queues
   * the message and returns false, or not, depending on timing.
   */
  readonly queuedMaybe = new Set<number>();
  #stepIndex = 0;

  get forks(): number {
    return this.slots.length;
  }

  /** A worker that is alive as far as the primary knows, ready for messages, and not told to end. */
  isReady(slot: number): boolean {
    const s = this.slots[slot];
    return s !== undefined && s.readyAwaited && s.ending === undefined;
  }

  /** Known to have exited and disconnected: calls on it have a fixed outcome. */
  isGone(slot: number): boolean {
    const s = this.slots[slot];
    return s !== undefined && s.exitAwaited && s.disconnectAwaited;
  }

  /** Node ends the worker after this ending, whatever it holds. */
  exitWillCome(slot: number): boolean {
    const s = this.slots[slot];
    if (s?.ending === undefined) return false;
    if (s.exitRaced) return false;
    if (s.ending === 'signal' || s.ending === 'exit' || s.ending === 'closeChannel') return true;
    return !this.keepsAlive(slot);
  }

  /** Holds a socket disconnect() does not close (exclusive servers and sockets), so it outlives its disconnect. */
  keepsAlive(slot: number): boolean {
    return this.slots[slot].servers.some((server) => KEEPS_WORKER_ALIVE.includes(server.kind) && server.state !== 'closed');
  }

  /** A shared handle may be opening or closing somewhere: a listen or an ending now could race it for a port. */
  #sharedHandlesInFlux(except: number): boolean {
    return this.slots.some((s, i) => i !== except && (
      s.servers.some((server) => sharesHandle(server.kind) && (server.state === 'pending' || server.state === 'closing'))
      || (s.ending !== undefined && !this.isGone(i) && s.servers.some((server) => sharesHandle(server.kind) && server.state !== 'closed'))));
  }

  #anyPendingListen(except: number): boolean {
    return this.slots.some((s, i) => i !== except && s.servers.some((server) => sharesHandle(server.kind) && server.state === 'pending'));
  }

  /** Whether `step` may come next (the generator drops it otherwise). */
  allows(step: Step): boolean {
    const slot = 'slot' in step ? step.slot : undefined;
    if (slot !== undefined && this.slots[slot] === undefined) return false;
    const s = slot === undefined ? undefined : this.slots[slot];
    switch (step.op) {
      case 'setupPrimary':
        return true;
      case 'fork':
        // A worker forked while cluster.disconnect() is under way would decide when its callback comes.
        return this.forks < MAX_SLOTS && this.clusterDisconnect !== 'called';
      case 'send':
        return this.isReady(slot!) || (this.isGone(slot!) && step.handle === 'none');
      case 'disconnect':
      case 'kill':
      case 'processKill':
      case 'destroy':
      case 'processDisconnect':
        if (this.isGone(slot!)) return true;
        return s!.ending === undefined && this.#mayEnd(slot!);
      case 'clusterDisconnect':
        // A worker ending but not gone would be disconnected, or counted by the callback, or not, by timing.
        return this.clusterDisconnect !== 'called' && this.slots.every((w, i) => (w.ending === undefined ? this.#mayEnd(i) : this.isGone(i)));
      case 'connect': {
        const server = s!.servers[step.server];
        return this.isReady(slot!) && server !== undefined && server.state === 'open' && IS_TCP.includes(server.kind);
      }
      case 'listen':
        return this.isReady(slot!) && s!.servers.length < MAX_SERVERS_PER_SLOT && !(sharesHandle(step.kind) && this.#sharedHandlesInFlux(slot!));
      case 'close': {
        const server = s!.servers[step.server];
        return this.isReady(slot!) && server?.state === 'open' && !(sharesHandle(server.kind) && this.#anyPendingListen(slot!));
      }
      case 'workerSend':
        return this.isReady(slot!);
      case 'workerDisconnect':
      case 'workerExit':
      case 'workerKill':
      case 'workerCloseChannel':
        return this.isReady(slot!) && this.#mayEnd(slot!);
      case 'wait':
        switch (step.for) {
          case 'online':
            return s!.ending === undefined && !s!.onlineAwaited;
          case 'ready':
            return s!.ending === undefined && !s!.readyAwaited;
          case 'ack':
            return s!.ending === undefined && s!.outstanding.length > 0;
          case 'exit':
            return !s!.exitAwaited && this.exitWillCome(slot!);
          case 'disconnect':
            // Node emits no 'disconnect' for a worker killed while a handle was on its way to it.
            return !s!.disconnectAwaited && s!.ending !== undefined && !s!.racy;
        }
        return false;
      case 'waitClusterDisconnect':
        return this.clusterDisconnect === 'called' && this.slots.every((_, i) => this.slots[i].ending === undefined || this.exitWillCome(i));
    }
  }

  /** Ending a worker that holds a shared handle must not race another worker's listen on it. */
  #mayEnd(slot: number): boolean {
    const holds = this.slots[slot].servers.some((server) => sharesHandle(server.kind) && server.state !== 'closed');
    return !holds || !this.#anyPendingListen(slot);
  }

  #end(slot: number, ending: Ending): void {
    const s = this.slots[slot];
    if (s.ending !== undefined || this.isGone(slot)) return;
    s.ending = ending;
    s.endedAt = this.#stepIndex - 1;
    if (!s.readyAwaited || s.outstanding.length > 0) s.racy = true;
    const closedEarly = ending === 'closeChannel' && !s.onlineAwaited && s.endedAt !== s.forkedAt + 1;
    const mayLinger = s.racy && (ending === 'disconnect' || ending === 'workerKill') && (s.handleInFlight || s.servers.some((server) => server.state === 'pending' && KEEPS_WORKER_ALIVE.includes(server.kind)));
    s.exitRaced = closedEarly || mayLinger;
    for (const step of s.outstanding) this.unsettled.add(step);
    s.outstanding = [];
  }

  /** Advances the model past `step` (which `allows` accepted). */
  apply(step: Step): void {
    const index = this.#stepIndex++;
    const s = 'slot' in step ? this.slots[step.slot] : undefined;
    if ((step.op === 'send' || isCommand(step)) && s?.handleInFlight) this.queuedMaybe.add(index);
    const ending = ENDING_OF[step.op];
    if (ending !== undefined && 'slot' in step) this.#end(step.slot, ending);
    switch (step.op) {
      case 'fork':
        this.slots.push(newSlot(index));
        break;
      case 'send':
        if (this.isReady(step.slot) && expectsReceipt(step)) s!.outstanding.push(index);
        if (step.handle !== 'none') s!.handleInFlight = true;
        break;
      case 'clusterDisconnect':
        this.clusterDisconnect = 'called';
        this.slots.forEach((_, i) => this.#end(i, 'disconnect'));
        break;
      case 'listen':
        s!.servers.push({ kind: step.kind, state: 'pending' });
        s!.outstanding.push(index);
        s!.handleInFlight = true; // the primary may send the worker a handle for it
        break;
      case 'close':
        s!.servers[step.server].state = 'closing';
        s!.outstanding.push(index);
        break;
      case 'workerSend':
        s!.outstanding.push(index);
        break;
      case 'wait':
        this.#awaited(step.slot, step.for);
        break;
      case 'waitClusterDisconnect':
        this.clusterDisconnect = 'awaited';
        break;
      default: // the endings above; setupPrimary, connect
        break;
    }
  }

  #awaited(slot: number, what: string): void {
    const s = this.slots[slot];
    if (what === 'online') s.onlineAwaited = true;
    if (what === 'ready') s.onlineAwaited = s.readyAwaited = true;
    if (what === 'exit') s.exitAwaited = true;
    if (what === 'disconnect') s.disconnectAwaited = true;
    if (what === 'ack') {
      s.outstanding = [];
      s.handleInFlight = false;
      for (const server of s.servers) {
        if (server.state === 'pending') server.state = 'open';
        if (server.state === 'closing') server.state = 'closed';
      }
    }
    if (this.isGone(slot)) for (const server of s.servers) server.state = 'closed';
  }
}

export interface ProgramAnalysis {
  /** Slots ended while something sent to them was in flight: what they did after that step may differ between runs. */
  racySlots: Set<number>;
  /** The step that ended each racy slot. */
  endedAt: Map<number, number>;
  /** Steps whose later result (callback, acknowledgement) may race their worker's end. */
  unsettledSteps: Set<number>;
  /** Sends whose return value (queued or not) depends on timing. */
  queuedMaybe: Set<number>;
  /** Slots whose way of ending (exit code, signal) depends on timing. */
  exitRaced: Set<number>;
}

/** Replays a (legal) program on the model. */
export function analyze(program: Program): ProgramAnalysis {
  const model = new ProgramModel();
  for (const step of program.steps) model.apply(step);
  const racySlots = new Set(model.slots.flatMap((s, i) => (s.racy ? [i] : [])));
  const endedAt = new Map(model.slots.flatMap((s, i) => (s.racy && s.endedAt !== undefined ? [[i, s.endedAt] as const] : [])));
  const exitRaced = new Set(model.slots.flatMap((s, i) => (s.exitRaced ? [i] : [])));
  return { racySlots, endedAt, unsettledSteps: model.unsettled, queuedMaybe: model.queuedMaybe, exitRaced };
}

/**
 * The steps of `steps` that may come at their place, in order (pure). Slot and server numbers are taken modulo
 * the workers forked and the servers opened so far, so most raw steps name something that exists; steps that
 * still may not come are dropped.
 */
export function legalize(steps: readonly Step[]): Program['steps'] {
  const model = new ProgramModel();
  const kept: Step[] = [];
  for (const raw of steps) {
    const step = retarget(model, raw);
    for (const needed of prerequisites(model, step)) {
      if (!model.allows(needed)) break;
      model.apply(needed);
      kept.push(needed);
    }
    if (!model.allows(step)) continue;
    model.apply(step);
    kept.push(step);
  }
  return kept;
}

function retarget(model: ProgramModel, step: Step): Step {
  if (!('slot' in step) || model.forks === 0) return step;
  const slot = step.slot % model.forks;
  if (!('server' in step)) return { ...step, slot };
  const servers = model.slots[slot].servers.length;
  return { ...step, slot, server: servers === 0 ? step.server : step.server % servers };
}

/** Waits that make `step` possible when it is not yet: a worker's readiness, its acknowledgements. */
function prerequisites(model: ProgramModel, step: Step): Step[] {
  if (!('slot' in step) || model.slots[step.slot] === undefined || model.allows(step)) return [];
  const s = model.slots[step.slot];
  if (s.ending !== undefined) return [];
  const needs: Step[] = [];
  const sendsToWorker = isCommand(step) || step.op === 'send' || step.op === 'connect';
  if (sendsToWorker && !s.readyAwaited) needs.push({ op: 'wait', slot: step.slot, for: 'ready' });
  if ((step.op === 'connect' || step.op === 'close') && s.outstanding.length > 0) needs.push({ op: 'wait', slot: step.slot, for: 'ack' });
  return needs;
}
