'use strict';
// Node 20's `timers/promises`: setTimeout and setImmediate as promises, setInterval as an async
// iterator, and the scheduler object. Bad arguments reject the returned promise (setInterval's on
// the first next()) rather than throw. With `signal`, an abort clears the timer and rejects with
// an AbortError whose cause is the signal's reason; `ref: false` lets the process exit meanwhile.

const timers = require('timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');

const kScheduler = Symbol('kScheduler');

function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (ref !== undefined) validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortErrorOf(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Runs `start(resolve)` (which returns a cancel function) and settles the promise with what it
// resolves, or with an AbortError when the signal aborts first.
function cancellable(signal, start) {
  if (signal?.aborted) return Promise.reject(abortErrorOf(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const cancel = start(resolve);
    if (signal) {
      onAbort = () => {
        cancel();
        reject(abortErrorOf(signal));
      };
      signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = validateOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  return cancellable(signal, (resolve) => {
    const timeout = timers.setTimeout(resolve, after, value);
    if (ref === false) timeout.unref();
    return () => timers.clearTimeout(timeout);
  });
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  return cancellable(signal, (resolve) => {
    const immediate = timers.setImmediate(resolve, value);
    if (ref === false) immediate.unref();
    return () => timers.clearImmediate(immediate);
  });
}

// Ticks that come while the consumer is busy are not lost: each one yields `value` once.
async function* setInterval(after, value, options = {}) {
  validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortErrorOf(signal);
  let pendingTicks = 0;
  let wake;
  const interval = timers.setInterval(() => {
    pendingTicks++;
    if (wake !== undefined) {
      const resume = wake;
      wake = undefined;
      resume();
    }
  }, after);
  if (ref === false) interval.unref();
  let onAbort;
  if (signal) {
    onAbort = () => {
      timers.clearInterval(interval);
      if (wake !== undefined) {
        const resume = wake;
        wake = undefined;
        resume();
      }
    };
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true, [kResistStopPropagation]: true });
  }
  try {
    while (!signal?.aborted) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => {
          wake = resolve;
        });
      }
      for (; pendingTicks > 0 && !signal?.aborted; pendingTicks--) yield value;
    }
    throw abortErrorOf(signal);
  } finally {
    timers.clearInterval(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor(key = undefined) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options = undefined) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
