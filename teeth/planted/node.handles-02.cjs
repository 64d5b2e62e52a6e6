// breaks: node.handles-02
// does: in a worker, process.send() ignores keepOpen: a net.Socket it sends is always closed in the worker
// profile: node
const { nodeCluster } = require('../lib/plant.cjs');
const { wrapSend } = require('../lib/wrap-send.cjs');

const cluster = nodeCluster();
if (cluster.isWorker) wrapSend(process, (args, send) => send({ ...args, options: { ...args.options, keepOpen: false } }));
module.exports = cluster;
