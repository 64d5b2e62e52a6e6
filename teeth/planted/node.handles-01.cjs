// breaks: node.handles-01
// does: a net.Socket sent by worker.send() without keepOpen stays open in the primary, as if keepOpen were true
// profile: node
const net = require('node:net');
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
wrapSend(cluster.Worker.prototype, (args, send) => send(args.handle instanceof net.Socket ? { ...args, options: { ...args.options, keepOpen: true } } : args));
module.exports = cluster;
