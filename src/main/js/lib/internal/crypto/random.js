'use strict';
// crypto.randomBytes, randomFill(Sync), randomInt and randomUUID over the JDK's SecureRandom,
// with Node 20's argument rules. Callback forms deliver on a later loop turn (setImmediate), as
// Node's thread-pool work does.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateNumber, validateObject } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/buffer/types');

const binding = internalBinding('crypto');

const kMaxPossibleLength = 2 ** 31 - 1;
// Random bytes are fetched in slices of at most this many, so a huge request stays bounded.
const kChunk = 1 << 20;

let BufferModule;
function lazyBuffer() {
  BufferModule ??= require('buffer');
  return BufferModule.Buffer;
}

function later(fn) {
  require('timers').setImmediate(fn);
}

// Small requests are served from a pool of random bytes fetched in one crossing; each byte of
// the pool is handed out once.
const kPoolSize = 4096;
const kPooledMax = 256;
let pool = null;
let poolOffset = kPoolSize;

// Fills `length` bytes of `arrayBuffer` from `offset` with random bytes.
function fillRandom(arrayBuffer, offset, length) {
  if (length <= kPooledMax) {
    if (poolOffset + length > kPoolSize) {
      pool = new Uint8Array(binding.randomBytes(kPoolSize)).slice();
      poolOffset = 0;
    }
    new Uint8Array(arrayBuffer, offset, length).set(pool.subarray(poolOffset, poolOffset + length));
    pool.fill(0, poolOffset, poolOffset + length);
    poolOffset += length;
    return;
  }
  for (let done = 0; done < length;) {
    const size = Math.min(kChunk, length - done);
    new Uint8Array(arrayBuffer, offset + done, size).set(new Uint8Array(binding.randomBytes(size)));
    done += size;
  }
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const Buffer = lazyBuffer();
  const buffer = Buffer.alloc(size);
  fillRandom(buffer.buffer, buffer.byteOffset, size);
  if (callback === undefined) return buffer;
  later(() => callback(null, buffer));
}

function validateTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// The target's bytes: [arrayBuffer, byteOffset] of the view or of the ArrayBuffer itself.
function bytesOf(buf) {
  return ArrayBuffer.isView(buf) ? [buf.buffer, buf.byteOffset] : [buf, 0];
}

function randomFillSync(buf, offset = 0, size) {
  validateTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  const [arrayBuffer, base] = bytesOf(buf);
  fillRandom(arrayBuffer, base + offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) {
      size = buf.byteLength - offset;
    } else {
      size = assertSize(size, elementSize, offset, buf.byteLength);
    }
  }
  const [arrayBuffer, base] = bytesOf(buf);
  if (size > 0) fillRandom(arrayBuffer, base + offset, size);
  later(() => callback(null, buf));
}

// ---- randomInt: uniform integers from 48-bit random values, by rejection ----

const RAND_MAX = 0xFFFF_FFFF_FFFF;
const kIntCacheSize = 6 * 1024;
let intCache = null;
let intCacheOffset = kIntCacheSize;

function next48Bits() {
  if (intCacheOffset >= kIntCacheSize) {
    intCache = new Uint8Array(binding.randomBytes(kIntCacheSize)).slice();
    intCacheOffset = 0;
  }
  const b = intCache;
  const at = intCacheOffset;
  intCacheOffset += 6;
  return (b[at] * 2 ** 40) + (b[at + 1] * 2 ** 32) + (b[at + 2] * 2 ** 24) + (b[at + 3] << 16 >>> 0) +
    (b[at + 4] << 8) + b[at + 5];
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // The largest multiple of `range` that 48 bits can hold: values at or above it would bias.
  const limit = RAND_MAX - (RAND_MAX % range);
  let value;
  do {
    value = next48Bits();
  } while (value >= limit);
  const result = min + (value % range);
  if (isSync) return result;
  process.nextTick(callback, undefined, result);
}

// ---- randomUUID: version 4, from a cache of 128 UUIDs' worth of random bytes ----

const kUUIDBatch = 128;
let uuidCache = null;
let uuidOffset = kUUIDBatch * 16;
const hexByte = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function uuidFrom(b, at) {
  const h = hexByte;
  return `${h[b[at]]}${h[b[at + 1]]}${h[b[at + 2]]}${h[b[at + 3]]}-${h[b[at + 4]]}${h[b[at + 5]]}-` +
    `${h[(b[at + 6] & 0x0f) | 0x40]}${h[b[at + 7]]}-${h[(b[at + 8] & 0x3f) | 0x80]}${h[b[at + 9]]}-` +
    `${h[b[at + 10]]}${h[b[at + 11]]}${h[b[at + 12]]}${h[b[at + 13]]}${h[b[at + 14]]}${h[b[at + 15]]}`;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) return uuidFrom(new Uint8Array(binding.randomBytes(16)).slice(), 0);
  if (uuidOffset >= kUUIDBatch * 16) {
    uuidCache = new Uint8Array(binding.randomBytes(kUUIDBatch * 16)).slice();
    uuidOffset = 0;
  }
  const text = uuidFrom(uuidCache, uuidOffset);
  uuidOffset += 16;
  return text;
}

// For getRandomValues: fills a whole typed array.
function fillTypedArray(view) {
  if (view.byteLength > 0) fillRandom(view.buffer, view.byteOffset, view.byteLength);
  return view;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, fillTypedArray };
