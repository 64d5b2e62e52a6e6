// Whether a method is running right now: for planted modules that behave differently inside a call (fork()
// running setupPrimary(), the listeners of one event). Plain CommonJS, like plant.cjs.
'use strict';
const { replaceMethod } = require('./plant.cjs');

/**
 * Wraps `object[method]`; the function returned tells whether a call of it is running right now (only calls
 * whose arguments pass `test` count).
 */
function whileCalling(object, method, test = () => true) {
  let depth = 0;
  replaceMethod(object, method, (call) => (...args) => {
    if (!test(...args)) return call(...args);
    depth += 1;
    try {
      return call(...args);
    } finally {
      depth -= 1;
    }
  });
  return () => depth > 0;
}

/** Whether the listeners of `event` on `emitter` are running right now. */
function whileEmitting(emitter, event) {
  return whileCalling(emitter, 'emit', (name) => name === event);
}

module.exports = { whileCalling, whileEmitting };
