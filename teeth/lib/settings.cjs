// Changing what setupPrimary() is given, or what cluster.settings shows: for planted modules that break one
// setting. Plain CommonJS, like plant.cjs.
'use strict';
const { whileCalling } = require('./calls.cjs');

/** The names under which the primary's set-up function is reachable. */
const SETUP_NAMES = ['setupPrimary', 'setupMaster'];

/**
 * In the primary, setupPrimary(settings) and setupMaster(settings) pass on `change(copy, context)` instead,
 * `copy` being a copy of the settings given ({} for none). `context.given` is the argument as given,
 * `context.first` whether no set-up ran before (the call on which the documented defaults are filled in), and
 * `context.inFork` whether fork() made the call (node:cluster's fork() sets up with no argument first).
 */
function changeSetup(cluster, change) {
  if (!cluster.isPrimary) return cluster;
  const setup = cluster.setupPrimary.bind(cluster);
  const forking = whileCalling(cluster, 'fork');
  let first = true;
  const changed = (given) => {
    const context = { given, first, inFork: forking() };
    first = false;
    return setup(change({ ...given }, context));
  };
  for (const name of SETUP_NAMES) cluster[name] = changed;
  return cluster;
}

/**
 * In the primary, cluster.settings shows `hide(inForce, state)` between calls, while setupPrimary(),
 * setupMaster() and fork() work with the settings really in force. `state.given` holds the keys given to
 * set-up calls so far, `state.setUp` whether a set-up call was made (not counting fork()'s own),
 * `state.forked` whether fork() was called.
 */
function hideSettings(cluster, hide) {
  if (!cluster.isPrimary) return cluster;
  const state = { given: new Set(), setUp: false, forked: false };
  let inForce;
  let depth = 0; // fork() calls setupPrimary() on node:cluster: only the outermost call swaps the settings
  const around = (name) => {
    const call = cluster[name].bind(cluster);
    cluster[name] = (...args) => {
      if (depth === 0) {
        if (inForce !== undefined) cluster.settings = inForce;
        if (SETUP_NAMES.includes(name)) {
          state.setUp = true;
          for (const key of Object.keys(args[0] ?? {})) state.given.add(key);
        } else state.forked = true;
      }
      depth += 1;
      try {
        return call(...args);
      } finally {
        depth -= 1;
        if (depth === 0) {
          inForce = cluster.settings;
          cluster.settings = hide(inForce, state);
        }
      }
    };
  };
  for (const name of [...SETUP_NAMES, 'fork']) around(name);
  return cluster;
}

/** A copy of `object` without `key`. */
function without(object, key) {
  const { [key]: _, ...rest } = object;
  return rest;
}

module.exports = { changeSetup, hideSettings, without };
