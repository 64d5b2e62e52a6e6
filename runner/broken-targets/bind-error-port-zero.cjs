// Broken on purpose: a worker's failed UDP bind(0) reports "bind CODE address:0" with `port: 0`.
module.exports = require('./lib/bind-error-with-port.cjs')(require('node:dgram').Socket.prototype);
