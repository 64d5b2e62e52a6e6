// Broken on purpose: execArgv defaults to [] instead of process.execArgv, so workers lose the
// runtime flags the primary was started with.
module.exports = require('./default-settings.cjs')(() => ({ execArgv: [] }));
