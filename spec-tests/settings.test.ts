// cluster.settings, setupPrimary() / setupMaster() and the 'setup' event, read
// from the settings fixture: a sequence of set-up calls, each followed by a
// fork whose worker reports what it was started with; and cluster.settings
// after fork() alone, from the lifecycle fixture.
import { check, type FixtureRun } from '../runner/check.js';

const settingsAt = (run: FixtureRun, step: string) => run.first('settings', { step });
const valuesAt = (run: FixtureRun, step: string) => settingsAt(run, step)?.values as Record<string, unknown> | undefined;
const workerAt = (run: FixtureRun, step: string) => run.first('worker-info', { step });
/** The settings with a documented default, which cluster.settings holds once set up. */
const DEFAULTED = ['exec', 'args', 'execArgv', 'silent', 'serialization', 'windowsHide'];

check({ name: 'the first setupPrimary() fills the documented defaults', clauses: ['cluster.settings-01', 'cluster.settings-02', 'cluster.settings-03', 'cluster.settings-04', 'cluster.settings-05', 'cluster.settings-07', 'cluster.settings-08', 'cluster.settings-17', 'cluster.settings-19', 'cluster.setupPrimary-05', 'cluster.setupPrimary-07'] }, async (t) => {
  const run = await t.fixture('settings');
  const own = run.first('process');
  const first = valuesAt(run, 'first');
  t.equal('cluster.settings-01', settingsAt(run, 'first')?.type, 'object', 'typeof cluster.settings');
  t.equal('cluster.setupPrimary-07', settingsAt(run, 'first')?.threw, undefined, 'error thrown by setupPrimary() without an argument');
  t.equal('cluster.setupPrimary-07', typeof first, 'object', 'cluster.settings after setupPrimary() without an argument');
  t.deepEqual('cluster.settings-02', first?.execArgv, own?.execArgv, 'default execArgv is process.execArgv');
  t.equal('cluster.settings-03', first?.exec, own?.exec, 'default exec is process.argv[1]');
  t.deepEqual('cluster.settings-04', first?.args, own?.args, 'default args is process.argv.slice(2)');
  t.equal('cluster.settings-05', first?.cwd, undefined, 'default cwd');
  t.equal('cluster.settings-05', workerAt(run, 'first')?.cwd, own?.cwd, "a worker forked with the default cwd runs in the primary's cwd");
  t.equal('cluster.settings-07', first?.serialization, false, 'default serialization');
  t.equal('cluster.settings-08', first?.silent, false, 'default silent');
  t.ok('cluster.settings-08', run.first('stdout-check', { role: 'worker', worker: 1 }), "with silent false, the worker's own stdout line reached the primary's stdout");
  t.equal('cluster.settings-17', first?.windowsHide, false, 'default windowsHide');
  const keys = settingsAt(run, 'first')?.keys as string[] | undefined;
  for (const key of DEFAULTED) {
    t.ok('cluster.settings-19', keys?.includes(key), `cluster.settings holds ${key} after the first setupPrimary()`, keys);
  }
  t.deepEqual('cluster.setupPrimary-05', [first?.exec, first?.args, first?.execArgv, first?.silent], [own?.exec, own?.args, own?.execArgv, false], 'exec, args, execArgv, silent after the first call');
});

/**
 * Runtime flags the primary is started with, per runtime: flags each accepts. Node and Bun show them in
 * process.execArgv; Deno accepts --v8-flags but its process.execArgv is always empty (Deno 2.9.6).
 */
const PRIMARY_FLAGS = { node: ['--max-old-space-size=200', '--no-deprecation'], bun: ['--max-old-space-size=200', '--no-deprecation'], deno: ['--v8-flags=--max-old-space-size=200'] };
const SCRIPT_ARGS = ['two words', '--like-a-flag'];

check({ name: 'execArgv, exec and args default to how the primary was started: its runtime flags, entry file and script arguments', clauses: ['cluster.settings-02', 'cluster.settings-03', 'cluster.settings-04'] }, async (t) => {
  for (const mode of ['fork-first', 'setup-first']) {
    const run = await t.fixture('settings-defaults', { runtimeArgs: PRIMARY_FLAGS, args: [mode, ...SCRIPT_ARGS] });
    const own = run.first('process');
    const settings = run.first('settings');
    const worker = run.first('worker-info');
    const when = mode === 'fork-first' ? 'after fork() without setupPrimary()' : 'after setupPrimary() and fork()';
    t.deepEqual('cluster.settings-04', own?.args, [mode, ...SCRIPT_ARGS], "the primary's script arguments (as started)");
    t.deepEqual('cluster.settings-02', settings?.execArgv, own?.execArgv, `cluster.settings.execArgv ${when} is the primary's process.execArgv`);
    t.deepEqual('cluster.settings-02', worker?.execArgv, own?.execArgv, `process.execArgv of the worker forked ${when}`);
    t.equal('cluster.settings-03', settings?.exec, own?.exec, `cluster.settings.exec ${when} is the primary's process.argv[1]`);
    t.deepEqual('cluster.settings-03', [worker?.exec, worker?.ranExec], [own?.exec, true], `the worker forked ${when} runs the primary's entry file`);
    t.deepEqual('cluster.settings-04', settings?.args, own?.args, `cluster.settings.args ${when} is the primary's process.argv.slice(2)`);
    t.deepEqual('cluster.settings-04', worker?.args, own?.args, `process.argv.slice(2) of the worker forked ${when}`);
  }
});

check({ name: 'fork() without setupPrimary() fills cluster.settings too', clauses: ['cluster.settings-19'] }, async (t) => {
  const run = await t.fixture('lifecycle');
  const keys = run.first('value', { name: 'settingsAfterFork' })?.value as string[] | undefined;
  for (const key of DEFAULTED) t.ok('cluster.settings-19', keys?.includes(key), `cluster.settings holds ${key} after fork() without setupPrimary()`, keys);
});

check({ name: 'later setupPrimary() calls keep current values and only affect later forks', clauses: ['cluster.setupPrimary-01', 'cluster.setupPrimary-02', 'cluster.setupPrimary-03', 'cluster.setupPrimary-06'] }, async (t) => {
  const run = await t.fixture('settings');
  t.deepEqual('cluster.setupPrimary-02', [valuesAt(run, 'b')?.args, valuesAt(run, 'b')?.silent], [['phase-b'], true], 'args and silent in cluster.settings after setupPrimary({ args, silent })');
  t.deepEqual('cluster.setupPrimary-01', workerAt(run, 'c')?.args, ['phase-c'], 'argv of the worker forked after setupPrimary({ args })');
  t.deepEqual('cluster.setupPrimary-03', workerAt(run, 'first')?.args, [], 'argv of the worker forked before the args were changed');
  t.deepEqual('cluster.setupPrimary-03', workerAt(run, 'first')?.ended, [0, null], 'code and signal of the worker that ran while setupPrimary({ args }) was called, once told to exit');
  t.equal('cluster.setupPrimary-06', valuesAt(run, 'c')?.silent, true, 'silent after a later call that does not name it');
  t.equal('cluster.setupPrimary-06', valuesAt(run, 'c')?.exec, valuesAt(run, 'b')?.exec, 'exec after a later call that does not name it');
});

check({ name: 'env reaches a worker only through fork(env)', clauses: ['cluster.setupPrimary-04', 'cluster.fork-02'] }, async (t) => {
  const run = await t.fixture('settings');
  const worker = workerAt(run, 'env');
  t.equal('cluster.setupPrimary-04', worker?.fromSetup, undefined, 'variable given to setupPrimary({ env }) as seen by the worker');
  t.equal('cluster.fork-02', worker?.fromFork, 'yes', 'variable given to fork(env) as seen by the worker');
  t.equal('cluster.fork-02', worker?.inherited, 'yes', "variable of the primary's environment, as seen by the worker forked with fork(env)");
});

check({ name: "'setup' follows every setupPrimary()/setupMaster() call with the settings of that call", clauses: ['cluster.event.setup-01', 'cluster.event.setup-02', 'cluster.setupMaster-01'] }, async (t) => {
  const run = await t.fixture('settings');
  const events = run.first('setup-events', { afterCalls: ['b', 'c'] })?.events as { args: unknown }[] | undefined;
  t.equal('cluster.event.setup-01', events?.length, 2, "'setup' events after two setupPrimary() calls in one tick");
  t.deepEqual('cluster.event.setup-02', events?.map((e) => e.args), [['phase-b'], ['phase-c']], "args in the settings each 'setup' event carried");
  const master = run.first('setup-events', { afterCalls: ['master'] })?.events as { args: unknown }[] | undefined;
  t.deepEqual('cluster.setupMaster-01', master?.map((e) => e.args), [['phase-master']], "'setup' events after setupMaster({ args })");
  t.deepEqual('cluster.setupMaster-01', valuesAt(run, 'master')?.args, ['phase-master'], 'args in cluster.settings after setupMaster({ args })');
  t.deepEqual('cluster.setupMaster-01', workerAt(run, 'master')?.args, ['phase-master'], 'argv of the worker forked after setupMaster({ args })');
});

check({ name: 'serialization, silent and stdio settings take effect', clauses: ['cluster.settings-06', 'cluster.settings-09', 'cluster.settings-10', 'cluster.settings-12'] }, async (t) => {
  const run = await t.fixture('settings');
  const advanced = workerAt(run, 'advanced');
  t.deepEqual('cluster.settings-06', [advanced?.receivedMap, advanced?.typeOfBig], [true, 'bigint'], "a Map holding a BigInt sent with serialization 'advanced' arrives as a Map and a bigint");
  const silent = workerAt(run, 'c');
  t.ok('cluster.settings-09', String(silent?.capturedStdout).includes('plain output from worker 2'), "with silent: true the worker's output is readable from worker.process.stdout", silent?.capturedStdout);
  t.equal('cluster.settings-09', run.first('stdout-check', { role: 'worker', worker: 2 }), undefined, "with silent: true the worker's output does not reach the primary's stdout");
  const piped = workerAt(run, 'stdio-pipe');
  t.ok('cluster.settings-10', String(piped?.capturedStdout).includes(`plain output from worker ${piped?.worker}`), "with stdio ['ignore', 'pipe', 'pipe', 'ipc'] the output is piped to worker.process.stdout", piped?.capturedStdout);
  const inherited = workerAt(run, 'stdio-inherit');
  t.equal('cluster.settings-12', inherited?.stdoutIsStream, false, 'with silent: true and inherited stdio, worker.process.stdout is not a pipe');
  t.ok('cluster.settings-12', run.first('stdout-check', { role: 'worker', worker: inherited?.worker }), "with silent: true and inherited stdio, the worker's output reaches the primary's stdout");
});

check({ name: 'uid, gid and cwd settings apply to the forked worker', clauses: ['cluster.settings-13', 'cluster.settings-14', 'cluster.settings-05'] }, async (t) => {
  const run = await t.fixture('settings');
  const requested = run.first('value', { name: 'requestedIds' })?.value as { uid?: number; gid?: number } | undefined;
  const worker = workerAt(run, 'ids');
  t.equal('cluster.settings-13', worker?.uid, requested?.uid, 'process.getuid() in the worker forked with uid set');
  t.equal('cluster.settings-14', worker?.gid, requested?.gid, 'process.getgid() in the worker forked with gid set');
  t.equal('cluster.settings-05', workerAt(run, 'cwd')?.cwd, run.first('value', { name: 'requestedCwd' })?.value, 'process.cwd() in the worker forked with cwd set');
});

check({ name: 'inspector ports: one per worker counted from debugPort, or inspectPort as number or function', clauses: ['cluster.settings-15', 'cluster.settings-16'] }, async (t) => {
  const run = await t.fixture('settings');
  // The fixture picks free ports (a runtime may really listen on them) and reports them.
  const chosen = run.first('value', { name: 'inspectPorts' }) as { primaryDebugPort?: number; number?: number; fromFunction?: number } | undefined;
  const primaryPort = chosen?.primaryDebugPort;
  const ports = [workerAt(run, 'inspect-default-1')?.debugPort, workerAt(run, 'inspect-default-2')?.debugPort] as (number | undefined)[];
  t.ok('cluster.settings-16', ports.every((port) => typeof port === 'number' && primaryPort !== undefined && port > primaryPort), `debug ports of two workers are above the primary's ${primaryPort}`, ports);
  t.ok('cluster.settings-16', ports[0] !== ports[1], 'the two workers have their own debug ports', ports);
  t.equal('cluster.settings-15', workerAt(run, 'inspect-number')?.debugPort, chosen?.number, `debug port of a worker forked with inspectPort: ${chosen?.number}`);
  t.equal('cluster.settings-15', workerAt(run, 'inspect-function')?.debugPort, chosen?.fromFunction, `debug port of a worker forked with inspectPort: () => ${chosen?.fromFunction}`);
  t.ok('cluster.settings-15', typeof chosen?.number === 'number' && typeof chosen.fromFunction === 'number', 'the fixture chose two ports', chosen);
});
