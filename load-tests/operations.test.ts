// Zero-loss rolling restart and surviving a SIGKILL, both under keep-alive load.
import { loadTest } from './load-test.js';
import { runOperation } from './operations.js';

const settings = { workers: 2, connections: 10, settleMs: 400 };

loadTest(
  { name: 'rolling restart (fork, listening, drain, disconnect) under load loses no request', clauses: ['how-20', 'worker.disconnect-06', 'worker.disconnect-08', 'worker.disconnect-11'] },
  async (t, target) => {
    const r = await runOperation(target, 'rr', 'rolling-restart', settings);
    t.equal(r.error, undefined, 'the restart completed');
    t.equal(r.lifecycle.filter((e) => e.startsWith('exit:')).length, settings.workers, 'every original worker exited');
    t.ok(r.requests > 0 && r.probe.requests > 0, `load ran: ${r.requests} keep-alive requests, ${r.probe.requests} probe connections`);
    t.equal(r.failed, 0, 'no failed request');
    t.ok(r.serviceContinued, `the new workers served ${r.servedAfter} requests`);
  },
);

loadTest(
  { name: 'SIGKILL of one worker under load fails at most its in-flight requests; the others keep serving', clauses: ['how-19', 'how-21', 'how-24'] },
  async (t, target) => {
    const r = await runOperation(target, 'rr', 'sigkill', settings);
    t.equal(r.error, undefined, 'the kill completed');
    t.ok(r.lifecycle.includes('exit:1:SIGKILL'), 'worker 1 exited by SIGKILL');
    // Each connection carries at most one request at a time; the probe adds one more.
    t.ok(r.failed <= (r.victimConnections ?? 0) + 1, `${r.failed} failed ≤ ${r.victimConnections} connections of the killed worker + 1 probe`);
    t.ok(r.serviceContinued, `the remaining worker served ${r.servedAfter} requests`);
    t.notOk(r.lifecycle.some((e) => e.startsWith('listening:3')), 'no replacement was forked');
  },
);
