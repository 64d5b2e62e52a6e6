// cluster.schedulingPolicy and the two ways of distributing connections
// (How it works). The sched-policy fixture reports the policy value and the
// policy in force: whether a connection is served while the primary's event
// loop is blocked (only possible when workers accept directly, SCHED_NONE).
import { check, type CheckContext } from '../runner/check.js';

async function policyRun(t: CheckContext, mode: string, env: Record<string, string> = {}, probe = true) {
  const run = await t.fixture('sched-policy', { args: probe ? [mode, 'probe'] : [mode], env });
  const configured = run.first('policy', { step: 'configured' });
  return {
    run,
    value: configured?.policy,
    RR: configured?.SCHED_RR,
    NONE: configured?.SCHED_NONE,
    workersAccept: run.first('value', { name: 'servedWhilePrimaryBlocked' })?.value,
    servedBy: run.first('value', { name: 'servedBy' })?.value as string[] | undefined,
    ports: run.first('value', { name: 'listeningPorts' })?.value as number[] | undefined,
  };
}

check({ name: 'the default policy is round-robin: the primary accepts and spreads connections over the workers', clauses: ['cluster.schedulingPolicy-01', 'cluster.schedulingPolicy-04', 'how-03', 'how-04', 'how-06', 'how-07'] }, async (t) => {
  const policy = await policyRun(t, 'default');
  t.ok('cluster.schedulingPolicy-01', policy.RR !== policy.NONE && [policy.RR, policy.NONE].includes(policy.value), 'schedulingPolicy is one of two distinct constants SCHED_RR, SCHED_NONE', { value: policy.value, SCHED_RR: policy.RR, SCHED_NONE: policy.NONE });
  t.equal('cluster.schedulingPolicy-04', policy.value, policy.RR, 'default schedulingPolicy');
  t.equal('how-04', policy.workersAccept, false, 'a connection was served while the primary was blocked (only direct accept by workers allows that)');
  t.equal('how-06', policy.workersAccept, false, 'under round-robin, a connection was served while the primary could not accept');
  t.deepEqual('how-07', [...new Set(policy.servedBy)].sort(), ['1', '2'], 'workers that served 4 sequential connections');
  t.equal('how-03', policy.workersAccept, false, 'round-robin is available (default run)');
});

check({ name: 'SCHED_NONE lets the workers accept connections directly', clauses: ['cluster.schedulingPolicy-08', 'how-03', 'how-09', 'how-10'] }, async (t) => {
  const policy = await policyRun(t, 'default', { NODE_CLUSTER_SCHED_POLICY: 'none' });
  t.equal('cluster.schedulingPolicy-08', policy.value, policy.NONE, 'schedulingPolicy with NODE_CLUSTER_SCHED_POLICY=none');
  t.equal('cluster.schedulingPolicy-08', policy.workersAccept, true, 'with NODE_CLUSTER_SCHED_POLICY=none, a connection was served while the primary was blocked');
  t.equal('how-03', policy.workersAccept, true, 'direct accept by workers is available (SCHED_NONE run)');
  t.ok('how-09', policy.servedBy?.length === 4 && policy.servedBy.every((id) => ['1', '2'].includes(id)), 'the workers listening on the shared socket served 4 connections', policy.servedBy);
  t.ok('how-09', policy.ports?.length === 2 && policy.ports[0] > 0 && policy.ports[1] === policy.ports[0], "the two workers' listen(0) got the one socket the primary created (the ports in their 'listening' events)", policy.ports);
  t.equal('how-10', policy.workersAccept, true, 'under SCHED_NONE a connection was served while the primary could not accept');
});

check({ name: 'NODE_CLUSTER_SCHED_POLICY=rr selects round-robin; other values leave a valid policy', clauses: ['cluster.schedulingPolicy-07', 'cluster.schedulingPolicy-09'] }, async (t) => {
  const [rr, bogus] = await Promise.all([policyRun(t, 'default', { NODE_CLUSTER_SCHED_POLICY: 'rr' }), policyRun(t, 'default', { NODE_CLUSTER_SCHED_POLICY: 'bogus' }, false)]);
  t.equal('cluster.schedulingPolicy-07', rr.value, rr.RR, 'schedulingPolicy with NODE_CLUSTER_SCHED_POLICY=rr');
  t.equal('cluster.schedulingPolicy-07', rr.workersAccept, false, 'with NODE_CLUSTER_SCHED_POLICY=rr, a connection was served while the primary was blocked');
  t.ok('cluster.schedulingPolicy-09', [bogus.RR, bogus.NONE].includes(bogus.value), 'with NODE_CLUSTER_SCHED_POLICY=bogus the policy is still SCHED_RR or SCHED_NONE', bogus.value);
});

check({ name: 'the policy is frozen by setupPrimary(), but an earlier assignment takes effect', clauses: ['cluster.schedulingPolicy-02', 'cluster.schedulingPolicy-03'] }, async (t) => {
  const [before, after] = await Promise.all([policyRun(t, 'assign-before'), policyRun(t, 'assign-after')]);
  t.equal('cluster.schedulingPolicy-03', before.workersAccept, true, 'SCHED_NONE assigned before any fork or setupPrimary(): a connection was served while the primary was blocked');
  t.equal('cluster.schedulingPolicy-02', after.workersAccept, false, 'SCHED_NONE assigned after setupPrimary(): a connection was served while the primary was blocked');
});
