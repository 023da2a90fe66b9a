'use strict';
// Node 20's `buffer` module. A Buffer is a Uint8Array whose prototype is Buffer.prototype: every
// instance is made by FastBuffer (a plain Uint8Array subclass) and Buffer itself is the
// deprecated callable constructor. The byte work per encoding lives in internal/buffer/encodings.

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  makeNodeError,
} = require('internal/errors');
const { validateArray, validateInteger, validateNumber, validateString } = require('internal/validators');
const encodings = require('internal/buffer/encodings');
const { lookupEncoding } = encodings;
const numbers = require('internal/buffer/numbers');
const { isAnyArrayBuffer, isTypedArray, isUint8Array } = require('internal/buffer/types');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
let INSPECT_MAX_BYTES = 50;

const FastBuffer = require('internal/buffer/fast_buffer');

// ---- the constructor ----

let constructorWarningEmitted = false;
let nodeModulesChecks = 0;
const bufferConstructorWarning = 'Buffer() is deprecated due to security and usability issues. ' +
  'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';

function Buffer(arg, encodingOrOffset, length) {
  warnAboutBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});

// Node warns once (DEP0005), unless the call comes from a package under node_modules; after
// 10000 calls it stops looking at the stack, and so never warns.
function warnAboutBufferConstructor() {
  if (constructorWarningEmitted || ++nodeModulesChecks > 10000) return;
  if (typeof globalThis.process?.emitWarning !== 'function') return;
  if (calledFromNodeModules()) return;
  constructorWarningEmitted = true;
  globalThis.process.emitWarning(bufferConstructorWarning, 'DeprecationWarning', 'DEP0005');
}

// The first stack frame outside this file with an absolute path decides, as in Node.
const thisFile = stackFrameFiles(new Error().stack)[0];
function calledFromNodeModules() {
  for (const file of stackFrameFiles(new Error().stack)) {
    if (file === thisFile || !/^\/|\\/.test(file)) continue;
    return /[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

function stackFrameFiles(stack) {
  const files = [];
  for (const line of `${stack}`.split('\n').slice(1)) {
    const location = /\(([^()]*):\d+:\d+\)\s*$/.exec(line) ?? /at ([^ ()]*):\d+:\d+\s*$/.exec(line);
    if (location) files.push(location[1]);
  }
  return files;
}

// ---- the allocation pool ----
// Small buffers are views into a shared 8 KiB ArrayBuffer, so `buf.buffer` and `buf.byteOffset`
// behave as in Node.

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

function fitsInPool(size) {
  return size < (Buffer.poolSize >>> 1);
}

function takeFromPool(size) {
  if (size > poolSize - poolOffset) createPool();
  const buffer = new FastBuffer(allocPool, poolOffset, size);
  poolOffset += size;
  alignPool();
  return buffer;
}

function allocateUnsafe(size) {
  if (size <= 0) return new FastBuffer();
  if (fitsInPool(size)) return takeFromPool(size);
  return new FastBuffer(size);
}

// ---- static methods ----

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value &&
        (typeof primitive === 'string' || typeof primitive === 'object')) {
      return from(primitive, encodingOrOffset, length);
    }
    const buffer = fromObject(value);
    if (buffer) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

function fromString(text, encoding) {
  let canonical = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0) {
    canonical = lookupEncoding(encoding);
    if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (text.length === 0) return new FastBuffer();
  // Short utf8 text is encoded straight into the pool, where it fits even at 3 bytes a character,
  // in one pass instead of measuring it first.
  const worstCase = text.length * 3;
  if (canonical === 'utf8' && fitsInPool(worstCase) && worstCase <= poolSize - poolOffset) {
    const written = encodings.write(new Uint8Array(allocPool, poolOffset, worstCase), text, 0, worstCase, 'utf8');
    const buffer = new FastBuffer(allocPool, poolOffset, written);
    poolOffset += written;
    alignPool();
    return buffer;
  }
  const estimate = encodings.byteLength(text, canonical);
  if (!fitsInPool(estimate)) {
    const buffer = new FastBuffer(estimate);
    const written = encodings.write(buffer, text, 0, estimate, canonical);
    return written === estimate ? buffer : new FastBuffer(buffer.buffer, 0, written);
  }
  if (estimate > poolSize - poolOffset) createPool();
  const written = encodings.write(new Uint8Array(allocPool, poolOffset, estimate), text, 0, estimate, canonical);
  const buffer = new FastBuffer(allocPool, poolOffset, written);
  poolOffset += written;
  alignPool();
  return buffer;
}

function fromArrayBuffer(arrayBuffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = arrayBuffer.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  // The typed array constructor would reject this too; V8's wording keeps the message Node's.
  if (Math.trunc(byteOffset) < 0) {
    throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  }
  return new FastBuffer(arrayBuffer, byteOffset, length);
}

function fromArrayLike(arrayLike) {
  const length = arrayLike.length;
  if (length <= 0) return new FastBuffer();
  if (fitsInPool(length)) {
    const buffer = takeFromPool(Math.trunc(length));
    buffer.set(arrayLike, 0);
    return buffer;
  }
  return new FastBuffer(arrayLike);
}

function fromObject(object) {
  if (object.length !== undefined || isAnyArrayBuffer(object.buffer)) {
    if (typeof object.length !== 'number') return new FastBuffer();
    return fromArrayLike(object);
  }
  if (object.type === 'Buffer' && Array.isArray(object.data)) return fromArrayLike(object.data);
  return undefined;
}

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    }
    view = Object.getPrototypeOf(Uint8Array.prototype).slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const buffer = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buffer = allocateUnsafe(size);
    return fillBuffer(buffer, fill, 0, buffer.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocateUnsafe(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareRanges(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && lookupEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const result = Buffer.allocUnsafe(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const part = list[i];
    if (!isUint8Array(part)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    position += copyBytes(part, result, position, 0, part.length);
  }
  // A `length` beyond the parts' total leaves zeros, never stale pool bytes.
  if (position < length) result.fill(0, position, length);
  return result;
};

Buffer.byteLength = function byteLength(value, encoding) {
  if (typeof value !== 'string') {
    if (ArrayBuffer.isView(value) || isAnyArrayBuffer(value)) return value.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], value);
  }
  if (value.length === 0) return 0;
  // An unknown encoding measures as utf8 rather than throwing.
  const canonical = (encoding && lookupEncoding(encoding)) || 'utf8';
  return encodings.byteLength(value, canonical);
};

// ---- shared helpers ----

// Node's offset check for write/fill/concat/compare: an integer within [min, max].
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

// Like Node's internal normalizeEncoding: undefined, null and '' mean utf8.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  return lookupEncoding(encoding);
}

function encodingOrThrow(encoding) {
  const canonical = lookupEncoding(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return canonical;
}

// Copies source[sourceStart, sourceEnd) to target[targetStart...] as far as it fits.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  const count = Math.min(sourceEnd - sourceStart, target.length - targetStart, source.length - sourceStart);
  if (count <= 0) return 0;
  const view = sourceStart === 0 && count === source.length ?
    source : new Uint8Array(source.buffer, source.byteOffset + sourceStart, count);
  target.set(view, targetStart);
  return count;
}

// memcmp of the common prefix, then the shorter range sorts first.
function compareRanges(a, aStart, aEnd, b, bStart, bEnd) {
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  const common = Math.min(aLength, bLength);
  for (let i = 0; i < common; i++) {
    const difference = a[aStart + i] - b[bStart + i];
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  if (aLength === bLength) return 0;
  return aLength < bLength ? -1 : 1;
}

// Node's C++ argument errors use a shorter wording than the JS ones.
function nativeStringArgumentError() {
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}
function indexOutOfRangeError() {
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// A non-negative integer index from a native-style argument (V8's IntegerValue), or a default.
function nativeIndex(value, fallback) {
  if (value === undefined) return fallback;
  const index = Math.trunc(+value) || 0;
  if (index < 0) throw indexOutOfRangeError();
  return index;
}

// ---- prototype ----

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
const proto = Buffer.prototype;

numbers.addNumberMethods(proto);

// The encoding-specific slices and writes Node exposes on the prototype (from its C++ binding).
// Like Node's native functions they report length 0 and read `arguments`.
function defineSlice(name, encoding) {
  const slice = {
    [name]() {
      const length = this.length;
      if (arguments.length === 0 || length === 0) return encodings.decode(this, 0, length, encoding);
      const from = nativeIndex(arguments[0], 0);
      let to = nativeIndex(arguments[1], length);
      if (to < from) to = from;
      if (to > length) throw indexOutOfRangeError();
      return encodings.decode(this, from, to, encoding);
    },
  }[name];
  proto[name] = slice;
}

function defineWrite(name, encoding) {
  const write = {
    [name]() {
      const text = arguments[0];
      const offset = arguments[1];
      const maxLength = arguments[2];
      if (typeof text !== 'string') throw nativeStringArgumentError();
      const length = this.length;
      const start = nativeIndex(offset, 0);
      if (start > length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      const limit = Math.min(length - start, nativeIndex(maxLength, length - start));
      if (limit === 0) return 0;
      return encodings.write(this, text, start, limit, encoding);
    },
  }[name];
  proto[name] = write;
}

const prototypeEncodings = [
  ['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'], ['latin1', 'latin1'],
  ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8'],
];
for (const [prefix, encoding] of prototypeEncodings) defineSlice(`${prefix}Slice`, encoding);
for (const [prefix, encoding] of prototypeEncodings) defineWrite(`${prefix}Write`, encoding);

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toCopyIndex(targetStart);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toCopyIndex(sourceStart);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toCopyIndex(sourceEnd);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
};

// copy()'s coercion: a floored number, or 0 for NaN and infinities.
function toCopyIndex(value) {
  const number = +value;
  return Number.isFinite(number) ? Math.floor(number) : 0;
}

proto.toString = function toString(encoding, start, end) {
  const length = this.length;
  if (arguments.length === 0) return encodings.decode(this, 0, length, 'utf8');
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const canonical = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
  return encodings.decode(this, start, end, canonical);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const length = this.length;
  if (length !== otherBuffer.length) return false;
  return compareRanges(this, 0, length, otherBuffer, 0, length) === 0;
};

proto.inspect = function inspect(recurseTimes, ctx) {
  const shownLength = Math.trunc(Math.min(INSPECT_MAX_BYTES, this.length));
  const remaining = this.length - INSPECT_MAX_BYTES;
  let text = encodings.decode(this, 0, shownLength, 'hex').replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extras = extraPropertiesText(this, ctx);
    if (extras !== '') text += (this.length !== 0 ? ', ' : '') + extras;
  }
  return `<${this.constructor.name} ${text}>`;
};
proto[Symbol.for('nodejs.util.inspect.custom')] = proto.inspect;

// "key: value, ..." for own properties that are not indexes (all of them with showHidden).
function extraPropertiesText(buffer, ctx) {
  const keys = ctx.showHidden ? Reflect.ownKeys(buffer) :
    Reflect.ownKeys(buffer).filter((key) => Object.prototype.propertyIsEnumerable.call(buffer, key));
  const extras = Object.create(null);
  let found = false;
  for (const key of keys) {
    if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
    extras[key] = buffer[key];
    found = true;
  }
  if (!found) return '';
  const { inspect } = require('internal/util/inspect');
  // Strip "[Object: null prototype] {" and " }".
  return inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareRanges(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  // Node compares no further than the source holds, then ranks by the requested lengths.
  const sourceLength = sourceEnd - sourceStart;
  const targetLength = targetEnd - targetStart;
  const common = Math.min(sourceLength, targetLength, this.length - sourceStart);
  const prefix = compareRanges(this, sourceStart, sourceStart + common, target, targetStart, targetStart + common);
  if (prefix !== 0) return prefix;
  if (sourceLength === targetLength) return 0;
  return sourceLength > targetLength ? 1 : -1;
};

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return searchBuffer(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return searchBuffer(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

proto.write = function write(text, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(text, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(text, offset, length);
  const canonical = encodingOrThrow(encoding);
  if (typeof text !== 'string') throw nativeStringArgumentError();
  if (length === 0) return 0;
  return encodings.write(this, text, offset, length, canonical);
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this) };
};

// Node's clamping of slice bounds: truncated, negative counts from the end, NaN is 0.
function clampIndex(index, length) {
  index = Math.trunc(index);
  if (index === 0 || Number.isNaN(index)) return 0;
  if (index < 0) return Math.max(index + length, 0);
  return Math.min(index, length);
}

proto.subarray = function subarray(start, end) {
  const length = this.length;
  start = clampIndex(start, length);
  end = end !== undefined ? clampIndex(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapBytes(buffer, width, label) {
  const length = buffer.length;
  if (length % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(label);
  for (let group = 0; group < length; group += width) {
    for (let low = group, high = group + width - 1; low < high; low++, high--) {
      const byte = buffer[low];
      buffer[low] = buffer[high];
      buffer[high] = byte;
    }
  }
  return buffer;
}

proto.swap16 = function swap16() { return swapBytes(this, 2, '16-bits'); };
proto.swap32 = function swap32() { return swapBytes(this, 4, '32-bits'); };
proto.swap64 = function swap64() { return swapBytes(this, 8, '64-bits'); };

proto.toLocaleString = proto.toString;

// ---- fill ----

function fillBuffer(buffer, value, offset, end, encoding) {
  let canonical;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buffer.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buffer.length;
    }
    canonical = normalizeEncoding(encoding);
    if (canonical === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // A one-byte character fills like the number it encodes to.
      const code = value.charCodeAt(0);
      if (canonical === 'utf8' && code < 128) value = code;
      else if (canonical === 'latin1') value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buffer.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buffer.length;
    else validateOffset(end, 'end', 0, buffer.length);
    if (offset >= end) return buffer;
  }
  if (typeof value === 'number') {
    Uint8Array.prototype.fill.call(buffer, value, offset, end);
    return buffer;
  }
  let pattern;
  if (ArrayBuffer.isView(value)) {
    pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else if (typeof value === 'string') {
    pattern = encodePattern(value, canonical, end - offset);
  } else {
    // Anything else fills with the low byte of its uint32 value.
    Uint8Array.prototype.fill.call(buffer, (+value >>> 0) & 0xff, offset, end);
    return buffer;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  for (let position = offset; position < end; position += pattern.length) {
    copyBytes(pattern, buffer, position, 0, Math.min(pattern.length, end - position));
  }
  return buffer;
}

// The bytes one repetition of a string fill writes. Like Node, decoding encodings (hex, base64)
// decode no more than the fill range holds.
function encodePattern(text, encoding, fillLength) {
  if (encoding === 'utf8' || encoding === 'utf16le') {
    const bytes = new Uint8Array(encodings.byteLength(text, encoding));
    encodings.write(bytes, text, 0, bytes.length, encoding);
    return bytes;
  }
  const bytes = new Uint8Array(Math.min(encodings.byteLength(text, encoding), fillLength));
  return bytes.subarray(0, encodings.write(bytes, text, 0, bytes.length, encoding));
}

// ---- indexOf / lastIndexOf ----

function searchBuffer(buffer, value, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  // undefined, 'foo' and {} search the whole buffer.
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  const haystack = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

  if (typeof value === 'number') return searchByte(haystack, (value >>> 0) & 0xff, byteOffset, forward);
  const canonical = encoding === undefined ? 'utf8' : lookupEncoding(encoding);
  if (typeof value === 'string') {
    if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (canonical === 'utf16le') return searchUtf16String(haystack, value, byteOffset, forward);
    const needle = new Uint8Array(encodings.byteLength(value, canonical));
    const needleBytes = needle.subarray(0, encodings.write(needle, value, 0, needle.length, canonical));
    return searchBytes(haystack, needleBytes, byteOffset, forward);
  }
  if (isUint8Array(value)) {
    if (canonical === 'utf16le') return searchUtf16Bytes(haystack, value, byteOffset, forward);
    return searchBytes(haystack, value, byteOffset, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// Where a search starts, from Node's rules for a needle of `needleLength` bytes; -1 for none.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function searchByte(haystack, byte, offset, forward) {
  const length = haystack.length;
  const start = searchStart(length, offset, 1, forward);
  if (start <= -1 || length === 0) return -1;
  if (forward) {
    for (let i = start; i < length; i++) if (haystack[i] === byte) return i;
  } else {
    for (let i = start; i >= 0; i--) if (haystack[i] === byte) return i;
  }
  return -1;
}

// Searches as latin1 strings so the engine's native String search does the work.
function searchBytes(haystack, needle, offset, forward) {
  const length = haystack.length;
  const start = searchStart(length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > length) || needle.length > length) return -1;
  const haystackText = encodings.decode(haystack, 0, length, 'latin1');
  const needleText = encodings.decode(needle, 0, needle.length, 'latin1');
  return forward ? haystackText.indexOf(needleText, start) : haystackText.lastIndexOf(needleText, start);
}

// UTF-16 searches only match at even byte positions, over the whole 16-bit units of the haystack;
// returns a unit index or -1.
function searchUtf16Units(haystack, needle, offset, forward) {
  const haystackText = encodings.decode(haystack, 0, haystack.length & ~1, 'utf16le');
  const needleText = encodings.decode(needle, 0, needle.length & ~1, 'utf16le');
  const unitStart = Math.trunc(offset / 2);
  return forward ? haystackText.indexOf(needleText, unitStart) : haystackText.lastIndexOf(needleText, unitStart);
}

// Node measures the haystack of a string search in whole units: an odd last byte is not there.
function searchUtf16String(haystack, text, offset, forward) {
  const length = haystack.length & ~1;
  const needleLength = text.length * 2;
  const start = searchStart(length, offset, needleLength, forward);
  if (needleLength === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needleLength + start > length) || needleLength > length) return -1;
  if (length < 2) return -1;
  const needle = new Uint8Array(needleLength);
  encodings.write(needle, text, 0, needleLength, 'utf16le');
  const found = searchUtf16Units(haystack, needle, start, forward);
  return found === -1 ? -1 : found * 2;
}

function searchUtf16Bytes(haystack, needle, offset, forward) {
  const length = haystack.length;
  const start = searchStart(length, offset, needle.length, forward);
  if (needle.length === 0) return start;
  if (length === 0 || start <= -1) return -1;
  if ((forward && needle.length + start > length) || needle.length > length) return -1;
  if (length < 2 || needle.length < 2) return -1;
  const found = searchUtf16Units(haystack, needle, start, forward);
  // Node reports a miss as the haystack's even length, which is -1 only for even lengths.
  const result = found === -1 ? (length >>> 1) * 2 : found * 2;
  return result === length ? -1 : result;
}

// ---- SlowBuffer ----

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- transcode ----

const transcodeErrorNumbers = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const { transcodeBytes } = require('internal/buffer/transcode');
  const result = transcodeBytes(source, normalizeEncoding(fromEncoding), normalizeEncoding(toEncoding));
  if (typeof result === 'string') {
    // Node throws a plain Error carrying ICU's error name and number.
    const error = new Error(`Unable to transcode Buffer [${result}]`);
    error.code = result;
    error.errno = transcodeErrorNumbers[result];
    throw error;
  }
  return new FastBuffer(result.buffer, result.byteOffset, result.length);
}

// ---- isUtf8 / isAscii ----

function bytesOfInput(input) {
  let bytes;
  if (isTypedArray(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  else if (isAnyArrayBuffer(input)) bytes = new Uint8Array(input);
  else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  return bytes;
}

function isUtf8(input) {
  const bytes = bytesOfInput(input);
  return encodings.isWellFormedUtf8(bytes, 0, bytes.length);
}

function isAscii(input) {
  const bytes = bytesOfInput(input);
  return encodings.isAsciiOnly(bytes, 0, bytes.length);
}

// ---- atob / btoa ----

function invalidCharacterError(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const text = `${input}`;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0xff) throw invalidCharacterError('Invalid character');
  }
  const bytes = new Uint8Array(text.length);
  encodings.write(bytes, text, 0, bytes.length, 'latin1');
  return encodings.decode(bytes, 0, bytes.length, 'base64');
}

const base64Digit = /[A-Za-z0-9+/]/;
const asciiWhitespace = /[\t\n\f\r ]/;

// WHATWG forgiving-base64 decode, with Node's two messages: a character outside the alphabet
// (or misplaced padding) versus a dangling single character.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const text = `${input}`;
  // Up to two '=' may end the input, with whitespace around them.
  let end = text.length;
  while (end > 0 && asciiWhitespace.test(text[end - 1])) end--;
  let padding = 0;
  while (padding < 2 && end > 0 && text[end - 1] === '=') {
    end--;
    padding++;
    while (end > 0 && asciiWhitespace.test(text[end - 1])) end--;
  }
  let digits = '';
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (base64Digit.test(char)) digits += char;
    else if (!asciiWhitespace.test(char)) throw invalidCharacterError('Invalid character');
  }
  if (digits.length === 0 && padding > 0) throw invalidCharacterError('Invalid character');
  const rest = digits.length % 4;
  if (rest === 1) throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  if (padding > 0 && (rest === 0 || rest + padding !== 4)) throw invalidCharacterError('Invalid character');
  const bytes = new Uint8Array((digits.length * 3) >>> 2);
  encodings.write(bytes, digits, 0, bytes.length, 'base64');
  return encodings.decode(bytes, 0, bytes.length, 'latin1');
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  enumerable: true,
  configurable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
