'use strict';
// Symbols shared between `events` and the EventTarget/AbortSignal side, which reads the same keys.

module.exports = {
  // An 'abort' listener added with this flag still runs after stopImmediatePropagation().
  kResistStopPropagation: Symbol('kResistStopPropagation'),
  // On the EventTarget constructor (inherited by subclasses): marks EventTargets for events.*.
  kIsEventTarget: Symbol.for('nodejs.event_target'),
};
