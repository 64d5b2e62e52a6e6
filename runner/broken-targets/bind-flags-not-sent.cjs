// Broken on purpose (SPEC node.udp-06): the reference, whose workers ask the primary to bind without the socket's
// reuseAddr and ipv6Only.
const cluster = require('../../dist/reference/index.cjs');
const request = require('../../dist/reference/listen-request.cjs');
const { parseBind } = request;
request.parseBind = (type, args) => parseBind(type, args, undefined);
module.exports = cluster;
