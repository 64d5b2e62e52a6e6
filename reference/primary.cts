/**
 * The cluster module as seen in the primary: fork(), setupPrimary(), disconnect(), the workers registry
 * and the scheduling policy (SPEC cluster.fork-01..03, cluster.setupPrimary-01..07, cluster.disconnect-01..04,
 * cluster.workers-01..03, cluster.schedulingPolicy-01..09).
 */
import { fork as forkProcess, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { Channel, newToken, type Body } from './protocol.cjs';
import { markedEnvironment } from './worker-mark.cjs';
import { followsNode } from './compat-mode.cjs';
import { inspectPortOf, nextSettings, policyFromEnvironment, SCHED_NONE, SCHED_RR, workerExecArgv, type Settings } from './settings.cjs';
import { Worker, type WorkerSide } from './worker.cjs';
import { WorkerByHand, type WorkerConstructor } from './worker-constructor.cjs';
import { followLifecycle } from './primary-lifecycle.cjs';
import { disconnectAsNode, ExitCallbacks } from './disconnect-as-node.cjs';
import { ServerRegistry } from './server-registry.cjs';
import { eventAddress } from './listen-request.cjs';
import { signalName } from './signal-name.cjs';

export interface PrimaryCluster extends EventEmitter {
  readonly isPrimary: true;
  readonly isMaster: true;
  readonly isWorker: false;
  readonly Worker: WorkerConstructor;
  readonly workers: Record<number, Worker>;
  settings: Settings;
  readonly SCHED_NONE: number;
  readonly SCHED_RR: number;
  schedulingPolicy: number;
  setupPrimary(settings?: Settings): void;
  setupMaster(settings?: Settings): void;
  fork(env?: NodeJS.ProcessEnv): Worker;
  disconnect(callback?: () => void): void;
}

/** The keys of a settings object, or none for anything else. */
function ownKeys(value: unknown): object {
  return typeof value === 'object' && value !== null ? value : {};
}

/** `entry`: the reference's entry file, preloaded by workers to start their side. */
export function createPrimary(entry: string): PrimaryCluster {
  const cluster = new EventEmitter() as PrimaryCluster;
  const workers: Record<number, Worker> = {};
  const token = newToken();
  const channels = new Map<Worker, Channel>();
  // The policy in force; SPEC cluster.schedulingPolicy-02, -03: frozen at the first fork() or setupPrimary().
  let frozenPolicy: number | undefined;
  const servers = new ServerRegistry(() => frozenPolicy === SCHED_RR, (worker) => channels.get(worker));
  // Workers asked to disconnect; SPEC worker.exitedAfterDisconnect-02: their exit is voluntary.
  const disconnectRequested = new WeakSet<Worker>();
  const exitCallbacks = new ExitCallbacks();
  let lastId = 0;
  let debugPortOffset = 0;

  // SPEC worker.disconnect-03, -04, -05 (primary): an internal message asks the worker to disconnect itself.
  // SPEC worker.kill-03, -05 (primary): disconnect the channel, then kill with the signal, without waiting.
  const side: WorkerSide = {
    disconnect(worker) {
      disconnectRequested.add(worker);
      if (followsNode()) {
        // SPEC node.findings-08, -14 (Findings F-07, F-15): Node marks the exit voluntary and forgets the worker
        // at the call, while it is still connected and alive.
        worker.exitedAfterDisconnect = true;
        delete workers[worker.id];
      }
      channels.get(worker)?.send({ act: 'disconnect' });
    },
    kill(worker, signal) {
      const child = worker.process as ChildProcess;
      // SPEC node.findings-16 (Finding F-17): Node only signals; the channel closes when the process has ended.
      if (followsNode()) return void child.kill(signal);
      const name = signalName(signal);
      // child_process's own error for an unknown signal, before anything changed (as in Node); 0 ends nothing.
      if (name === undefined) child.kill(signal);
      // The worker hears it is being killed before its channel closes (IPC is ordered), so it does not take that
      // close for an accidental one (worker-side.cts).
      else channels.get(worker)?.send({ act: 'kill' });
      disconnectRequested.delete(worker); // killed, not disconnected
      if (child.connected) child.disconnect();
      if (name !== undefined) child.kill(name);
    },
  };

  const onInternal = (worker: Worker, body: Body, handle: unknown) => {
    switch (body.act) {
      case 'online': // SPEC cluster.event.online-02, worker.event.online-01
        worker.state = 'online';
        worker.emit('online');
        cluster.emit('online', worker);
        break;
      case 'listening': { // SPEC cluster.event.listening-01, -02, worker.event.listening-01, -02; node.address-07: one object
        const address = eventAddress(body.address);
        worker.state = 'listening';
        worker.emit('listening', address);
        cluster.emit('listening', worker, address);
        break;
      }
      case 'disconnecting': // the worker called disconnect() on itself
        disconnectRequested.add(worker);
        break;
      default:
        servers.handle(worker, body, handle);
    }
  };

  const setupPrimary = (overrides?: Settings) => {
    // SPEC node.worker-07: what the program wrote to cluster.settings by hand counts as given, also before the first
    // set-up or in an object it assigned: each set-up merges the defaults, cluster.settings and the call's settings.
    cluster.settings = nextSettings(undefined, { ...ownKeys(cluster.settings), ...ownKeys(overrides) }, process, followsNode());
    frozenPolicy ??= cluster.schedulingPolicy;
    // SPEC cluster.event.setup-01..03: emitted on every call, with the settings at the time (advisory).
    const snapshot = { ...cluster.settings };
    process.nextTick(() => cluster.emit('setup', snapshot));
  };

  const fork = (env?: NodeJS.ProcessEnv) => {
    setupPrimary();
    const settings = cluster.settings;
    const id = ++lastId;
    const execArgv = workerExecArgv(settings, () => process.debugPort + ++debugPortOffset);
    const child = forkProcess(settings.exec as string, settings.args, {
      // SPEC cluster.fork-02: env adds to the inherited environment.
      env: markedEnvironment({ ...process.env, ...env }, { id, token, inspectPort: inspectPortOf(execArgv), ...(followsNode() ? { mode: 'node' as const } : {}) }, entry),
      execArgv,
      cwd: settings.cwd,
      silent: settings.silent,
      stdio: settings.stdio as never,
      uid: settings.uid,
      gid: settings.gid,
      serialization: settings.serialization || undefined, // false: the default, JSON
      // Not in ForkOptions' type, but fork() passes it on to spawn().
      ...{ windowsHide: settings.windowsHide },
    });
    const worker = new Worker({ id, process: child, side });
    channels.set(worker, new Channel(child, token, (body, handle) => onInternal(worker, body, handle)));
    // SPEC cluster.event.message-01, -02: the cluster hears every user message of every worker.
    child.on('message', (message, handle) => {
      cluster.emit('message', worker, message, handle);
      worker.emit('message', message, handle);
    });
    followLifecycle(cluster, workers, worker, child, {
      release(leaving) {
        servers.release(leaving);
        channels.delete(leaving);
      },
      disconnectRequested: (leaving) => disconnectRequested.has(leaving),
      exiting: () => exitCallbacks.workerExited(Object.keys(workers).length),
    });
    workers[id] = worker;
    // SPEC cluster.event.fork-01, cluster.event.online-03: the worker exists, its process may not run yet.
    process.nextTick(() => cluster.emit('fork', worker));
    return worker;
  };

  // SPEC cluster.disconnect-01..03: disconnect every worker; once they have all left cluster.workers
  // (disconnected and exited), close the primary's handles and call back.
  const disconnect = (callback?: () => void) => {
    const finished = () => {
      servers.closeAll();
      if (typeof callback === 'function') callback();
    };
    if (followsNode()) return disconnectAsNode(workers, exitCallbacks, finished);
    const leaving = Object.values(workers).filter((worker) => worker.isConnected());
    let left = leaving.length;
    if (left === 0) process.nextTick(finished);
    for (const worker of leaving) {
      // The worker leaves cluster.workers just before the later of its two events is emitted.
      const check = () => {
        if (worker.id in workers) return;
        worker.off('disconnect', check).off('exit', check);
        if (--left === 0) process.nextTick(finished);
      };
      worker.on('disconnect', check).on('exit', check);
      worker.disconnect();
    }
  };

  Object.assign(cluster, {
    isWorker: false,
    isMaster: true,
    isPrimary: true,
    Worker: WorkerByHand,
    workers,
    settings: {},
    SCHED_NONE,
    SCHED_RR,
    schedulingPolicy: policyFromEnvironment(process.env.NODE_CLUSTER_SCHED_POLICY, process.platform),
    setupPrimary,
    setupMaster: setupPrimary,
    fork,
    disconnect,
  });
  return cluster;
}
