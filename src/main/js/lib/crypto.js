'use strict';
// Node 20's `crypto` module, the part datagraal implements over the JDK's security providers:
// random values (randomBytes, randomFill, randomInt, randomUUID, getRandomValues), hashes and
// HMACs (createHash, createHmac, hash, getHashes) and timingSafeEqual. Ciphers, signatures, key
// objects, key derivation and SubtleCrypto are not implemented and are absent, not stubbed.

const { isAnyArrayBuffer } = require('internal/buffer/types');
const { randomBytes, randomFill, randomFillSync, randomInt, randomUUID } = require('internal/crypto/random');
const { Hash, Hmac, hash, getHashes } = require('internal/crypto/hash');
const webcrypto = require('internal/crypto/webcrypto');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function bytesView(value) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

// Compares every byte whatever the first difference, so the time does not reveal where it is.
function timingSafeEqual(buf1, buf2) {
  for (const [value, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!isAnyArrayBuffer(value) && !ArrayBuffer.isView(value)) {
      const error = new TypeError(
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
  }
  const a = bytesView(buf1);
  const b = bytesView(buf2);
  if (a.byteLength !== b.byteLength) {
    const error = new RangeError('Input buffers must have the same byte length');
    error.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
    throw error;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

// Node's takes no declared parameters.
Object.defineProperty(timingSafeEqual, 'length', { value: 0 });

function getRandomValues(array) {
  return webcrypto.crypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  hash,
  Hash,
  Hmac,
};

Object.defineProperties(module.exports, {
  webcrypto: { get() { return webcrypto.crypto; }, enumerable: true, configurable: false },
  getRandomValues: { get() { return getRandomValues; }, enumerable: true, configurable: false },
});

// Old names of randomBytes: hidden accessors; assigning one replaces it with a plain property.
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, name, {
    get() { return randomBytes; },
    set(value) {
      Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: false,
    configurable: true,
  });
}
