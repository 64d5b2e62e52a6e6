/**
 * cluster.disconnect() as Node does it (the reference's Node mode). SPEC node.observed-03 (Finding F-19): the
 * callback comes while a worker's exit is handled, once cluster.workers is empty, before that worker's 'exit'
 * events; since disconnect() removes workers from cluster.workers at once (node.findings-14), that is the first
 * exit of a disconnected worker. With no worker listed, it comes on the next tick.
 */
import type { Worker } from './worker.cjs';

/** Callbacks waiting for an exit that leaves cluster.workers empty. */
export class ExitCallbacks {
  readonly #waiting: (() => void)[] = [];

  add(callback: () => void): void {
    this.#waiting.push(callback);
  }

  /** A worker exited (and left what it leaves); `listed` workers remain in cluster.workers. */
  workerExited(listed: number): void {
    if (listed === 0) for (const callback of this.#waiting.splice(0)) callback();
  }
}

/** `finished` closes the primary's handles and calls the user's callback. */
export function disconnectAsNode(workers: Record<number, Worker>, callbacks: ExitCallbacks, finished: () => void): void {
  const listed = Object.values(workers);
  if (listed.length === 0) return void process.nextTick(finished);
  for (const worker of listed) if (worker.isConnected()) worker.disconnect();
  callbacks.add(finished);
}
