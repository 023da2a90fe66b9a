'use strict';
// Symbols shared between `events` and the EventTarget/AbortSignal side, which reads the same keys.

module.exports = {
  // An 'abort' listener added with this flag still runs after stopImmediatePropagation().
  kResistStopPropagation: Symbol('kResistStopPropagation'),
};
