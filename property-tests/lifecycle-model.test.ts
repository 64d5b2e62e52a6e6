// The lifecycle model: what it expects for a few commands, and that its comparison rejects each kind of
// deviation a real implementation could show.
import t from 'tap';
import type { StepReport } from './lifecycle-protocol.js';
import { compareSteps, expectations, type Command } from './lifecycle-model.js';

const commands: Command[] = [{ op: 'connect' }, { op: 'fork', graceful: true }, { op: 'send', pick: 0 }, { op: 'kill', pick: 5, signal: 'SIGINT' }, { op: 'connect' }, { op: 'disconnect', pick: 0 }];

/** What a conforming implementation reports for `commands`. */
function conformingReports(): StepReport[] {
  const live = { isDead: false, isConnected: true, exitedAfterDisconnect: undefined };
  const killed = { isDead: true, isConnected: false, exitedAfterDisconnect: false };
  const base = { keysAreIds: true, timedOut: false };
  return [
    { ...base, step: 0, events: [], workers: [], states: [], result: 'no-port' },
    {
      ...base,
      step: 1,
      events: [['cluster', 'fork', 0], ['worker', 'online', 0], ['cluster', 'online', 0], ['worker', 'listening', 0], ['cluster', 'listening', 0]],
      workers: [0],
      states: [live],
    },
    { ...base, step: 2, events: [['cluster', 'message', 0, { echo: 2 }], ['worker', 'message', 0, { echo: 2 }]], workers: [0], states: [live] },
    {
      ...base,
      step: 3,
      events: [['worker', 'exit', 0, [null, 'SIGINT']], ['worker', 'disconnect', 0], ['cluster', 'disconnect', 0], ['cluster', 'exit', 0, [null, 'SIGINT']]],
      workers: [],
      states: [killed],
    },
    { ...base, step: 4, events: [], workers: [], states: [killed], result: 'ECONNREFUSED' },
  ];
}

t.test('the model skips what needs a live worker and expects the documented outcome of the rest', async (tt) => {
  const expected = expectations(commands);
  tt.same(expected.map((e) => e.action.op), ['connect', 'fork', 'send', 'kill', 'connect'], 'disconnect with no live worker is skipped');
  tt.same(expected[3].action, { op: 'kill', index: 0, signal: 'SIGINT', awaits: [['cluster', 'disconnect', 0], ['worker', 'disconnect', 0], ['cluster', 'exit', 0], ['worker', 'exit', 0]] });
  tt.equal(compareSteps(expected, conformingReports()), undefined, 'disconnect and exit may come in either order');
});

t.test('every kind of deviation is reported with its step', async (tt) => {
  const expected = expectations(commands);
  const deviations: [string, (r: StepReport[]) => void, RegExp][] = [
    ['a missing event', (r) => r[2].events.pop(), /step 2 .*missing event/],
    ['an extra event', (r) => r[2].events.push(['cluster', 'online', 0]), /step 2 .*unexpected events/],
    ['listening before online', (r) => r[1].events.reverse(), /step 1 .*came after/],
    ['a wrong exit signal', (r) => (r[3].events[0] = ['worker', 'exit', 0, [0, null]]), /step 3 .*missing event/],
    ['a dead worker still in cluster.workers', (r) => (r[3].workers = [0]), /step 3 .*cluster.workers holds \[0\]/],
    ['a wrong exitedAfterDisconnect', (r) => (r[3].states = [{ isDead: true, isConnected: false, exitedAfterDisconnect: true }]), /step 3 .*worker states/],
    ['a connection accepted with no worker', (r) => (r[4].result = 0), /step 4 .*connect gave 0/],
    ['a stuck step', (r) => (r[2].timedOut = true), /step 2 .*did not all arrive/],
    ['a missing report', (r) => r.pop(), /step 4 .*no report/],
  ];
  for (const [what, spoil, message] of deviations) {
    const reports = conformingReports();
    spoil(reports);
    tt.match(compareSteps(expected, reports), message, what);
  }
});
