/**
 * The cluster module as seen in a worker: cluster.worker, the 'online' announcement, disconnect() and
 * kill() from inside, and the exit on an accidental disconnection, not on one caused by disconnect() or by a kill
 * from the primary (SPEC cluster.worker-01, worker.process-02..04, worker.disconnect-02, worker.kill-03, -04).
 */
import { EventEmitter } from 'node:events';
import { Channel, type Body } from './protocol.cjs';
import { Worker } from './worker.cjs';
import { WorkerByHand, type WorkerConstructor } from './worker-constructor.cjs';
import { WorkerServers } from './worker-servers.cjs';
import { signalName } from './signal-name.cjs';
import type { Mark } from './worker-mark.cjs';
import { followsNode } from './compat-mode.cjs';

export interface WorkerCluster extends EventEmitter {
  readonly isPrimary: false;
  readonly isMaster: false;
  readonly isWorker: true;
  readonly Worker: WorkerConstructor;
  readonly worker: Worker | null;
}

/**
 * Bun and Deno take no inspector port from --inspect-port (process.debugPort stays 9229). Bun's inspector.open()
 * uses process.debugPort, so setting it gives the worker its port (SPEC cluster.settings-15, -16); Deno's ignores
 * it, so there the reported value would not be the port used: it is left alone (README).
 */
const DEBUG_PORT_MOVES_INSPECTOR = process.versions.deno === undefined;

export function createWorker({ id, token, inspectPort }: Mark): WorkerCluster {
  if (inspectPort !== undefined && DEBUG_PORT_MOVES_INSPECTOR) process.debugPort = inspectPort;
  let servers: WorkerServers;
  // Set when the channel is going to close on purpose: disconnect() (SPEC worker.process-04) or a kill from the
  // primary (worker.kill-03). The public exitedAfterDisconnect stays undefined here: this process never sees
  // itself exit (SPEC worker.exitedAfterDisconnect-01).
  let closeExpected = false;
  const worker = new Worker({
    id,
    process,
    side: {
      // SPEC worker.disconnect-02 (worker): close every server, wait for their 'close', then disconnect.
      // Deno drops messages still being written when the channel closes: 'disconnecting' (and all before it) first.
      disconnect() {
        closeExpected = true;
        // SPEC node.observed-02 (Finding F-18): in Node the worker marks itself at once.
        if (followsNode()) worker.exitedAfterDisconnect = true;
        let waiting = 2;
        const next = () => {
          if (--waiting === 0 && process.connected) process.disconnect();
        };
        if (!channel.send({ act: 'disconnecting' }, undefined, undefined, next)) next();
        servers.closeAll(next);
      },
      // SPEC worker.kill-04 (worker): kill this process with the signal, once what it sent before has left: Deno
      // writes IPC messages asynchronously, so a signal raised at once would drop them ('online' included). IPC is
      // ordered: when a last message is written, every earlier one is. A bad signal throws here, as process.kill's.
      kill(self, signal) {
        // SPEC node.findings-15 (Finding F-16): in Node, kill() from inside disconnects and then exits with code 0.
        if (followsNode()) {
          // Exits as the channel closes, after the 'disconnect' listeners added before this call (as Node does).
          process.once('disconnect', () => process.exit(0));
          return void self.disconnect();
        }
        const raise = () => process.kill(process.pid, signal);
        if (signalName(signal) === undefined || !channel.send({ act: 'killing' }, undefined, undefined, raise)) raise();
      },
    },
  });
  const channel = new Channel(process, token, (body: Body, handle: unknown) => {
    if (body.act === 'disconnect') worker.disconnect();
    else if (body.act === 'kill') {
      // The primary is killing this worker. SPEC worker.kill-06: it then lives as long as it would if only the
      // signal had been sent, when its open channel would keep it alive: neither the close that follows (code 0,
      // worker.process-03) nor an event loop run dry may end it before a signal it handles, maybe re-raised, does.
      closeExpected = true;
      setInterval(() => {}, 2 ** 30);
    } else servers.handle(body, handle);
  }, { yields: true });
  servers = new WorkerServers(channel);

  // SPEC worker.event.message-03: cluster.worker hears the primary's (user) messages too.
  process.on('message', (message, handle) => worker.emit('message', message, handle));
  // SPEC node.worker-01, -02: an 'error' on process is cluster.worker's too (the error and one more argument, as
  // Node passes them on). Added before the worker's code runs, so it is called first: with no listener on
  // cluster.worker, its emit throws, and process.emit with it.
  process.on('error', (error: unknown, detail: unknown) => worker.emit('error', error, detail));
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // SPEC worker.process-03: a disconnection nobody asked for ends the worker with code 0.
    if (!closeExpected) process.exit(0);
  });

  // SPEC cluster.event.online-01: the worker tells the primary it is running. SPEC node.observed-04 (Finding
  // F-20): in Node, a channel the primary closed before this gets there fails the announcement with an 'error' on
  // process, which (cluster.worker having no listener yet, node.worker-02) ends the worker with code 1.
  channel.send({ act: 'online' }, undefined, undefined, (error) => {
    if (error && followsNode()) process.emit('error' as never, error as never);
  });
  return workerCluster(worker);
}

/** Marked as a worker but with no channel to a primary: a worker role without a Worker, as in Node. */
export function createWorkerWithoutPrimary(): WorkerCluster {
  return workerCluster(null);
}

/** SPEC cluster.fork-04 and siblings: the primary-only members are absent, as in Node (TypeError if called). */
function workerCluster(worker: Worker | null): WorkerCluster {
  return Object.assign(new EventEmitter(), { isWorker: true, isMaster: false, isPrimary: false, worker, Worker: WorkerByHand }) as WorkerCluster;
}
