'use strict';
// util/types is util.types.

module.exports = require('util').types;
