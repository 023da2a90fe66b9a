'use strict';
// Node's `stream/promises`: pipeline and finished returning promises.

module.exports = require('stream').promises;
