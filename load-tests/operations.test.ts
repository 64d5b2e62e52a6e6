// Zero-loss rolling restart and surviving a SIGKILL, both under keep-alive load.
import { loadTest } from './load-test.js';
import { runOperation } from './operations.js';

const settings = { workers: 2, connections: 10, settleMs: 400 };

loadTest(
  { name: 'rolling restart (fork, listening, drain, disconnect) under load loses no request', clauses: ['how-20', 'worker.disconnect-06', 'worker.disconnect-08', 'worker.disconnect-11'] },
  async (t, target) => {
    for (const policy of ['rr', 'none'] as const) {
      await t.test(policy, async (t) => {
        const r = await runOperation(target, policy, 'rolling-restart', settings);
        t.equal(r.error, undefined, 'the restart completed');
        t.equal(r.lifecycle.filter((e) => e.startsWith('exit:')).length, settings.workers, 'every original worker exited');
        t.ok(r.requests > 0 && r.probe.requests > 0, `load ran: ${r.requests} keep-alive requests, ${r.probe.requests} probe connections`);
        t.equal(r.failed, 0, 'no failed request');
        t.ok(r.serviceContinued, `the new workers served ${r.servedAfter} requests`);
      });
    }
  },
);

loadTest(
  { name: 'SIGKILL of one worker under load fails at most its in-flight requests; the others keep serving', clauses: ['how-19', 'how-21', 'how-24'] },
  async (t, target) => {
    const r = await runOperation(target, 'rr', 'sigkill', settings);
    t.equal(r.error, undefined, 'the kill completed');
    t.ok(r.lifecycle.includes('exit:1:SIGKILL'), 'worker 1 exited by SIGKILL');
    // A keep-alive connection carries at most one request at a time. The probe may lose the connection it
    // had on the victim, plus one the primary was handing to the victim as it died (seen with SCHED_RR).
    const loadFailed = r.failed - r.probe.failed;
    t.ok(loadFailed <= (r.victimConnections ?? 0), `${loadFailed} failed load requests ≤ ${r.victimConnections} connections of the killed worker`);
    t.ok(r.probe.failed <= 2, `${r.probe.failed} failed probe connections ≤ 2`);
    t.ok(r.serviceContinued, `the remaining worker served ${r.servedAfter} requests`);
    t.notOk(r.lifecycle.some((e) => e.startsWith('listening:3')), 'no replacement was forked');
  },
);
