// Broken on purpose: not a cluster implementation at all.
module.exports = {};
