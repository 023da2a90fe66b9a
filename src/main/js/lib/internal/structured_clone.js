'use strict';
// structuredClone() with what Node 20 (V8's serializer) accepts: primitives but symbols, the
// boxed primitives, Date, RegExp (lastIndex back to 0), ArrayBuffer (resizable ones stay
// resizable), typed arrays and DataView (views of one buffer keep sharing their clone; a Buffer
// comes back as a Uint8Array), Map, Set, arrays (holes and extra keys kept), the native errors
// (name from the standard ones or Error; message, stack and cause), and every other object as a
// plain object of its own enumerable string keys (getters read, prototype dropped). Shared and
// circular references are kept. Functions, symbols, promises, weak collections, generators and
// iterators throw a DataCloneError worded as V8 words it.
//
// `transfer` moves ArrayBuffers: their clones get the contents and the originals are detached once
// the whole value is cloned (nothing is detached when cloning fails). A SharedArrayBuffer comes
// back as itself (its memory stays shared). Proxies cannot be recognised from JS: they are cloned
// like the objects they stand for, where Node throws.

const { makeNodeError } = require('internal/errors');
const { DOMException } = require('internal/per_context/domexception');
const { types } = require('internal/util/inspect');

const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;
const iteratorTags = new Set([
  'Array Iterator', 'Map Iterator', 'Set Iterator', 'String Iterator', 'RegExp String Iterator',
  'Iterator Helper', 'Segmenter String Iterator',
]);
const errorConstructors = new Map([
  ['Error', Error], ['EvalError', EvalError], ['RangeError', RangeError], ['ReferenceError', ReferenceError],
  ['SyntaxError', SyntaxError], ['TypeError', TypeError], ['URIError', URIError],
]);

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function notCloneable(shown) {
  return dataCloneError(`${shown} could not be cloned.`);
}

function brandTest(test) {
  return (value) => {
    try {
      test(value);
      return true;
    } catch {
      return false;
    }
  };
}

const isWeakRef = typeof WeakRef === 'function' ?
  brandTest((value) => WeakRef.prototype.deref.call(value)) : () => false;
const isFinalizationRegistry = typeof FinalizationRegistry === 'function' ?
  brandTest((value) => FinalizationRegistry.prototype.unregister.call(value, {})) : () => false;
const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;

function isDetached(buffer) {
  if (arrayBufferDetached !== undefined) return arrayBufferDetached.call(buffer);
  return false;
}

function inheritsFrom(value, proto) {
  for (let current = Object.getPrototypeOf(value); current !== null; current = Object.getPrototypeOf(current)) {
    if (current === proto) return true;
  }
  return false;
}

// The DataCloneError for an object V8 refuses, or undefined when it can be cloned.
function refusal(value) {
  if (value === globalThis) return notCloneable('#<Object>');
  if (types.isPromise(value)) return notCloneable('#<Promise>');
  if (types.isWeakMap(value)) return notCloneable('#<WeakMap>');
  if (types.isWeakSet(value)) return notCloneable('#<WeakSet>');
  if (isWeakRef(value)) return notCloneable('#<WeakRef>');
  if (isFinalizationRegistry(value)) return notCloneable('#<FinalizationRegistry>');
  if (types.isSymbolObject(value)) return notCloneable('[object Symbol]');
  if (types.isArgumentsObject(value)) return notCloneable('#<Object>');
  if (inheritsFrom(value, GeneratorPrototype)) return notCloneable('[object Generator]');
  if (inheritsFrom(value, AsyncGeneratorPrototype)) return notCloneable('[object AsyncGenerator]');
  const tag = value[Symbol.toStringTag];
  if (typeof tag === 'string' && iteratorTags.has(tag) && !Object.hasOwn(value, Symbol.toStringTag)) {
    return notCloneable('#<Object>');
  }
  return undefined;
}

function copyArrayBuffer(buffer) {
  if (isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  if (buffer.resizable) {
    const copy = new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength });
    new Uint8Array(copy).set(new Uint8Array(buffer));
    return copy;
  }
  return buffer.slice(0);
}

class Cloner {
  constructor(transferred) {
    this.memory = new Map();
    this.transferred = transferred;
  }

  clone(value) {
    switch (typeof value) {
      case 'symbol': throw notCloneable(value.toString());
      case 'function': throw notCloneable(Function.prototype.toString.call(value));
      case 'object': break;
      default: return value;
    }
    if (value === null) return null;
    const known = this.memory.get(value);
    if (known !== undefined) return known;

    if (types.isNumberObject(value)) return this.remember(value, Object(Number.prototype.valueOf.call(value)));
    if (types.isStringObject(value)) return this.remember(value, Object(String.prototype.valueOf.call(value)));
    if (types.isBooleanObject(value)) return this.remember(value, Object(Boolean.prototype.valueOf.call(value)));
    if (types.isBigIntObject(value)) return this.remember(value, Object(BigInt.prototype.valueOf.call(value)));
    if (types.isDate(value)) return this.remember(value, new Date(Date.prototype.getTime.call(value)));
    if (types.isRegExp(value)) {
      return this.remember(value, new RegExp(value.source, value.flags));
    }
    if (types.isArrayBuffer(value)) return this.cloneArrayBuffer(value);
    if (types.isSharedArrayBuffer(value)) return this.remember(value, value);
    if (ArrayBuffer.isView(value)) return this.cloneView(value);
    if (types.isMap(value)) {
      const copy = this.remember(value, new Map());
      const entries = [...Map.prototype.entries.call(value)];
      for (const [key, entry] of entries) copy.set(this.clone(key), this.clone(entry));
      return copy;
    }
    if (types.isSet(value)) {
      const copy = this.remember(value, new Set());
      const entries = [...Set.prototype.values.call(value)];
      for (const entry of entries) copy.add(this.clone(entry));
      return copy;
    }
    if (types.isNativeError(value)) return this.cloneError(value);
    const refused = refusal(value);
    if (refused !== undefined) throw refused;
    if (Array.isArray(value)) {
      const copy = this.remember(value, new Array(value.length));
      this.copyProperties(value, copy);
      return copy;
    }
    const copy = this.remember(value, {});
    this.copyProperties(value, copy);
    return copy;
  }

  remember(original, copy) {
    this.memory.set(original, copy);
    return copy;
  }

  copyProperties(source, target) {
    for (const key of Object.keys(source)) {
      // A getter may have removed a later key meanwhile; V8 skips those.
      if (!Object.hasOwn(source, key)) continue;
      target[key] = this.clone(source[key]);
    }
  }

  cloneArrayBuffer(buffer) {
    let copy;
    if (this.transferred.has(buffer)) {
      copy = isDetached(buffer) ? new ArrayBuffer(0) : copyArrayBuffer(buffer);
    } else {
      copy = copyArrayBuffer(buffer);
    }
    return this.remember(buffer, copy);
  }

  cloneView(view) {
    const isDataView = types.isDataView(view);
    const buffer = view.buffer;
    if (types.isArrayBuffer(buffer) && isDetached(buffer)) {
      throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    }
    const bufferCopy = this.clone(buffer);
    let copy;
    if (isDataView) {
      copy = new DataView(bufferCopy, view.byteOffset, view.byteLength);
    } else {
      const Constructor = globalThis[types.typedArrayTagOf(view)];
      copy = new Constructor(bufferCopy, view.byteOffset, view.length);
    }
    return this.remember(view, copy);
  }

  cloneError(error) {
    let name = 'Error';
    try {
      const ownName = error.name;
      if (errorConstructors.has(ownName)) name = ownName;
    } catch {
      // A throwing `name` getter leaves the error an Error.
    }
    const Constructor = errorConstructors.get(name);
    const copy = this.remember(error, new Constructor());
    const define = (key, value) => Object.defineProperty(copy, key, {
      value, writable: true, enumerable: false, configurable: true,
    });
    const stack = error.stack;
    define('stack', typeof stack === 'string' ? stack : undefined);
    if (typeof stack !== 'string') delete copy.stack;
    const messageDescriptor = Object.getOwnPropertyDescriptor(error, 'message');
    if (messageDescriptor !== undefined && 'value' in messageDescriptor) define('message', `${messageDescriptor.value}`);
    if (Object.hasOwn(error, 'cause')) define('cause', this.clone(error.cause));
    return copy;
  }
}

function invalidTransferObject() {
  return makeNodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
}

function transferListOf(options) {
  if (options === undefined || options === null) return [];
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transfer = options.transfer;
  if (transfer === undefined) return [];
  if (transfer === null || (typeof transfer !== 'object' && typeof transfer !== 'function')) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (typeof transfer[Symbol.iterator] !== 'function') return [];
  const list = [...transfer];
  const seen = new Set();
  for (const item of list) {
    if (item === null || typeof item !== 'object' || !types.isArrayBuffer(item)) throw invalidTransferObject();
    if (seen.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    seen.add(item);
  }
  return list;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  const transferList = transferListOf(options);
  const result = new Cloner(new Set(transferList)).clone(value);
  // The clones hold the contents; the originals are detached only now that cloning succeeded.
  for (const buffer of transferList) {
    if (!isDetached(buffer) && typeof buffer.transfer === 'function') buffer.transfer();
  }
  return result;
}

module.exports = { structuredClone };
