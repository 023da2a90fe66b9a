'use strict';
// path/posix is path itself on Linux.

module.exports = require('path').posix;
