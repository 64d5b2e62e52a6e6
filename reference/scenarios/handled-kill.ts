// Scenario for handled-kill.test.ts: workers that handle a signal like an application shutting down (some
// asynchronous work, then dying of that same signal), ended in different ways. Only their channel and their
// cluster server keep them alive, so a channel close alone would let them end with code 0. The primary prints one
// JSON line: for each case, the worker's [code, signal] and exitedAfterDisconnect.
//   kill-1..3:   worker.kill() from the primary, the worker handles SIGTERM (three, as the close races the signal)
//   kill-sigint: worker.kill('SIGINT'), the worker handles SIGINT
//   kill-exit:   worker.kill(), the worker handles SIGTERM by exiting with code 7 instead
//   close:       the primary closes the channel itself (worker.process.disconnect()), the worker handles SIGTERM
import net from 'node:net';
import cluster from '../index.cjs';
import type { PrimaryCluster } from '../primary.cjs';
import type { Worker } from '../worker.cjs';

const CASES: Record<string, 'SIGTERM' | 'SIGINT'> = {
  'kill-1': 'SIGTERM',
  'kill-2': 'SIGTERM',
  'kill-3': 'SIGTERM',
  'kill-sigint': 'SIGINT',
  'kill-exit': 'SIGTERM',
  close: 'SIGTERM',
};
const SHUTDOWN_MS = 20;

function end(worker: Worker, name: string): void {
  if (name === 'close') (worker.process as { disconnect(): void }).disconnect();
  else worker.kill(CASES[name]);
}

function primary(self: PrimaryCluster): void {
  const outcome: Record<string, unknown> = {};
  for (const name of Object.keys(CASES)) {
    const worker = self.fork({ HANDLED_KILL_CASE: name });
    // Ended only once its handler is installed ('online' comes before the worker's own code runs).
    worker.once('message', () => end(worker, name));
    worker.once('exit', (code, signal) => {
      outcome[name] = { exit: [code, signal], exitedAfterDisconnect: worker.exitedAfterDisconnect };
      if (Object.keys(outcome).length === Object.keys(CASES).length) console.log(JSON.stringify(outcome));
    });
  }
}

function workerSide(): void {
  const name = process.env.HANDLED_KILL_CASE as string;
  const signal = CASES[name];
  const shutDown = name === 'kill-exit' ? () => process.exit(7) : () => process.kill(process.pid, signal);
  process.once(signal, () => setTimeout(shutDown, SHUTDOWN_MS));
  net.createServer().listen(0, '127.0.0.1', () => process.send?.('ready'));
}

if (cluster.isPrimary) primary(cluster as PrimaryCluster);
else workerSide();
