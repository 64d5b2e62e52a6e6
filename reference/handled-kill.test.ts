// A worker killed from the primary ends by the signal even when it handles that signal and re-raises it after
// some asynchronous shutdown (SPEC worker.kill-02, -03): the channel close that kill() causes must not end it
// with code 0 first. A channel closed by other means still does (worker.process-03). Runs scenarios/handled-kill.ts.
import t from 'tap';
import { runScenario } from './scenarios/run-scenario.js';

type Ending = { exit: [number | null, string | null]; exitedAfterDisconnect: boolean | undefined };

t.test('kill() ends a worker that handles the signal by that signal; a bare channel close by code 0', async (t) => {
  const outcome = await runScenario<Record<string, Ending>>('handled-kill');
  for (const name of ['kill-1', 'kill-2', 'kill-3']) t.same(outcome[name], { exit: [null, 'SIGTERM'], exitedAfterDisconnect: false }, `kill() (${name})`);
  t.same(outcome['kill-sigint'], { exit: [null, 'SIGINT'], exitedAfterDisconnect: false }, "kill('SIGINT')");
  t.same(outcome['kill-exit'], { exit: [7, null], exitedAfterDisconnect: false }, 'kill(), the worker exits by itself');
  t.same(outcome.close, { exit: [0, null], exitedAfterDisconnect: false }, 'worker.process.disconnect()');
});
