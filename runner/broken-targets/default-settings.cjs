// Shared by the broken targets whose first setupPrimary() (called by fork() when nobody did) fills one
// default wrongly: `wrongDefaults()` gives the settings the first call adds under what the caller named.
const cluster = require('node:cluster');

module.exports = function withWrongDefaults(wrongDefaults) {
  const setupPrimary = cluster.setupPrimary;
  let first = true;
  cluster.setupPrimary = function (settings = {}) {
    const given = first ? { ...wrongDefaults(), ...settings } : settings;
    first = false;
    return setupPrimary.call(this, given);
  };
  const fork = cluster.fork;
  cluster.fork = function (...args) {
    if (first) cluster.setupPrimary();
    return fork.apply(this, args);
  };
  return cluster;
};
