/**
 * When does a worker leave cluster.workers? Here: the primary follows each worker's ChildProcess and turns
 * its 'disconnect' and 'exit' into the documented Worker and cluster events.
 *
 * SPEC cluster.workers-04, -05: a worker is removed after it has both disconnected and exited, and the removal
 * happens before the last of those two events is emitted (their order is not fixed).
 * SPEC worker.exitedAfterDisconnect-01..03: undefined until the worker has exited, then whether it left
 * because disconnect() was called.
 */
import type { ChildProcess } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { followsNode } from './compat-mode.cjs';
import type { Worker } from './worker.cjs';

export interface LifecycleHooks {
  /** The worker no longer serves: take it out of every shared server. */
  release(worker: Worker): void;
  /** Whether disconnect() was called for the worker (in the primary or in the worker itself). */
  disconnectRequested(worker: Worker): boolean;
  /** The worker has exited and left what it leaves; its 'exit' events come next. */
  exiting?(worker: Worker): void;
}

export function followLifecycle(
  cluster: EventEmitter,
  workers: Record<number, Worker>,
  worker: Worker,
  child: ChildProcess,
  hooks: LifecycleHooks,
): void {
  let disconnected = false;
  let exited = false;
  const leaving = () => {
    hooks.release(worker);
    if (disconnected && exited) delete workers[worker.id];
  };

  // SPEC cluster.event.disconnect-01, worker.event.disconnect-01, -02: after the IPC channel closed.
  const disconnect = () => {
    if (disconnected) return;
    disconnected = true;
    if (!exited) worker.state = 'disconnected';
    // SPEC node.observed-01 (Finding F-18): Node decides it when the channel closes, not at the exit.
    if (followsNode()) worker.exitedAfterDisconnect = hooks.disconnectRequested(worker);
    leaving();
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  };
  child.once('disconnect', disconnect);

  // SPEC cluster.event.exit-01..03, worker.event.exit-01..04: (code, signal) as the ChildProcess reports them.
  const exit = (code: number | null, signal: NodeJS.Signals | null) => {
    exited = true;
    worker.state = 'dead';
    worker.exitedAfterDisconnect = hooks.disconnectRequested(worker);
    leaving();
    hooks.exiting?.(worker);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  };
  // SPEC worker.kill-03, worker.isConnected-01: 'exit' comes after 'disconnect', so that isConnected() is false
  // there. A process may be reported exited before its channel is (Node: about 1 run in 100 of the state fixture,
  // the pipe's end not read yet; Bun: a worker killed right after disconnect(), 1 run in 24 of the lifecycle
  // fixture). Node never emits 'disconnect' for a channel that closed while a handle sent on it awaited the
  // peer's receipt (a worker SIGKILLed as a connection was handed to it): 'close' (exit and channel closed) then
  // stands for it.
  child.once('exit', (code: number | null, signal: NodeJS.Signals | null) => {
    if (disconnected) return exit(code, signal);
    // Whichever comes first; a flag, not off(): Deno's ChildProcess kept calling the other once-listener.
    let settled = false;
    const closed = () => {
      if (settled) return;
      settled = true;
      disconnect();
      exit(code, signal);
    };
    child.once('disconnect', closed);
    child.once('close', closed);
  });

  // SPEC worker.event.error-01: the same event child_process.fork() provides.
  child.on('error', (error) => worker.emit('error', error));
}
