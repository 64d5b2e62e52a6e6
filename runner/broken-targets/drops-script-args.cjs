// Broken on purpose: args defaults to [] instead of process.argv.slice(2), so workers lose the
// script arguments the primary was started with.
module.exports = require('./default-settings.cjs')(() => ({ args: [] }));
