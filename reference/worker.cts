/**
 * The Worker class (SPEC worker-01..04): the same public shape in the primary (wrapping the ChildProcess) and in
 * the worker (wrapping the global process). What disconnect() and kill() do differs per side, so each side
 * supplies those two behaviours.
 */
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { CLOSES_SENT_SOCKETS_LATE, closingSentSocket } from './sent-socket.cjs';

/** The side-specific half of disconnect() and kill(). */
export interface WorkerSide {
  disconnect(worker: Worker): void;
  kill(worker: Worker, signal: NodeJS.Signals | number): void;
}

export type WorkerState = 'none' | 'online' | 'listening' | 'disconnected' | 'dead';

export interface WorkerOptions {
  id: number;
  process: ChildProcess | NodeJS.Process;
  side: WorkerSide;
}

export class Worker extends EventEmitter {
  /** SPEC worker.exitedAfterDisconnect-01..03: undefined until the worker has exited, then whether by disconnect(). */
  exitedAfterDisconnect: boolean | undefined = undefined;
  state: WorkerState = 'none';
  /** SPEC worker.id-01, -02: unique, and the key in cluster.workers while alive. */
  readonly id: number;
  /** SPEC worker.process-01, -02: the ChildProcess in the primary, the global process in a worker. */
  readonly process: ChildProcess | NodeJS.Process;
  readonly #side: WorkerSide;

  constructor(options: WorkerOptions) {
    super();
    this.id = options.id;
    this.process = options.process;
    this.#side = options.side;
  }

  /** SPEC worker.send-07, -08: identical to ChildProcess#send / process.send, same arguments and errors. */
  send(...args: Parameters<ChildProcess['send']>): boolean {
    const process = this.process as ChildProcess;
    if (!CLOSES_SENT_SOCKETS_LATE) return process.send(...args);
    return process.send(...(closingSentSocket(args, (error) => process.emit('error', error)) as typeof args));
  }

  /** SPEC worker.disconnect-01: returns the worker. */
  disconnect(): this {
    this.#side.disconnect(this);
    return this;
  }

  /** SPEC worker.kill-01, -02: default signal SIGTERM. */
  kill(signal: NodeJS.Signals | number = 'SIGTERM'): void {
    this.#side.kill(this, signal);
  }

  /** SPEC worker.kill-07: destroy() does what kill() does, under its old name. */
  destroy(signal?: NodeJS.Signals | number): void {
    this.kill(signal);
  }

  /** SPEC worker.isConnected-01..03: true from creation until the 'disconnect' event. */
  isConnected(): boolean {
    return this.process.connected === true;
  }

  /** SPEC worker.isDead-01..04: true once the process exited or was killed by a signal. */
  isDead(): boolean {
    const process = this.process as ChildProcess;
    return process.exitCode != null || process.signalCode != null;
  }
}
