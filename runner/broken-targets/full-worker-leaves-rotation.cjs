// Broken on purpose (SPEC node.net-08): the reference, whose primary takes a full worker's answer for a refusal:
// the worker leaves the rotation, so with every worker full a new connection is closed instead of waiting.
const cluster = require('../../dist/reference/index.cjs');
const { RoundRobinScheduler } = require('../../dist/reference/round-robin-scheduler.cjs');
RoundRobinScheduler.prototype.full = function (worker, connection) {
  return this.acknowledged(worker, connection, false);
};
module.exports = cluster;
