// Model-based test on real processes: random sequences of fork, kill (with and without a signal),
// disconnect(), the worker closing its channel, send and connect; after every step the events, their
// order, cluster.workers, isDead(), isConnected() and exitedAfterDisconnect must match the model.
import type { StepReport } from './lifecycle-protocol.js';
import { compareSteps, expectations } from './lifecycle-model.js';
import { lifecycleCommands } from './lifecycle-scenarios.js';
import { runPropertyFixture } from './real-fixture.js';
import { realPropertyTest } from './real-run.js';

realPropertyTest(
  {
    name: 'lifecycle steps on real workers match the model after every step',
    clauses: [
      'cluster.workers-01',
      'cluster.workers-02',
      'worker.isDead-01',
      'worker.isDead-02',
      'worker.isDead-03',
      'worker.isConnected-01',
      'worker.exitedAfterDisconnect-02',
      'worker.exitedAfterDisconnect-03',
      'worker.kill-01',
      'worker.kill-02',
      'worker.disconnect-03',
      'cluster.event.fork-01',
      'cluster.event.online-03',
      'cluster.event.disconnect-01',
      'cluster.event.exit-01',
      'cluster.event.message-01',
      'worker.event.message-01',
      'how-21',
      'how-23',
    ],
  },
  lifecycleCommands,
  async (target, commands) => {
    const expected = expectations(commands);
    const actions = JSON.stringify(expected.map((e) => e.action));
    const { observations, stderr } = await runPropertyFixture('lifecycle-steps', target, [actions]);
    const why = compareSteps(expected, observations.filter((o) => o.kind === 'step') as unknown as StepReport[]);
    return why && stderr.trim() ? `${why}\nfixture stderr:\n${stderr.trim().split('\n').slice(0, 12).join('\n')}` : why;
  },
  20, // about one case in five kills a worker that handles SIGTERM: enough to meet that case reliably
);
