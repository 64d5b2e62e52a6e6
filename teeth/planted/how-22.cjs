// breaks: how-22
// does: the primary never closes its copy of a connection it handed to a worker, so the connection outlives every worker
// base: reference
const { reference, referencePart } = require('../lib/plant.cjs');

// Round-robin servers are the ones opened paused: the primary never reads their connections.
const listening = referencePart('primary-listen');
const { listenNet } = listening;
listening.listenNet = (request, options) => {
  const opened = listenNet(request, options);
  if (options?.pauseOnConnect) opened.handle.prependListener('connection', (socket) => (socket.destroy = () => socket));
  return opened;
};

module.exports = reference();
