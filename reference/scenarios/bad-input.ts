// Scenario for bad-input.test.ts: a table of invalid calls made against the cluster module named in argv[2]
// ('node' for node:cluster, 'reference' for this folder), in the primary and in a worker. For every call it records
// what happened: a synchronous throw, and whatever the API reported later ('error' event on the worker, callback
// error, uncaught exception, how a spawned worker ended). The primary prints one JSON line { call: Outcome }.
// Every worker it starts is ended (SIGKILL at the latest) before it prints.
import type { Cluster, Worker } from 'node:cluster';

/** What one call did. `threw`: synchronously; the rest arrived afterwards (bounded waits). */
export interface Outcome {
  threw: boolean;
  error?: ErrorFacts;
  reported?: ErrorFacts[];
  ended?: [number | null, string | null];
}
export interface ErrorFacts {
  via: string;
  name: string;
  code?: string;
  message: string;
}

type Loose = (...args: unknown[]) => unknown;
const WAIT_MS = 5_000;

const target = process.argv[2];
const loaded = target === 'reference' ? await import('../index.cjs') : await import('node:cluster');
const cluster = (loaded.default ?? loaded) as unknown as Cluster;

function facts(via: string, error: unknown): ErrorFacts {
  const e = error as { name?: string; code?: string; message?: string };
  return { via, name: String(e?.name), code: e?.code, message: String(e?.message) };
}

/** Calls `fn` and records a synchronous throw. */
function attempt(fn: () => unknown): { outcome: Outcome; value: unknown } {
  try {
    return { outcome: { threw: false }, value: fn() };
  } catch (error) {
    return { outcome: { threw: true, error: facts('throw', error) }, value: undefined };
  }
}

/** Resolves with the first of the events, or undefined after `ms`. */
function firstOf(emitter: NodeJS.EventEmitter, events: string[], ms = WAIT_MS): Promise<string | undefined> {
  return new Promise((resolve) => {
    const done = (event: string | undefined) => {
      clearTimeout(timer);
      for (const [name, listener] of listeners) emitter.off(name, listener);
      resolve(event);
    };
    const listeners = events.map((event) => [event, () => done(event)] as const);
    for (const [name, listener] of listeners) emitter.on(name, listener);
    const timer = setTimeout(() => done(undefined), ms);
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

// In the primary, errors thrown later by the module itself (e.g. in its own event handlers), for the current call.
let uncaught: ErrorFacts[] = [];

/** A worker that answers 'ping' with 'pong': the round trip proves earlier messages and their errors are through. */
async function startWorker(): Promise<Worker> {
  const worker = cluster.fork({ BAD_INPUT_ROLE: 'echo' });
  worker.on('error', () => {});
  // Its 'ready' says the listener is there ('online' comes before the worker's own code runs).
  await firstOf(worker, ['message', 'exit']);
  return worker;
}

async function roundTrip(worker: Worker): Promise<void> {
  if (!worker.isConnected()) {
    await settle();
    return;
  }
  worker.send('ping');
  await firstOf(worker, ['message', 'disconnect', 'exit']);
}

/** Waits briefly for the worker to end by itself, then kills it; its [code, signal]. */
async function end(worker: Worker): Promise<[number | null, string | null]> {
  if (!worker.isDead() && (await firstOf(worker, ['exit'], 500)) === undefined) {
    worker.process.kill('SIGKILL');
    await firstOf(worker, ['exit']);
  }
  return [worker.process.exitCode, worker.process.signalCode];
}

/** A call on a live worker: sync throw, 'error' events, callback errors, uncaught exceptions, a crash. */
async function onWorker(worker: Worker, call: (w: Worker, callback: (error: unknown) => void) => unknown): Promise<Outcome> {
  const reported: ErrorFacts[] = [];
  const onError = (error: unknown) => reported.push(facts("'error' event", error));
  worker.on('error', onError);
  uncaught = [];
  const { outcome } = attempt(() => call(worker, (error) => error && reported.push(facts('callback', error))));
  await roundTrip(worker);
  worker.off('error', onError);
  reported.push(...uncaught);
  if (reported.length) outcome.reported = reported;
  if (worker.isDead()) outcome.ended = [worker.process.exitCode, worker.process.signalCode];
  return outcome;
}

/** A fork (after `settings`, if given): sync throw, or how the worker started and ended. Settings restored after. */
async function forkCase(settings: unknown, env?: unknown): Promise<Outcome> {
  const saved = { ...cluster.settings } as Record<string, unknown>;
  uncaught = [];
  let outcome: Outcome = { threw: false };
  if (settings !== undefined) outcome = attempt(() => (cluster.setupPrimary as Loose)(settings)).outcome;
  const { outcome: forked, value } = attempt(() => (cluster.fork as Loose)(env));
  const worker = value as Worker | undefined;
  const reported: ErrorFacts[] = [];
  if (worker) {
    worker.on('error', (error) => reported.push(facts("'error' event", error)));
    await firstOf(worker, ['online', 'exit', 'error']);
    worker.process.kill('SIGKILL');
    outcome.ended = await end(worker);
  }
  reported.push(...uncaught);
  if (forked.threw) Object.assign(outcome, { threw: true, error: forked.error });
  if (reported.length) outcome.reported = reported;
  const restore = Object.fromEntries(Object.keys({ ...saved, ...(settings as object | undefined) }).map((key) => [key, saved[key]]));
  cluster.setupPrimary(restore);
  return outcome;
}

const SETTINGS: Record<string, unknown> = {
  "setupPrimary('x')": 'x',
  'setupPrimary(42)': 42,
  'setupPrimary({ exec: 1 })': { exec: 1 },
  "setupPrimary({ args: 'a' })": { args: 'a' },
  "setupPrimary({ execArgv: 'x' })": { execArgv: 'x' },
  "setupPrimary({ stdio: ['pipe', 'pipe', 'pipe'] })": { stdio: ['pipe', 'pipe', 'pipe'] },
  "setupPrimary({ serialization: 'bogus' })": { serialization: 'bogus' },
  "setupPrimary({ uid: 'x' })": { uid: 'x' },
  "setupPrimary({ gid: 'x' })": { gid: 'x' },
  'setupPrimary({ cwd: 1 })': { cwd: 1 },
  "setupPrimary({ cwd: '/nonexistent-directory' })": { cwd: '/nonexistent-directory' },
  "setupPrimary({ windowsHide: 'x' })": { windowsHide: 'x' },
  "setupPrimary({ inspectPort: 'x', execArgv: ['--inspect'] })": { inspectPort: 'x', execArgv: ['--inspect=127.0.0.1:0'] },
  "setupPrimary({ inspectPort: 70000, execArgv: ['--inspect'] })": { inspectPort: 70000, execArgv: ['--inspect=127.0.0.1:0'] },
  "setupPrimary({ silent: 'yes' })": { silent: 'yes' },
  'setupPrimary({ args: [1] })': { args: [1] },
  'setupPrimary({ execArgv: [1] })': { execArgv: [1] },
};

const FORKS: Record<string, unknown> = {
  "fork('x')": 'x',
  'fork(null)': null,
  'fork(42)': 42,
  "fork({ BAD: 'a\\0b' })": { BAD: 'a\0b' },
  'fork({ BAD: Symbol() })': { BAD: Symbol('bad') },
};

// Calls on a live, connected worker (the callback, where given, is the last argument).
const SENDS: Record<string, (w: Worker, cb: (error: unknown) => void) => unknown> = {
  'worker.send()': (w) => (w.send as Loose)(),
  'worker.send(undefined)': (w) => (w.send as Loose)(undefined),
  'worker.send(undefined, callback)': (w, cb) => (w.send as Loose)(undefined, cb),
  'worker.send(Symbol())': (w) => (w.send as Loose)(Symbol('bad')),
  'worker.send(() => {})': (w) => (w.send as Loose)(() => {}),
  'worker.send(1n)': (w) => (w.send as Loose)(1n),
  "worker.send('x', 'not a handle')": (w) => (w.send as Loose)('x', 'not a handle'),
  "worker.send('x', 'not a handle', callback)": (w, cb) => (w.send as Loose)('x', 'not a handle', cb),
  "worker.send('x', null, 'opts-not-object')": (w) => (w.send as Loose)('x', null, 'opts-not-object'),
  "worker.send('x', null, 'opts-not-object', callback)": (w, cb) => (w.send as Loose)('x', null, 'opts-not-object', cb),
  "worker.send('x', null, {}, 'not a function')": (w) => (w.send as Loose)('x', null, {}, 'not a function'),
  "worker.send('x', callback)": (w, cb) => (w.send as Loose)('x', cb),
};

// Each on a worker of its own: one that is accepted ends the worker.
const KILLS: Record<string, (w: Worker) => unknown> = {
  "worker.kill('SIGBOGUS')": (w) => w.kill('SIGBOGUS'),
  'worker.kill(999)': (w) => (w.kill as Loose)(999),
  'worker.kill({})': (w) => (w.kill as Loose)({}),
  "worker.destroy('SIGBOGUS')": (w) => w.destroy('SIGBOGUS'),
};

async function primary(): Promise<void> {
  process.on('uncaughtException', (error) => uncaught.push(facts('uncaughtException', error)));
  const outcomes: Record<string, Outcome> = {};
  outcomes["cluster.disconnect('not a function')"] = attempt(() => (cluster.disconnect as Loose)('not a function')).outcome;
  for (const [call, settings] of Object.entries(SETTINGS)) outcomes[call] = await forkCase(settings);
  for (const [call, env] of Object.entries(FORKS)) outcomes[call] = await forkCase(undefined, env);

  const live = await startWorker();
  for (const [call, fn] of Object.entries(SENDS)) outcomes[call] = await onWorker(live, fn);
  const disconnected = firstOf(live, ['disconnect']);
  outcomes["worker.disconnect('not a function')"] = attempt(() => (live.disconnect as Loose)('not a function')).outcome;
  await disconnected;
  // The channel is closed now: sending reports ERR_IPC_CHANNEL_CLOSED later, to the callback or as 'error'.
  outcomes["worker.send('x') after disconnect"] = await onWorker(live, (w) => w.send('x'));
  outcomes["worker.send('x', callback) after disconnect"] = await onWorker(live, (w, cb) => (w.send as Loose)('x', cb));
  await end(live);

  for (const [call, fn] of Object.entries(KILLS)) {
    const victim = await startWorker();
    outcomes[call] = await onWorker(victim, fn);
    outcomes[call].ended = await end(victim);
  }

  Object.assign(outcomes, await workerSideOutcomes());
  console.log(JSON.stringify(outcomes));
  process.exit(0);
}

/** Starts a probe worker, collects what it reports of its own calls, then how its final kill('SIGBOGUS') ended. */
async function workerSideOutcomes(): Promise<Record<string, Outcome>> {
  const probe = cluster.fork({ BAD_INPUT_ROLE: 'probe' });
  probe.on('error', () => {});
  const outcomes: Record<string, Outcome> = {};
  // The probe's own valid sends arrive too; only its reports are objects.
  probe.on('message', (message: unknown) => typeof message === 'object' && Object.assign(outcomes, message));
  await firstOf(probe, ['exit']);
  const kill = "worker: cluster.worker.kill('SIGBOGUS')";
  outcomes[kill] = { ...(outcomes[kill] ?? { threw: false }), ended: await end(probe) };
  return outcomes;
}

/** In the probe worker: primary-only members, bad sends, then kill('SIGBOGUS') last (it may end this process). */
async function probe(): Promise<void> {
  const self = cluster.worker as Worker;
  const members = cluster as unknown as Record<string, Loose>;
  const outcomes: Record<string, Outcome> = {};
  for (const name of ['fork', 'setupPrimary', 'setupMaster', 'disconnect']) outcomes[`worker: cluster.${name}()`] = attempt(() => members[name]()).outcome;
  for (const [call, fn] of Object.entries(SENDS)) {
    const reported: ErrorFacts[] = [];
    const { outcome } = attempt(() => fn(self, (error) => error && reported.push(facts('callback', error))));
    await settle();
    if (reported.length) outcome.reported = reported;
    outcomes[`worker: cluster.${call}`] = outcome;
  }
  process.send?.(outcomes);
  const kill = "worker: cluster.worker.kill('SIGBOGUS')";
  const { outcome } = attempt(() => self.kill('SIGBOGUS'));
  if (outcome.threw) process.send?.({ [kill]: outcome }, () => process.exit(0));
}

if (cluster.isPrimary) await primary();
else if (process.env.BAD_INPUT_ROLE === 'probe') await probe();
else {
  process.on('message', (message) => message === 'ping' && process.send?.('pong'));
  process.send?.('ready');
}
