// cluster.settings rules, the policy from the environment, and the worker's inspector port (pure).
import t from 'tap';
import { inspectPortOf, nextSettings, policyFromEnvironment, SCHED_NONE, SCHED_RR, workerExecArgv } from './settings.cjs';

const facts = { argv: ['/usr/bin/node', '/app/main.js', '--flag'], execArgv: ['--no-warnings'] };

t.test('defaults on the first call only; later calls keep the current values', async (t) => {
  const first = nextSettings(undefined, { args: ['a'] }, facts);
  t.same(first, { args: ['a'], exec: '/app/main.js', execArgv: ['--no-warnings'], serialization: false, silent: false, windowsHide: false });
  const second = nextSettings(first, { silent: true }, facts);
  t.equal(second.silent, true);
  t.same(second.args, ['a'], 'earlier value kept');
  t.not(second, first, 'a new object each call');
  t.same(nextSettings(second, null, facts), second, 'no settings argument');
});

t.test('NODE_CLUSTER_SCHED_POLICY', async (t) => {
  t.equal(policyFromEnvironment('rr', 'win32'), SCHED_RR);
  t.equal(policyFromEnvironment('none', 'linux'), SCHED_NONE);
  t.equal(policyFromEnvironment('bogus', 'linux'), SCHED_RR, 'invalid: the default');
  t.equal(policyFromEnvironment(undefined, 'win32'), SCHED_NONE, 'Windows default');
});

t.test('inspector port only for workers that are debugged', async (t) => {
  let next = 9229;
  const port = () => ++next;
  t.same(workerExecArgv({ execArgv: ['--no-warnings'] }, port), ['--no-warnings'], 'not debugged');
  t.same(workerExecArgv({}, port), [], 'no execArgv');
  t.same(workerExecArgv({ execArgv: ['--inspect'] }, port), ['--inspect', '--inspect-port=9230'], 'default: counted up');
  t.same(workerExecArgv({ execArgv: ['--inspect-brk=0'], inspectPort: 9999 }, port), ['--inspect-brk=0', '--inspect-port=9999'], 'a number');
  t.same(workerExecArgv({ execArgv: ['--inspect'], inspectPort: () => 7000 }, port), ['--inspect', '--inspect-port=7000'], 'a function');
});

t.test('the port of the last --inspect-port flag, given with or without a host', async (t) => {
  t.equal(inspectPortOf(['--inspect-port=127.0.0.1:0', '--inspect-port=9555']), 9555);
  t.equal(inspectPortOf(['--inspect-port=[::1]:9230']), 9230);
  t.equal(inspectPortOf(['--inspect']), undefined);
});

t.test("in Node's mode the first set-up fills only args, exec, execArgv and silent (SPEC node.findings-01..03)", async (t) => {
  const facts = { argv: ['/node', '/app.js', 'x'], execArgv: ['--flag'] };
  t.same(nextSettings(undefined, undefined, facts, true), { args: ['x'], exec: '/app.js', execArgv: ['--flag'], silent: false });
  t.same(Object.keys(nextSettings(undefined, { serialization: 'advanced' }, facts, true)).sort(), ['args', 'exec', 'execArgv', 'serialization', 'silent']);
});
