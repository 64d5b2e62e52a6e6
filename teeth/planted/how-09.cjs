// breaks: how-09
// does: under SCHED_NONE the primary opens a new listening socket for each worker that asks instead of sending each the one it created (listen(0): a port per worker)
// base: reference
const { reference, referencePart } = require('../lib/plant.cjs');

const sharing = referencePart('shared-handle');
const { SharedHandle } = sharing;
sharing.SharedHandle = class SocketPerWorker extends SharedHandle {
  // A worker that holds its socket is forgotten at once, so none is ever lent to the next worker.
  holding(member) {
    super.holding(member);
    super.remove(member);
  }
};

module.exports = reference();
