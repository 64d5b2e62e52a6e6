// Broken on purpose: cluster.Worker throws when called without new, as a class constructor does.
const cluster = require('node:cluster');

cluster.Worker = new Proxy(cluster.Worker, {
  apply() {
    throw new TypeError("Class constructor Worker cannot be invoked without 'new'");
  },
});
module.exports = cluster;
