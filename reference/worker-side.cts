/**
 * The cluster module as seen in a worker: cluster.worker, the 'online' announcement, disconnect() and
 * kill() from inside, and the exit on an accidental disconnection (SPEC cluster.worker, worker.process,
 * worker.disconnect, worker.kill).
 */
import { EventEmitter } from 'node:events';
import { Channel, type Body } from './protocol.cjs';
import { Worker } from './worker.cjs';
import { WorkerServers } from './worker-servers.cjs';

export interface WorkerCluster extends EventEmitter {
  readonly isPrimary: false;
  readonly isMaster: false;
  readonly isWorker: true;
  readonly Worker: typeof Worker;
  readonly worker: Worker;
}

export function createWorker(id: number, token: string): WorkerCluster {
  let servers: WorkerServers;
  const worker = new Worker({
    id,
    process,
    side: {
      // SPEC worker.disconnect (worker): close every server, wait for their 'close', then disconnect.
      disconnect(self) {
        self.exitedAfterDisconnect = true;
        channel.send({ act: 'disconnecting' });
        servers.closeAll(() => {
          if (process.connected) process.disconnect();
        });
      },
      // SPEC worker.kill (worker): kill this process with the signal.
      kill(_self, signal) {
        process.kill(process.pid, signal);
      },
    },
  });
  const channel = new Channel(process, token, (body: Body, handle: unknown) => {
    if (body.act === 'disconnect') worker.disconnect();
    else servers.handle(body, handle);
  });
  servers = new WorkerServers(channel);

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // SPEC worker.process: a disconnection nobody asked for ends the worker with code 0.
    if (worker.exitedAfterDisconnect !== true) process.exit(0);
  });

  const cluster = new EventEmitter() as WorkerCluster;
  Object.assign(cluster, { isWorker: true, isMaster: false, isPrimary: false, worker, Worker });
  // SPEC cluster.event.online: the worker tells the primary it is running.
  channel.send({ act: 'online' });
  return cluster;
}
