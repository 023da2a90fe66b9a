'use strict';
// Node 20's `events` module: EventEmitter and its static helpers.
//
// The instance layout is Node's because scripts and npm packages look at it and util.inspect
// prints it: own `_events` (null-prototype object keyed by event name, holding one listener as a
// bare function and several as an array), `_eventsCount`, `_maxListeners`, then
// Symbol(shapeMode) and Symbol(kCapture).
// "Shape mode" is an emitter whose subclass pre-filled `_events` with keys before calling the
// constructor: removing a key's last listener then leaves the key with `undefined`.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNHANDLED_ERROR },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');
const { kIsEventTarget, kResistStopPropagation } = require('internal/events/symbols');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// Node 20 polyfills Symbol.dispose as Symbol('nodejs.dispose'); this stands in while the runtime has none.
const fallbackDisposeSymbol = Symbol('nodejs.dispose');
const emptyOptions = Object.freeze({ __proto__: null });
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

let defaultMaxListeners = 10;

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Static members, in Node's property order (util.inspect(require('events')) shows it).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});
// Node's lazy getter, so the key sits where Node has it; the class needs async_hooks (an
// AsyncResource per emitter), which datagraal lacks, so making one fails clearly.
let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  get: function lazyEventEmitterAsyncResource() {
    EventEmitterAsyncResource ??= class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        const error = new Error('events.EventEmitterAsyncResource is not supported by datagraal (no async_hooks)');
        error.code = 'ERR_NOT_SUPPORTED';
        throw error;
      }
    };
    return EventEmitterAsyncResource;
  },
  set: undefined,
  enumerable: true,
  configurable: true,
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
  configurable: false,
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, writable: false, configurable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, writable: false, configurable: false,
  },
});

// These three are anonymous functions in Node, which util.inspect shows as "[Function (anonymous)]".
EventEmitter.setMaxListeners = function (n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function (opts) {
  // A subclass may have set up `_events` itself (Node's own streams do, to fix the object's shape).
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated (DEP0033, documentation only): kept working for old callers.
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
Object.defineProperty(proto, kCapture, { value: false, writable: true, enumerable: false, configurable: false });

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function effectiveMaxListeners(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

proto.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

proto.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    if (events === undefined || events.error === undefined) throwUnhandledError(args);
  } else if (events === undefined) {
    return false;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) captureRejection(this, result, type, args);
  } else {
    // A snapshot, so listeners added or removed by a listener only count from the next emit.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) captureRejection(this, result, type, args);
    }
  }
  return true;
};

function throwUnhandledError(args) {
  const value = args.length > 0 ? args[0] : undefined;
  if (value instanceof Error) throw value;
  let shown;
  try {
    shown = inspect(value);
  } catch {
    shown = value;
  }
  const error = new ERR_UNHANDLED_ERROR(shown);
  error.context = value;
  throw error;
}

// With captureRejections, a listener's rejected promise (or any thenable) becomes an 'error'
// event, or a call of emitter[Symbol.for('nodejs.rejection')] when the emitter has one.
function captureRejection(emitter, result, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = result.then;
    if (typeof then === 'function') {
      then.call(result, undefined, function (reason) {
        process.nextTick(emitRejection, emitter, reason, type, args);
      });
    }
  } catch (error) {
    emitter.emit('error', error);
  }
}

function emitRejection(emitter, reason, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](reason, type, ...args);
    return;
  }
  // Rejections of the 'error' listeners themselves are not captured again.
  const capture = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', reason);
  } finally {
    emitter[kCapture] = capture;
  }
}

function addListenerTo(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced `_events`.
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  warnIfTooManyListeners(target, type, existing);
  return target;
}

// Once per listener array: Node marks the array itself with `warned`, which util.inspect shows.
function warnIfTooManyListeners(target, type, listeners) {
  const max = effectiveMaxListeners(target);
  if (max <= 0 || listeners.length <= max || listeners.warned) return;
  listeners.warned = true;
  const warning = new Error(
    `Possible EventEmitter memory leak detected. ${listeners.length} ${String(type)} listeners ` +
    `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  warning.name = 'MaxListenersExceededWarning';
  warning.emitter = target;
  warning.type = type;
  warning.count = listeners.length;
  process.emitWarning(warning);
}

proto.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// Called with `this` bound to the once-state; the wrapper removes itself before calling the
// listener, so the listener already sees the emitter without it.
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return this.listener.apply(this.target, arguments);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener !== undefined) this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = list.length - 1;
  while (position >= 0 && list[position] !== listener && list[position].listener !== listener) position--;
  if (position < 0) return this;
  list.splice(position, 1);
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const removingAll = arguments.length === 0;

  // Nobody listens for 'removeListener': drop the listeners without telling anyone.
  if (events.removeListener === undefined) {
    if (removingAll) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (removingAll) {
    // 'removeListener' listeners go last so they hear about every other removal.
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) {
    // Node 20 fails here for an undefined type (no 'undefined' listeners): match its TypeError.
    if (type === undefined) throw new TypeError("Cannot read properties of undefined (reading 'length')");
    return [];
  }
  if (typeof stored === 'function') return [unwrap ? stored.listener || stored : stored];
  return unwrap ? stored.map((listener) => listener.listener || listener) : stored.slice();
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const stored = events[type];
  if (typeof stored === 'function') {
    if (listener == null) return 1;
    return stored === listener || stored.listener === listener ? 1 : 0;
  }
  if (stored === undefined) return 0;
  if (listener == null) return stored.length;
  let matching = 0;
  for (const candidate of stored) {
    if (candidate === listener || candidate.listener === listener) matching++;
  }
  return matching;
}

proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// Static helpers that accept an EventEmitter or an EventTarget-like object.

function addListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAgnostic(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// EventTargets are recognised by the mark on their constructor, as Node does.
function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return require('internal/event_target').listenersOf(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return effectiveMaxListeners(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeAbortListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeAbortListener = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [Symbol.dispose ?? fallbackDisposeSymbol]() {
      removeAbortListener?.();
    },
  };
}

// Resolves with the arguments of the next `name` event; rejects on 'error' or abort.
async function once(emitter, name, options = emptyOptions) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListenerAgnostic(signal, 'abort', abortListener);
      resolve(args);
    };
    const onceFlags = { __proto__: null, once: true, [kResistStopPropagation]: true };
    addListenerAgnostic(emitter, name, resolver, onceFlags);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListenerAgnostic(emitter, name, resolver);
      removeListenerAgnostic(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      addListenerAgnostic(signal, 'abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
  });
}

// An async iterator over the argument arrays of `event`. Events that arrive before next() is
// called queue up; with highWaterMark the emitter is paused while the queue is longer than it,
// and resumed once the queue drops below lowWaterMark.
function on(emitter, event, options = emptyOptions) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const queuedEvents = [];
  const waitingReads = [];
  let pendingError = null;
  let finished = false;
  let paused = false;
  // Undo steps for every listener added, run newest first when the iterator closes.
  const removals = [];

  const iterator = Object.setPrototypeOf({
    next() {
      if (queuedEvents.length > 0) {
        const value = queuedEvents.shift();
        if (paused && queuedEvents.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError) {
        const rejection = Promise.reject(pendingError);
        pendingError = null;
        return rejection;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waitingReads.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return queuedEvents.length;
      },
      get low() {
        return lowWaterMark;
      },
      get high() {
        return highWaterMark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  function listen(target, name, listener) {
    addListenerAgnostic(target, name, listener);
    removals.push(() => removeListenerAgnostic(target, name, listener));
  }

  // An anonymous listener, as in Node (util.inspect of the listeners shows it).
  listen(emitter, event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  // Array-likes count: Node indexes `close` rather than iterating it.
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }
  if (signal) {
    signal.addEventListener('abort', abortListener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removals.push(() => signal.removeEventListener('abort', abortListener));
  }
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (waitingReads.length > 0) {
      waitingReads.shift().resolve({ value, done: false });
      return;
    }
    queuedEvents.push(value);
    if (!paused && queuedEvents.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (waitingReads.length > 0) waitingReads.shift().reject(err);
    else pendingError = err;
    closeHandler();
  }

  function closeHandler() {
    for (let i = removals.length - 1; i >= 0; i--) removals[i]();
    finished = true;
    const done = { value: undefined, done: true };
    while (waitingReads.length > 0) waitingReads.shift().resolve(done);
    return Promise.resolve(done);
  }
}

module.exports = EventEmitter;
