// Broken on purpose: a worker's failed TCP listen(0) reports "bind CODE host:0" with `port: 0`.
module.exports = require('./lib/bind-error-with-port.cjs')(require('node:net').Server.prototype);
