// Broken on purpose: every setupPrimary() call starts again from the defaults
// instead of keeping the current settings for what it does not name.
const cluster = require('node:cluster');
// Only in the primary: in a worker these members are absent, as in Node (the broken part is the primary's).
if (cluster.isPrimary) {
  const setupPrimary = cluster.setupPrimary;
  cluster.setupPrimary = function (settings = {}) {
    return setupPrimary.call(this, { args: process.argv.slice(2), silent: false, ...settings });
  };
}
module.exports = cluster;
