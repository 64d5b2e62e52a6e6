/**
 * The runtime of a differential program: the generated script (render-script.ts) holds this file's compiled
 * text, so a program runs with `node program.cjs` and needs nothing else. In the primary it performs the
 * steps and prints one `@@cc {json}` line per observation: every cluster and Worker event (with the worker's
 * state when the handler ran), what each call returned or threw, waits, and outcomes that come later (a send's
 * callback, a client's answer). Each worker carries out the commands the primary sends it and writes what it
 * saw to a file, which the primary prints at the end. Only Node's built-in modules: it runs under Node, Bun and
 * Deno against any cluster implementation (CLUSTER_CONFORMANCE_TARGET: a module specifier, file URL or path).
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Cluster, Worker } from 'node:cluster';

/** As in fixtures/lib/report.ts (this file may import nothing of the project): the runner parses these lines. */
export const LINE_PREFIX = '@@cc ';
export const UNDEFINED_MARK = '<undefined>';
/** Bounded waits: an awaited event normally comes within milliseconds; these only stop a broken target. */
export const WAIT_MS = 5_000;
export const LINGER_MS = 3_000;
const CLIENT_TIMEOUT_MS = 5_000;
/** The step number events get once the program's steps are over (the run's end, where workers are ended). */
export const TEARDOWN_STEP = 1_000_000;

export type Snapshot = Record<'listed' | 'connected' | 'dead' | 'ead' | 'state', unknown>;
export type CallResult = { value: unknown } | { error: string };

function write(record: Record<string, unknown>): void {
  const line = LINE_PREFIX + JSON.stringify(record, (_key, value) => (value === undefined ? UNDEFINED_MARK : value)) + '\n';
  const bytes = Buffer.from(line);
  for (let offset = 0, attempts = 0; offset < bytes.length && attempts < 10_000; attempts++) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

/** An error as its code (or name): messages differ between versions and implementations. */
export function errorCode(error: unknown): string {
  if (error === null || typeof error !== 'object') return String(error);
  return String((error as NodeJS.ErrnoException).code ?? (error as Error).name ?? 'Error');
}

function probe(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return { threw: errorCode(error) };
  }
}

/** A handle or other object as `<ConstructorName>`; plain values as they are. */
function handleKind(handle: unknown): string | undefined {
  if (handle === undefined || handle === null) return undefined;
  return typeof handle === 'object' ? `<${(handle as object).constructor?.name ?? 'Object'}>` : String(handle);
}

/** A copy safe to print: JSON values as they are, anything else as `<Kind>`. */
function plain(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value !== 'object' || depth > 4) return `<${typeof value}>`;
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return handleKind(value);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, depth + 1)]));
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The implementation under test. */
export async function loadCluster(): Promise<Cluster> {
  const spec = process.env.CLUSTER_CONFORMANCE_TARGET || 'node:cluster';
  const url = /^(node:|file:)/.test(spec) || spec === 'cluster' ? spec : pathToFileURL(path.resolve(spec)).href;
  const loaded = await import(url);
  return (loaded.default ?? loaded) as Cluster;
}

// ───────────────────────────── worker side ─────────────────────────────

type Command = { dt: 'cmd'; step: number; op: string; kind?: string; server?: number; message?: unknown; via?: string; code?: number; signal?: string };

function listenOptions(kind: string, dir: string): { tcp?: net.ListenOptions; udp?: dgram.BindOptions } {
  const host = '127.0.0.1';
  switch (kind) {
    case 'tcp4': return { tcp: { port: 0, host } };
    case 'tcp6': return { tcp: { port: 0, host: '::1' } };
    case 'tcp4-shared': return { tcp: { port: Number(process.env.DT_TCP_PORT), host } };
    case 'tcp4-exclusive': return { tcp: { port: 0, host, exclusive: true } };
    case 'unix-a': return { tcp: { path: path.join(dir, 'a.sock') } };
    case 'unix-b': return { tcp: { path: path.join(dir, 'b.sock') } };
    case 'udp4': return { udp: { port: 0, address: host } };
    case 'udp4-shared': return { udp: { port: Number(process.env.DT_UDP_PORT), address: host } };
    default: return { udp: { port: 0, address: host, exclusive: true } };
  }
}

/**
 * Plays the worker: reports what it is, then handles what the primary sends, one message at a time in the
 * order they came (a command's work, such as a listen, finishes before the next message is handled), so what
 * it sends back comes in one order in every run. Records go to two streams: `in` (what arrives, the channel's
 * end, the exit) and `do` (the handling of each message, in the same order), each in a fixed order.
 */
export function serveWorker(cluster: Cluster): void {
  const dir = process.env.DT_DIR ?? os.tmpdir();
  const file = path.join(dir, `w-${process.pid}.jsonl`);
  let seq = 0;
  const me = cluster.worker;
  const snap = () => ({ connected: probe(() => me?.isConnected()), dead: probe(() => me?.isDead()), ead: probe(() => me?.exitedAfterDisconnect), state: probe(() => (me as (Worker & { state?: unknown }) | undefined)?.state) });
  const record = (stream: 'in' | 'do', kind: string, data: Record<string, unknown> = {}) =>
    appendFileSync(file, JSON.stringify({ seq: ++seq, stream, kind, ...data, snap: snap() }, (_k, v) => (v === undefined ? UNDEFINED_MARK : v)) + '\n');
  // With a callback, a channel closed meanwhile is reported to it instead of as an 'error' that would end the worker.
  const reply = (message: Record<string, unknown>) => {
    const failed = (error: unknown) => record('do', 'reply-failed', { message, error: errorCode(error) });
    try {
      process.send?.(message, (error: Error | null) => error && failed(error));
    } catch (error) {
      failed(error);
    }
  };
  const c = cluster as unknown as Record<string, unknown>;
  record('in', 'start', {
    isPrimary: cluster.isPrimary,
    isWorker: cluster.isWorker,
    id: probe(() => me?.id),
    argv: process.argv.slice(2),
    execArgv: process.execArgv,
    dtVar: process.env.DT_VAR,
    hasUniqueId: process.env.NODE_UNIQUE_ID !== undefined,
    primaryOnly: Object.fromEntries(['fork', 'disconnect', 'setupPrimary', 'workers', 'settings', 'schedulingPolicy'].map((k) => [k, typeof c[k]])),
  });
  const servers: { close(callback: (error?: Error) => void): void }[] = [];
  let received = 0;

  /** Carries out a command; resolves once its work is done and acknowledged. */
  const run = (cmd: Command): Promise<void> | void => {
    const ack = (result: Record<string, unknown>) => {
      record('do', 'ack', { step: cmd.step, ...result });
      reply({ dt: 'ack', step: cmd.step, ...result });
    };
    switch (cmd.op) {
      case 'listen':
        return new Promise<void>((resolve) => {
          const options = listenOptions(cmd.kind!, dir);
          const server = options.tcp ? net.createServer((socket) => socket.end('hi')) : dgram.createSocket('udp4');
          servers.push(server);
          // Acknowledged a turn later: the cluster's own handling of 'listening' (it tells the primary) comes first.
          const done = (result: Record<string, unknown>) =>
            void turn().then(() => {
              ack(result);
              resolve();
            });
          server.once('error', (error) => done({ error: errorCode(error) }));
          const listening = () => done({ address: plain(server.address()) });
          if (server instanceof net.Server) server.listen(options.tcp, listening);
          else server.bind(options.udp!, listening);
        });
      case 'close': {
        const server = servers[cmd.server!];
        if (server === undefined) return ack({ error: 'no such server' });
        return new Promise<void>((resolve) => {
          try {
            server.close((error) => {
              ack({ closed: error ? errorCode(error) : null });
              resolve();
            });
          } catch (error) {
            ack({ threw: errorCode(error) });
            resolve();
          }
        });
      }
      case 'workerSend': {
        // Acknowledged once the send's callback came (the message goes first: IPC keeps order).
        const send = cmd.via === 'worker' ? me!.send.bind(me) : process.send!.bind(process);
        return new Promise<void>((resolve) => {
          try {
            let returned: unknown;
            returned = send(cmd.message as never, (error: Error | null) => {
              ack({ returned, sent: error ? errorCode(error) : null });
              resolve();
            });
          } catch (error) {
            ack({ threw: errorCode(error) });
            resolve();
          }
        });
      }
      case 'workerDisconnect':
        return record('do', 'call', { step: cmd.step, op: cmd.op, result: probe(() => handleKind(me!.disconnect())) });
      case 'workerExit':
        return process.exit(cmd.code);
      case 'workerKill':
        return record('do', 'call', { step: cmd.step, op: cmd.op, result: probe(() => plain(cmd.signal === undefined ? me!.kill() : me!.kill(cmd.signal))) });
      case 'workerCloseChannel':
        return record('do', 'call', { step: cmd.step, op: cmd.op, result: probe(() => plain(process.disconnect())) });
    }
  };

  /** A message that is not a command: the handle it carried is used up, and its receipt acknowledged. */
  const receive = (handle: unknown) => {
    if (handle instanceof net.Server) {
      record('do', 'handle', { listening: handle.listening });
      handle.close();
    } else if (handle instanceof net.Socket) {
      handle.end('w');
    }
    reply({ dt: 'got', n: ++received, handle: handleKind(handle) });
  };

  const queue: (() => Promise<void> | void)[] = [];
  let busy = false;
  const drain = async () => {
    busy = true;
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
      await task();
      await turn();
    }
    busy = false;
  };

  process.on('message', (message: unknown, handle: unknown) => {
    record('in', 'process.message', { message: plain(message), handle: handleKind(handle) });
    const isCommand = message !== null && typeof message === 'object' && (message as Command).dt === 'cmd';
    queue.push(isCommand ? () => run(message as Command) : () => receive(handle));
    if (!busy) void drain();
  });
  me?.on('message', (message: unknown, handle: unknown) => record('in', 'worker.message', { message: plain(message), handle: handleKind(handle) }));
  me?.on('disconnect', () => {
    record('in', 'worker.disconnect');
    // A send on the closed channel: its error goes to the 'error' listeners (process's, and cluster.worker's?).
    record('in', 'late-send', { result: probe(() => process.send?.({ dt: 'late' })) });
  });
  me?.on('error', (error: unknown) => record('in', 'worker.error', { error: errorCode(error) }));
  process.on('error', (error: unknown) => record('in', 'process.error', { error: errorCode(error) }));
  process.on('disconnect', () => record('in', 'process.disconnect'));
  process.on('exit', (code) => record('in', 'process.exit', { code }));
  reply({ dt: 'ready' });
}

// ───────────────────────────── primary side ─────────────────────────────

type Awaited = 'ack' | 'got' | 'client';
const CLUSTER_EVENTS = ['fork', 'online', 'listening', 'disconnect', 'exit', 'message', 'error'];
const WORKER_EVENTS = ['online', 'listening', 'disconnect', 'exit', 'message', 'error'];
/** Calls that change a worker's state as the primary sees it (all workers' for cluster.disconnect()). */
const STATE_CHANGING_OPS = ['disconnect', 'kill', 'processKill', 'destroy', 'processDisconnect', 'clusterDisconnect'];
const ENDING_OPS = ['disconnect', 'kill', 'processKill', 'destroy', 'processDisconnect', 'workerDisconnect', 'workerExit', 'workerKill', 'workerCloseChannel'];

function eventArgs(name: string, args: unknown[]): unknown[] {
  if (name === 'message') return [plain(args[0]), handleKind(args[1])];
  if (name === 'error') return [errorCode(args[0])];
  return args.map((arg) => plain(arg));
}

/** Performs a program's steps in the primary and prints what it sees. */
export class Primary {
  readonly workers: Worker[] = [];
  readonly dir: string;
  #seq = 0;
  #step = -1;
  #inCall = false;
  #forking: number | undefined;
  readonly #events: { slot: number; name: string; message?: unknown }[] = [];
  /** Per slot: step → what is still awaited from it. */
  readonly #pending: Map<number, Set<Awaited>>[] = [];
  /** Per slot: the steps that sent a message the worker acknowledges, in order. */
  readonly #sends: number[][] = [];
  /** Per slot: the listen steps, in order (a server's index is its place here). */
  readonly #listens: number[][] = [];
  readonly #addresses = new Map<number, unknown>();
  readonly #ending = new Set<number>();
  #clusterDisconnected = false;
  #wake = () => {};

  constructor(readonly cluster: Cluster) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'cc-differential-'));
    for (const name of CLUSTER_EVENTS) {
      cluster.on(name, (worker: Worker, ...args: unknown[]) => this.#event('cluster', this.#slotOf(worker), name, args));
    }
    cluster.on('setup', (settings: unknown) => this.record('ev', { step: this.#step, sync: this.#inCall, src: 'cluster', name: 'setup', args: [plain(settings)] }));
  }

  record(kind: string, data: Record<string, unknown> = {}): void {
    write({ role: 'primary', pid: process.pid, seq: ++this.#seq, kind, ...data });
  }

  #slotOf(worker: unknown): number {
    const slot = this.workers.indexOf(worker as Worker);
    return slot >= 0 ? slot : (this.#forking ?? -1);
  }

  snapshot(slot: number): Snapshot {
    const w = this.workers[slot];
    if (w === undefined) return { listed: undefined, connected: undefined, dead: undefined, ead: undefined, state: undefined };
    return {
      listed: probe(() => (this.cluster.workers ?? {})[w.id] === w),
      connected: probe(() => w.isConnected()),
      dead: probe(() => w.isDead()),
      ead: probe(() => w.exitedAfterDisconnect),
      state: probe(() => (w as Worker & { state?: unknown }).state),
    };
  }

  #event(src: string, slot: number, name: string, args: unknown[]): void {
    const listed = eventArgs(name, args);
    this.record('ev', { step: this.#step, sync: this.#inCall, slot, src, name, args: listed, snap: this.snapshot(slot) });
    this.#events.push({ slot, name, message: name === 'message' ? args[0] : undefined });
    if (name === 'message' && src === 'worker') this.#receipt(slot, args[0]);
    this.#wake();
  }

  /** The worker's acknowledgements settle what the primary waits for. */
  #receipt(slot: number, message: unknown): void {
    if (message === null || typeof message !== 'object') return;
    const m = message as { dt?: string; step?: number; n?: number; address?: unknown };
    if (m.dt === 'ack' && m.step !== undefined) {
      if (m.address !== undefined) this.#addresses.set(m.step, m.address);
      this.#settle(slot, m.step, 'ack');
    }
    if (m.dt === 'got' && m.n !== undefined) {
      const step = this.#sends[slot]?.[m.n - 1];
      if (step !== undefined) this.#settle(slot, step, 'got');
    }
  }

  #expect(slot: number, step: number, what: Awaited): void {
    const pending = (this.#pending[slot] ??= new Map());
    if (!pending.has(step)) pending.set(step, new Set());
    pending.get(step)!.add(what);
  }

  #settle(slot: number, step: number, what: Awaited): void {
    const pending = this.#pending[slot]?.get(step);
    pending?.delete(what);
    if (pending?.size === 0) this.#pending[slot].delete(step);
    this.#wake();
  }

  #seen(slot: number, name: string, message?: (m: unknown) => boolean): boolean {
    return this.#events.some((e) => e.slot === slot && e.name === name && (message === undefined || message(e.message)));
  }

  #isReady(slot: number): boolean {
    return this.#seen(slot, 'message', (m) => (m as { dt?: string } | null)?.dt === 'ready');
  }

  /** Resolves true once `done()` holds, false after `ms`. */
  #until(done: () => boolean, ms = WAIT_MS): Promise<boolean> {
    return new Promise((resolve) => {
      if (done()) return resolve(true);
      const previous = this.#wake;
      const timer = setTimeout(() => finish(false), ms);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        this.#wake = previous;
        resolve(ok);
      };
      this.#wake = () => {
        previous();
        if (done()) finish(true);
      };
    });
  }

  /** Runs one call of a step, noting the events it emits before returning, its result and the worker's state. */
  #call(step: number, slot: number | undefined, op: string, fn: () => unknown, extra: Record<string, unknown> = {}): { value?: unknown; threw: boolean } {
    // What the primary does to a worker changes what its handlers see (exitedAfterDisconnect, cluster.workers).
    if (STATE_CHANGING_OPS.includes(op)) this.record('call', { step, slot, op });
    this.#step = step;
    this.#inCall = true;
    let result: CallResult;
    let value: unknown;
    let threw = false;
    try {
      value = fn();
      result = { value: slot !== undefined && value === this.workers[slot] ? '<this worker>' : plain(value) };
    } catch (error) {
      threw = true;
      result = { error: errorCode(error) };
    }
    this.#inCall = false;
    if (slot !== undefined && ENDING_OPS.includes(op)) this.#ending.add(slot);
    this.record('step', { step, op, slot, result, snap: slot === undefined ? undefined : this.snapshot(slot), ...extra });
    return { value, threw };
  }

  async setup(step: number, fn: () => unknown): Promise<void> {
    this.#call(step, undefined, 'setupPrimary', fn);
    this.record('settings', { step, settings: plain(this.cluster.settings) });
    await turn();
  }

  async fork(step: number, fn: () => Worker): Promise<void> {
    const slot = this.workers.length;
    this.#forking = slot;
    this.#sends[slot] = [];
    this.#listens[slot] = [];
    const worker = this.#call(step, undefined, 'fork', fn).value as Worker | undefined;
    this.#forking = undefined;
    if (worker === undefined || worker === null) return;
    this.workers[slot] = worker;
    for (const name of WORKER_EVENTS) worker.on(name, (...args: unknown[]) => this.#event('worker', slot, name, args));
    this.record('fork', { step, slot, workerPid: probe(() => worker.process.pid), id: probe(() => worker.id) });
    this.record('settings', { step, settings: plain(this.cluster.settings) });
    await turn();
  }

  /** A call on worker `slot` in the primary: kill(), disconnect(), process.kill(). */
  async act(step: number, slot: number, op: string, fn: (worker: Worker) => unknown): Promise<void> {
    this.#call(step, slot, op, () => fn(this.workers[slot]));
    await turn();
  }

  async clusterDisconnect(step: number, fn: (callback: () => void) => unknown): Promise<void> {
    this.workers.forEach((_, slot) => this.#ending.add(slot));
    this.#call(step, undefined, 'clusterDisconnect', () =>
      fn(() => {
        this.#clusterDisconnected = true;
        this.record('outcome', { step, what: 'callback', at: this.#positions() });
        this.#wake();
      }),
    );
    await turn();
  }

  /** How many events each slot had emitted so far: where an outcome falls among them. */
  #positions(): number[] {
    return this.workers.map((_, slot) => this.#events.filter((e) => e.slot === slot).length);
  }

  /**
   * worker.send(message, handle, callback), with a handle made for it (a listening server, or the primary's end
   * of a loopback connection whose client then reads what the worker writes). `receipt`: the message is one the
   * worker sees and acknowledges (not a Node-internal one).
   */
  async send(step: number, slot: number, handle: 'none' | 'server' | 'socket', receipt: boolean, fn: (worker: Worker, handle: unknown, callback: (error: Error | null) => void) => unknown): Promise<void> {
    let made: net.Server | net.Socket | undefined;
    let holder: net.Server | undefined;
    if (handle !== 'none') {
      holder = net.createServer();
      await new Promise<void>((resolve) => holder!.listen(0, '127.0.0.1', resolve));
      if (handle === 'server') made = holder;
      else {
        const accepted = new Promise<net.Socket>((resolve) => holder!.once('connection', resolve));
        this.#client(step, slot, { port: (holder.address() as net.AddressInfo).port, host: '127.0.0.1' });
        made = await accepted;
      }
    }
    const callback = (error: Error | null) => {
      this.record('outcome', { step, what: 'callback', error: error ? errorCode(error) : null });
      holder?.close();
    };
    const expected = receipt && this.#isReady(slot) && !this.#ending.has(slot);
    if (!this.#call(step, slot, 'send', () => fn(this.workers[slot], made, callback)).threw) {
      if (expected) {
        this.#sends[slot].push(step);
        this.#expect(slot, step, 'got');
      }
    } else {
      // It threw: nothing was sent, so nothing will close what was made for it.
      if (made instanceof net.Socket) made.destroy();
      holder?.close();
    }
    await turn();
  }

  /** A loopback client that reads until the end; its outcome is recorded as `what: 'client'`. */
  #client(step: number, slot: number, options: net.NetConnectOpts): void {
    this.#expect(slot, step, 'client');
    const chunks: Buffer[] = [];
    const socket = net.connect(options);
    socket.setTimeout(CLIENT_TIMEOUT_MS, () => socket.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    socket.on('data', (chunk) => chunks.push(chunk));
    let error: string | null = null;
    socket.on('error', (e) => (error = errorCode(e)));
    socket.on('close', () => {
      this.record('outcome', { step, what: 'client', data: Buffer.concat(chunks).toString(), error });
      this.#settle(slot, step, 'client');
    });
  }

  /** Asks worker `slot` to do something (a command message through worker.send). */
  async command(step: number, slot: number, command: Record<string, unknown>): Promise<void> {
    const worker = this.workers[slot];
    if (command.op === 'listen') this.#listens[slot].push(step);
    const acknowledged = !ENDING_OPS.includes(command.op as string);
    if (!acknowledged) this.#ending.add(slot);
    this.#call(step, slot, 'command', () => worker.send({ dt: 'cmd', step, ...command }));
    if (acknowledged) this.#expect(slot, step, 'ack');
    await turn();
  }

  /** Connects to server `server` of worker `slot` (the address it acknowledged) and reads the answer. */
  async connect(step: number, slot: number, server: number): Promise<void> {
    const address = this.#addresses.get(this.#listens[slot]?.[server] ?? -1) as { port?: number; address?: string } | string | undefined;
    let result: CallResult;
    if (address === undefined) result = { error: 'no address' };
    else {
      const options = typeof address === 'string' ? { path: address } : { port: address.port!, host: address.address };
      result = await new Promise<CallResult>((resolve) => {
        const chunks: Buffer[] = [];
        const socket = net.connect(options);
        socket.setTimeout(CLIENT_TIMEOUT_MS, () => socket.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
        socket.on('data', (chunk) => chunks.push(chunk));
        let error: string | undefined;
        socket.on('error', (e) => (error = errorCode(e)));
        socket.on('close', () => resolve(error === undefined ? { value: Buffer.concat(chunks).toString() } : { error }));
      });
    }
    this.record('step', { step, op: 'connect', slot, result });
    await turn();
  }

  async wait(step: number, slot: number, what: 'online' | 'ready' | 'ack' | 'disconnect' | 'exit'): Promise<void> {
    const done =
      what === 'ready' ? () => this.#isReady(slot)
      : what === 'ack' ? () => (this.#pending[slot]?.size ?? 0) === 0
      : () => this.#seen(slot, what);
    const ok = await this.#until(done);
    this.record('wait', { step, slot, for: what, ok });
    await turn();
  }

  async waitClusterDisconnect(step: number): Promise<void> {
    const ok = await this.#until(() => this.#clusterDisconnected);
    this.record('wait', { step, for: 'clusterDisconnect', ok });
    await turn();
  }

  /**
   * Ends the run the same way every time: workers not told to end are let settle (ready, everything
   * acknowledged), then SIGKILLed; every worker is waited for until it has exited and disconnected (one that
   * outlives its ending by LINGER_MS is reported and SIGKILLed). Then the workers' records are printed.
   */
  async end(): Promise<void> {
    const live = this.workers.map((_, slot) => slot).filter((slot) => !this.#ending.has(slot));
    for (const slot of live) {
      const ok = await this.#until(() => this.#isReady(slot) && (this.#pending[slot]?.size ?? 0) === 0);
      if (!ok) this.record('unsettled', { slot });
    }
    this.#step = TEARDOWN_STEP;
    for (const slot of live) probe(() => this.workers[slot].process.kill('SIGKILL'));
    const gone = (slot: number) => this.#seen(slot, 'exit') && this.#seen(slot, 'disconnect');
    for (const slot of this.workers.keys()) {
      if (await this.#until(() => gone(slot), LINGER_MS)) continue;
      this.record('linger', { slot, exited: this.#seen(slot, 'exit'), disconnected: this.#seen(slot, 'disconnect') });
      probe(() => this.workers[slot].process.kill('SIGKILL'));
      await this.#until(() => gone(slot));
    }
    await turn();
    await turn();
    this.#printWorkerRecords();
    rmSync(this.dir, { recursive: true, force: true });
    this.record('done');
    process.exit(0);
  }

  #printWorkerRecords(): void {
    for (const name of readdirSync(this.dir).filter((n) => /^w-\d+\.jsonl$/.test(n)).sort()) {
      const pid = Number(name.slice(2, -6));
      for (const line of readFileSync(path.join(this.dir, name), 'utf8').split('\n')) {
        if (line === '') continue;
        try {
          this.record('worker', { workerPid: pid, entry: JSON.parse(line) });
        } catch {
          this.record('worker', { workerPid: pid, entry: { kind: 'unreadable', line } });
        }
      }
    }
  }
}

/** Ports and directories of the run, handed to the workers through the environment; then the Primary. */
export async function startPrimary(cluster: Cluster, policy?: 'rr' | 'none'): Promise<Primary> {
  if (policy !== undefined) cluster.schedulingPolicy = policy === 'rr' ? cluster.SCHED_RR : cluster.SCHED_NONE;
  const primary = new Primary(cluster);
  const [tcp, udp] = await Promise.all([freeTcpPort(), freeUdpPort()]);
  Object.assign(process.env, { DT_DIR: primary.dir, DT_TCP_PORT: String(tcp), DT_UDP_PORT: String(udp) });
  primary.record('start', { dir: primary.dir, script: process.argv[1], tcpPort: tcp, udpPort: udp, policy: cluster.schedulingPolicy });
  return primary;
}

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4').once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
