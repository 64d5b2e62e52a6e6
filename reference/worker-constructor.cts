/**
 * `cluster.Worker` as programs see it (SPEC node.worker-03..06): the class of every Worker the cluster makes, and a
 * function a program may call itself, with or without `new`, to build a Worker around a process of its own. Such
 * a Worker forks nothing and is not one of the cluster's: it only relays its process's 'message' and 'error'.
 */
import type { ChildProcess } from 'node:child_process';
import { Worker, type WorkerSide, type WorkerState } from './worker.cjs';

export interface WorkerConstructor {
  new (options?: unknown): Worker;
  (options?: unknown): Worker;
  readonly prototype: Worker;
}

interface WorkerOptionsByHand {
  id?: unknown;
  state?: unknown;
  process?: ChildProcess;
}

/** disconnect() and kill() of a Worker built by hand: on its process directly, if it has one. */
const byHand: WorkerSide = {
  disconnect(worker) {
    const child = worker.process as ChildProcess | undefined;
    if (child?.connected) child.disconnect();
  },
  kill(worker, signal) {
    const child = worker.process as ChildProcess | undefined;
    if (child?.connected) child.disconnect();
    child?.kill(signal);
  },
};

function buildWorker(options?: unknown): Worker {
  const given: WorkerOptionsByHand = typeof options === 'object' && options !== null ? options : {};
  // SPEC node.worker-05: id as a 32-bit integer, 'none' for a missing or falsy state, the process as given.
  const worker = new Worker({ id: Number(given.id) | 0, process: given.process as ChildProcess, side: byHand });
  worker.state = (given.state || 'none') as WorkerState;
  // SPEC node.worker-06: the process's messages and errors are the Worker's (the error with one more argument).
  given.process?.on?.('message', (message: unknown, handle: unknown) => worker.emit('message', message, handle));
  given.process?.on?.('error', (error: unknown, detail: unknown) => worker.emit('error', error, detail));
  return worker;
}

/** SPEC node.worker-04: callable with or without `new`; either way a new Worker. */
export const WorkerByHand = function Worker(options?: unknown): Worker {
  return buildWorker(options);
} as unknown as WorkerConstructor;

// SPEC node.worker-03: the Workers the cluster makes are instances of it.
(WorkerByHand as { prototype: Worker }).prototype = Worker.prototype;
