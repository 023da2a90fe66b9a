'use strict';
// The web's Event, CustomEvent and EventTarget with Node 20's behaviour: no bubbling or capture
// phases (an event reaches only its target, `capture` only tells two registrations apart), every
// getter and method brand-checked, duplicates of (listener, capture) ignored, and a listener's
// exception (or the rejection of the promise it returns) reported as uncaught on the next tick,
// after dispatchEvent has returned.
//
// The listeners of one type form a linked list. dispatchEvent walks it taking each entry's
// successor before calling it, and skips entries removed meanwhile, so a listener removed during
// a dispatch is not called, and one appended then is called only if the walk had not yet reached
// the end of the list.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const { kIsEventTarget, kResistStopPropagation } = require('internal/events/symbols');
const EventEmitter = require('events');
const { now } = require('internal/perf/utils');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Own symbol keys of an Event and an EventTarget, named as in Node (Object.getOwnPropertySymbols
// shows them).
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
// Hooks a subclass (AbortSignal) may override: called after a listener is added or removed.
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
// An options key of the Event constructor for events the platform itself fires (isTrusted).
const kTrustEvent = Symbol('kTrustEvent');
// An addEventListener option naming an object (the listening EventTarget): the listener is held
// weakly by this target and strongly by that object, so a long-lived signal does not keep every
// target that used it alive.
const kWeakHandler = Symbol('kWeak');
const weakListenerOwners = new WeakMap();

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

const trustedEvents = new WeakSet();

// ---------------------------------------------------------------------------------------------
// Event

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timeStamp = now();
  #propagationStopped = false;
  #immediatePropagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', { nullable: true });
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  static isEvent(value) {
    return value !== null && typeof value === 'object' && #cancelable in value;
  }

  static stopped(event) {
    return event.#immediatePropagationStopped;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: this[kType],
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    };
    const inner = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect(shown, inner)}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#immediatePropagationStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

const isEvent = Event.isEvent;
const immediatePropagationStopped = Event.stopped;
delete Event.isEvent;
delete Event.stopped;

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

// Methods and accessors of these web classes are enumerable, as Node defines them.
function makeEnumerable(proto, skip = ['constructor']) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (skip.includes(key)) continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

makeEnumerable(Event.prototype);
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return trustedEvents.has(this); } }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
defineToStringTag(Event.prototype, 'Event');
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
});

// ---------------------------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  static #isCustomEvent(value) {
    return value !== null && typeof value === 'object' && #detail in value;
  }

  get detail() {
    if (!CustomEvent.#isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// ---------------------------------------------------------------------------------------------
// Listener entries

// One registration. `next`/`previous` link the entries of a type; the list's head is a sentinel
// that also counts the live entries (`size`).
class Listener {
  constructor(head, listener, once, capture, passive, weak, resistStopPropagation) {
    this.next = undefined;
    this.previous = undefined;
    this.removed = false;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.weak = weak !== null && (typeof weak === 'object' || typeof weak === 'function');
    if (this.weak) {
      this.listener = new WeakRef(listener);
      let owned = weakListenerOwners.get(weak);
      if (owned === undefined) {
        owned = new Set();
        weakListenerOwners.set(weak, owned);
      }
      owned.add(listener);
      this.owner = new WeakRef(weak);
    } else {
      this.listener = listener;
    }
    // Appended at the end of the live entries.
    this.head = head;
    const last = head.tail ?? head;
    last.next = this;
    this.previous = last;
    head.tail = this;
  }

  get target() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.target === listener && this.capture === capture;
  }

  unlink() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    if (this.head.tail === this) this.head.tail = this.previous === this.head ? undefined : this.previous;
    this.removed = true;
    if (this.weak) {
      const listener = this.listener.deref();
      const owner = this.owner.deref();
      if (listener !== undefined && owner !== undefined) weakListenerOwners.get(owner)?.delete(listener);
    }
  }
}

function createListHead() {
  return { next: undefined, tail: undefined, size: 0 };
}

// Whether `listener` can be registered: functions and objects (their handleEvent is looked up
// when an event comes); null and undefined are ignored; anything else is an error.
function isListenable(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function eventTypeOf(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function parseAddOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return { capture: false };
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  const parsed = {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
  validateAbortSignal(parsed.signal, 'options.signal');
  return parsed;
}

// ---------------------------------------------------------------------------------------------
// EventTarget

// Node's test: the constructor carries the EventTarget mark (subclasses inherit it).
function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// The reporting Node uses for a listener's failure: thrown again from the next tick, where it
// is an uncaught exception.
function reportUncaught(error) {
  process.nextTick(() => {
    throw error;
  });
}

// A listener's result that is a thenable: its rejection becomes an uncaught exception.
function watchResult(result) {
  if (result === undefined || result === null) return;
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, reportUncaught);
}

// V8's words for Reflect.apply on something that cannot be called.
function notCallable(value) {
  let shown;
  if (value === null) shown = 'null';
  else if (typeof value === 'object') shown = `#<${value.constructor?.name || 'Object'}>`;
  else if (typeof value === 'symbol') shown = value.toString();
  else shown = String(value);
  const kind = value === null ? 'object' : typeof value;
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  return new TypeError(`Function.prototype.apply was called on ${shown}, which is ${article} ${kind} and not a function`);
}

// An object listener runs as an async function, as in Node: whatever its handleEvent throws is
// reported through the promise, after the microtasks queued before it.
async function callHandleEvent(listener, event) {
  const handleEvent = listener.handleEvent;
  if (!handleEvent) return;
  if (typeof handleEvent !== 'function') throw notCallable(handleEvent);
  await Reflect.apply(handleEvent, listener, [event]);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners ` +
        `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() ` +
        'to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, weak, resistStopPropagation } = parseAddOptions(options);
    if (!isListenable(listener)) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`,
        'AddEventListenerArgumentTypeWarning');
      return;
    }
    type = eventTypeOf(type);
    if (signal) {
      if (signal.aborted) return;
      // Removed again when the signal aborts; held weakly so the signal does not keep this alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }
    let head = this[kEvents].get(type);
    if (head === undefined) {
      head = createListHead();
      this[kEvents].set(type, head);
    } else {
      for (let entry = head.next; entry !== undefined; entry = entry.next) {
        if (entry.same(listener, capture)) return;
      }
    }
    new Listener(head, listener, !!once, capture, !!passive, weak, !!resistStopPropagation);
    head.size++;
    this[kNewListener](head.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isListenable(listener)) return;
    type = eventTypeOf(type);
    // Only an options object's `capture: true` counts here (a bare boolean does not, as in Node).
    const capture = options?.capture === true;
    const head = this[kEvents].get(type);
    if (head === undefined) return;
    for (let entry = head.next; entry !== undefined; entry = entry.next) {
      if (entry.same(listener, capture)) {
        entry.unlink();
        head.size--;
        this[kRemoveListener](head.size, type, listener, capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const inner = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({}, inner)}`;
  }
}

function dispatch(target, event) {
  const type = event.type;
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;
  const head = target[kEvents].get(type);
  let entry = head?.next;
  while (entry !== undefined) {
    const following = entry.next;
    if (entry.removed || (immediatePropagationStopped(event) && !entry.resistStopPropagation)) {
      entry = following;
      continue;
    }
    if (entry.once) {
      entry.unlink();
      head.size--;
      target[kRemoveListener](head.size, type, entry.target, entry.capture);
    }
    try {
      const listener = entry.target;
      if (listener !== undefined) {
        let result;
        if (typeof listener === 'function') result = Reflect.apply(listener, target, [event]);
        else result = callHandleEvent(listener, event);
        watchResult(result);
      }
    } catch (error) {
      reportUncaught(error);
    }
    entry = following;
  }
  event[kIsBeingDispatched] = false;
}

makeEnumerable(EventTarget.prototype);
defineToStringTag(EventTarget.prototype, 'EventTarget');

// The listeners of `type`, as events.getEventListeners returns them.
function listenersOf(target, type) {
  const head = target[kEvents]?.get(type);
  const listeners = [];
  for (let entry = head?.next; entry !== undefined; entry = entry.next) {
    const listener = entry.target;
    if (listener !== undefined) listeners.push(listener);
  }
  return listeners;
}

// ---------------------------------------------------------------------------------------------
// Event handler attributes (`onabort`, ...)

// A property like `onabort`: the first assignment registers one listener in that position;
// later assignments swap the handler it calls. Only a function handler is called, with the
// target as `this`.
function defineEventHandler(proto, type) {
  const name = `on${type}`;
  const accessors = {
    get [name]() {
      return this[kHandlers]?.get(type)?.handler ?? null;
    },
    set [name](value) {
      let handlers = this[kHandlers];
      if (handlers === undefined) {
        handlers = new Map();
        this[kHandlers] = handlers;
      }
      let wrapper = handlers.get(type);
      if (wrapper !== undefined) {
        wrapper.handler = value;
        return;
      }
      wrapper = function eventHandler(event) {
        if (typeof wrapper.handler === 'function') return Reflect.apply(wrapper.handler, this, [event]);
        return undefined;
      };
      wrapper.handler = value;
      handlers.set(type, wrapper);
      this.addEventListener(type, wrapper);
    },
  };
  const descriptor = Object.getOwnPropertyDescriptor(accessors, name);
  Object.defineProperty(proto, name, {
    get: descriptor.get, set: descriptor.set, enumerable: true, configurable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  isEvent,
  isEventTarget,
  listenersOf,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kWeakHandler,
};
