// Broken on purpose: 'listening' addresses lack the fd key where its value is undefined.
module.exports = require('./lib/rewrite-listening.cjs')(({ fd, ...rest }) => (fd === undefined ? rest : { ...rest, fd }));
