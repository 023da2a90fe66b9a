'use strict';
// AbortController and AbortSignal as Node 20 has them. A signal is an EventTarget that fires one
// trusted 'abort' Event when it aborts, with `onabort` as an event handler attribute.
// AbortSignal.timeout() aborts from an unref'd timer (it never keeps the process alive), and
// AbortSignal.any() follows its source signals without listening on them: a signal that aborts
// aborts its dependent signals after its own listeners ran, in the order they were made.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateUint32 } = require('internal/validators');
const { kResistStopPropagation } = require('internal/events/symbols');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kDontThrow = Symbol('kDontThrow');
// Kept off the instance's own keys: the signals a composite follows, and those that follow one.
const sourcesOf = new WeakMap();
const dependentsOf = new WeakMap();

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

// "AbortSignal { aborted: false }"; nested deeper than `depth`, the plain "[AbortSignal]".
function customInspect(self, shown, depth, options) {
  if (depth < 0) return self;
  const inner = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(shown, inner)}`;
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && kAborted in value && value instanceof AbortSignal;
}

function checkSignal(value) {
  if (!isAbortSignal(value)) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(key = undefined, { aborted = false, reason = undefined, composite = false } = {}) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
    const composite = new AbortSignal(kDontThrow, { composite: true });
    if (signals.length === 0) return composite;
    for (const signal of signals) {
      if (signal.aborted) {
        composite[kAborted] = true;
        composite[kReason] = signal.reason;
        return composite;
      }
    }
    // A composite follows the sources of the composites it is made of, not those composites.
    const sources = new Set();
    for (const signal of signals) {
      const nested = signal[kComposite] ? sourcesOf.get(signal) : undefined;
      if (nested !== undefined) {
        for (const source of nested) sources.add(source);
      } else {
        sources.add(signal);
      }
    }
    sourcesOf.set(composite, sources);
    for (const source of sources) {
      let dependents = dependentsOf.get(source);
      if (dependents === undefined) {
        dependents = [];
        dependentsOf.set(source, dependents);
      }
      dependents.push(composite);
    }
    return composite;
  }
}

// Only the class's own methods are enumerable on the prototype: aborted (and onabort below).
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependents = dependentsOf.get(signal);
  if (dependents !== undefined) {
    dependentsOf.delete(signal);
    for (const dependent of dependents) abortSignal(dependent, reason);
  }
}

function privateMemberError() {
  return new TypeError('Cannot read private member #signal from an object whose class did not declare it');
}

class AbortController {
  #signal = new AbortSignal(kDontThrow);

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#signal in value)) throw privateMemberError();
  }

  get signal() {
    AbortController.#check(this);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    AbortController.#check(this);
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

for (const key of ['signal', 'abort']) Object.defineProperty(AbortController.prototype, key, { enumerable: true });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.aborted(): settles when the signal aborts (with the 'abort' event, or at once with
// undefined when it already has). Node ties the wait to `resource` being alive; here it only
// checks that `resource` is an object.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true, [kResistStopPropagation]: true });
  });
}

// A fresh signal that is already aborted (for internal callers).
function newAbortedSignal(reason) {
  return new AbortSignal(kDontThrow, { aborted: true, reason });
}

module.exports = { AbortController, AbortSignal, abortSignal, aborted, isAbortSignal, newAbortedSignal };
