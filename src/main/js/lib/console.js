'use strict';
// `console`: the global console object (also reachable as globalThis.console).

module.exports = require('internal/console').globalConsole;
