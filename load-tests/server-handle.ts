// Orchestrator side of the load server: spawns cluster-server detached (its
// own process group, so primary and workers die together), reads its events,
// sends commands, and kills the whole group on close or when its time is up.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';
import type { Command, ServerEvent, WorkerCount } from './protocol.js';
import { parseEvent } from './protocol.js';

export type Policy = 'rr' | 'none';

export interface ServerOptions {
  /** Module specifier of the implementation under test ('node:cluster' or a file URL). */
  specifier: string;
  policy: Policy;
  workers: number;
  /** Hard lifetime of the server processes. */
  ttlMs: number;
}

const serverPath = fileURLToPath(new URL('./cluster-server.js', import.meta.url));
const replyTimeoutMs = 30_000;
const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess): void {
  running.delete(child);
  if (child.pid === undefined) return;
  // The primary may be gone while workers live on; the group kill reaches them too.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // group already gone
  }
}

// Never leave a server behind, whatever way the orchestrator ends.
process.on('exit', () => {
  for (const child of running) killGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) killGroup(child);
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

export class LoadServer {
  /** Every event the server reported, in order (lifecycle history included). */
  readonly events: ServerEvent[] = [];
  port = 0;
  private readonly waiters: Array<{ type: ServerEvent['type']; resolve: (e: ServerEvent) => void }> = [];
  private exited: string | null = null;

  private constructor(private readonly child: ChildProcess) {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = parseEvent(line);
      if (!event) return;
      this.events.push(event);
      const index = this.waiters.findIndex((w) => w.type === event.type || event.type === 'error');
      if (index >= 0) this.waiters.splice(index, 1)[0]!.resolve(event);
    });
    child.on('exit', (code, signal) => {
      this.exited = `load server exited (code ${code}, signal ${signal})`;
      for (const w of this.waiters.splice(0)) w.resolve({ type: 'error', message: this.exited });
    });
  }

  static async start(options: ServerOptions): Promise<LoadServer> {
    const child = spawn(process.execPath, [serverPath], {
      detached: true,
      stdio: ['pipe', 'pipe', 'inherit'],
      env: {
        ...process.env,
        CLUSTER_CONFORMANCE_TARGET: options.specifier,
        NODE_CLUSTER_SCHED_POLICY: options.policy,
        LOAD_WORKERS: String(options.workers),
        LOAD_TTL_MS: String(options.ttlMs),
      },
    });
    running.add(child);
    const timer = setTimeout(() => killGroup(child), options.ttlMs + 5000);
    child.on('exit', () => clearTimeout(timer));
    const server = new LoadServer(child);
    try {
      const ready = await server.next('ready');
      if (ready.type === 'ready') server.port = ready.port;
    } catch (error) {
      await server.close();
      throw error;
    }
    return server;
  }

  /** The next event of this type; rejects on a server error, exit or timeout. */
  async next(type: ServerEvent['type'], timeoutMs = replyTimeoutMs): Promise<ServerEvent> {
    if (this.exited) throw new Error(this.exited);
    const event = await new Promise<ServerEvent>((resolve) => {
      const waiter = { type, resolve: (e: ServerEvent) => (clearTimeout(timer), resolve(e)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        resolve({ type: 'error', message: `no '${type}' from the load server within ${timeoutMs} ms` });
      }, timeoutMs);
      this.waiters.push(waiter);
    });
    if (event.type === 'error') throw new Error(event.message);
    return event;
  }

  private async command(command: Command, reply: ServerEvent['type']): Promise<ServerEvent> {
    const answer = this.next(reply);
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    return answer;
  }

  async stats(): Promise<WorkerCount[]> {
    const event = await this.command({ cmd: 'stats' }, 'stats');
    return event.type === 'stats' ? event.counts : [];
  }

  async reset(): Promise<void> {
    await this.command({ cmd: 'reset' }, 'reset');
  }

  /** Rolling restart; with drain, each old worker first sheds its keep-alive connections. */
  async restart(drain: boolean): Promise<void> {
    await this.command({ cmd: 'restart', drain }, 'restarted');
  }

  /** SIGKILLs the oldest worker; resolves with the connections it had open. */
  async kill(): Promise<number> {
    const event = await this.command({ cmd: 'kill' }, 'killed');
    return event.type === 'killed' ? event.open : 0;
  }

  async close(): Promise<void> {
    const gone = this.exited ? Promise.resolve() : new Promise((r) => this.child.once('exit', r));
    killGroup(this.child);
    await gone;
  }
}
