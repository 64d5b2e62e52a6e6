// Primary role of the load server: forks the workers, reports lifecycle events
// and counts to the orchestrator (JSON lines on stdout) and runs its commands
// (stdin lines): stats, reset, rolling restart, SIGKILL of one worker.
import type { Cluster, Worker } from 'node:cluster';
import { once } from 'node:events';
import readline from 'node:readline';
import {
  isWorkerReply,
  parseCommand,
  type Command,
  type LifecycleName,
  type ServerEvent,
  type WorkerCount,
  type WorkerReply,
  type WorkerRequest,
} from './protocol.js';

const askTimeoutMs = 3000;
const lifecycleTimeoutMs = 15000;
const drainTimeoutMs = 2000;
const drainPollMs = 20;

function emit(event: ServerEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

/** Resolves with the event's arguments, or rejects after timeoutMs with a message naming what was awaited. */
async function waitFor(worker: Worker, event: string, timeoutMs: number): Promise<unknown[]> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await once(worker, event, { signal });
  } catch {
    throw new Error(`worker ${worker.id} gave no '${event}' within ${timeoutMs} ms`);
  }
}

export async function runPrimary(cluster: Cluster, count: number): Promise<void> {
  const waiting = new Map<number, Array<(reply: WorkerReply) => void>>();

  const live = (): Worker[] =>
    Object.values(cluster.workers ?? {})
      .filter((w): w is Worker => w !== undefined && !w.isDead())
      .sort((a, b) => a.id - b.id);

  // Replies come back in the order asked, so one FIFO of resolvers per worker suffices.
  function ask(worker: Worker, request: WorkerRequest): Promise<WorkerReply | null> {
    return new Promise((resolve) => {
      const queue = waiting.get(worker.id) ?? [];
      waiting.set(worker.id, queue);
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(settle), 1);
        resolve(null);
      }, askTimeoutMs);
      const settle = (reply: WorkerReply): void => {
        clearTimeout(timer);
        resolve(reply);
      };
      queue.push(settle);
      worker.send(request);
    });
  }

  async function askAll(request: WorkerRequest): Promise<WorkerCount[]> {
    const workers = live();
    const replies = await Promise.all(workers.map((w) => ask(w, request)));
    return workers.flatMap((w, i) => {
      const reply = replies[i];
      return reply ? [{ id: w.id, pid: w.process.pid ?? 0, connections: reply.connections, requests: reply.requests }] : [];
    });
  }

  async function forkListening(): Promise<Worker> {
    const worker = cluster.fork();
    worker.on('message', (message: unknown) => {
      if (isWorkerReply(message)) waiting.get(worker.id)?.shift()?.(message);
    });
    const [address] = await waitFor(worker, 'listening', lifecycleTimeoutMs);
    port ||= (address as { port: number }).port;
    return worker;
  }

  // Drain: wait (bounded) until the worker's keep-alive connections have left.
  async function drain(worker: Worker): Promise<void> {
    const deadline = Date.now() + drainTimeoutMs;
    let reply = await ask(worker, { load: 'drain' });
    while (reply && reply.open > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, drainPollMs));
      reply = await ask(worker, { load: 'count' });
    }
  }

  async function rollingRestart(withDrain: boolean): Promise<void> {
    const old = live();
    for (const worker of old) {
      if (worker.isDead()) continue;
      await forkListening();
      if (withDrain) await drain(worker);
      const exited = waitFor(worker, 'exit', lifecycleTimeoutMs);
      worker.disconnect();
      await exited;
    }
    emit({ type: 'restarted', replaced: old.length });
  }

  async function killOldest(): Promise<void> {
    const [victim] = live();
    if (!victim) throw new Error('no live worker to kill');
    const before = await ask(victim, { load: 'count' });
    const exited = waitFor(victim, 'exit', lifecycleTimeoutMs);
    victim.process.kill('SIGKILL');
    await exited;
    emit({ type: 'killed', id: victim.id, pid: victim.process.pid ?? 0, open: before?.open ?? 0 });
  }

  async function run(command: Command): Promise<void> {
    switch (command.cmd) {
      case 'stats':
        return emit({ type: 'stats', counts: await askAll({ load: 'count' }) });
      case 'reset':
        await askAll({ load: 'reset' });
        return emit({ type: 'reset' });
      case 'restart':
        return rollingRestart(command.drain);
      case 'kill':
        return killOldest();
    }
  }

  const report = (event: LifecycleName) => (worker: Worker, code?: unknown, signal?: unknown) => {
    const extra = event === 'exit' ? { code: code as number | null, signal: signal as string | null } : {};
    emit({ type: 'lifecycle', event, id: worker.id, pid: worker.process.pid ?? 0, ...extra });
  };
  for (const event of ['fork', 'online', 'listening', 'disconnect', 'exit'] as const) cluster.on(event, report(event));

  let port = 0;
  await Promise.all(Array.from({ length: count }, forkListening));
  emit({ type: 'ready', port, workers: count });

  // Commands run one after another; a failing command is reported, not fatal.
  let chain = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin });
  input.on('line', (line) => {
    chain = chain
      .then(() => run(parseCommand(line)))
      .catch((error: unknown) => emit({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
  });
  // The orchestrator going away (stdin closed) ends the server and its workers.
  input.on('close', () => shutdown(cluster));
}

export function shutdown(cluster: Cluster): never {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
  process.exit(0);
}
