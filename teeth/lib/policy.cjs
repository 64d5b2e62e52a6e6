// The scheduling policy a planted module starts its primary with. Plain CommonJS, like plant.cjs.
'use strict';

/**
 * In the primary, sets cluster.schedulingPolicy at load to `choose(value, cluster)`, `value` being
 * NODE_CLUSTER_SCHED_POLICY (undefined when unset); `undefined` keeps what node:cluster chose.
 */
function choosePolicy(cluster, choose) {
  if (!cluster.isPrimary) return cluster;
  const chosen = choose(process.env.NODE_CLUSTER_SCHED_POLICY, cluster);
  if (chosen !== undefined) cluster.schedulingPolicy = chosen;
  return cluster;
}

/**
 * Runs the first of the calls that freeze the policy (setupPrimary() or fork(), whichever comes first) with
 * cluster.schedulingPolicy set to `policy()` for the moment of the call; the value read back afterwards is the
 * one assigned before.
 */
function policyAtFreeze(cluster, policy) {
  if (!cluster.isPrimary) return cluster;
  let frozen = false;
  const freezing = (call) => (...args) => {
    if (frozen) return call(...args);
    frozen = true;
    const assigned = cluster.schedulingPolicy;
    cluster.schedulingPolicy = policy(assigned);
    try {
      return call(...args);
    } finally {
      cluster.schedulingPolicy = assigned;
    }
  };
  for (const name of ['setupPrimary', 'fork']) cluster[name] = freezing(cluster[name].bind(cluster));
  return cluster;
}

module.exports = { choosePolicy, policyAtFreeze };
