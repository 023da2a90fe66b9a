'use strict';
// The Web Crypto object (globalThis.crypto, crypto.webcrypto) as far as datagraal goes:
// getRandomValues and randomUUID. SubtleCrypto is not implemented, so `subtle` is absent
// rather than an object whose methods would not work.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');
const { lazyDOMException } = require('internal/per_context/domexception');
const { isTypedArray } = require('internal/buffer/types');
const random = require('internal/crypto/random');

const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

let constructing = false;

class Crypto {
  constructor() {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const error = new TypeError(
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
      error.code = 'ERR_MISSING_ARGS';
      throw error;
    }
    const type = isTypedArray(array) ? typedArrayName.call(array) : undefined;
    if (type === undefined || type === 'Float32Array' || type === 'Float64Array') {
      throw lazyDOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    return random.fillTypedArray(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});
for (const name of ['getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}

constructing = true;
const crypto = new Crypto();
constructing = false;

module.exports = { Crypto, crypto };
