// Broken on purpose (for the node profile): every listen(0) or bind(0) on one address gets the same port, also
// two open at once in one worker. That is the cluster page's how-16, which the reference follows in its doc mode.
module.exports = require('../../dist/reference/index.cjs');
