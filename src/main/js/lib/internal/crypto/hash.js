'use strict';
// crypto.Hash, Hmac and hash() over the JDK's message digests (the `crypto` binding). Node's
// algorithm names and aliases resolve here to the binding's canonical names. Node's Hash and Hmac
// are also streams (LazyTransform); datagraal has no stream module yet, so they are not.

const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/buffer/types');
const { lookupEncoding } = require('internal/buffer/encodings');

const binding = internalBinding('crypto');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

let BufferModule;
function lazyBuffer() {
  BufferModule ??= require('buffer');
  return BufferModule.Buffer;
}

// Lower-cased Node (OpenSSL) names -> the binding's canonical names.
const canonicalNames = new Map();
function aliases(canonical, ...names) {
  for (const name of [canonical, ...names]) canonicalNames.set(name.toLowerCase(), canonical);
}
aliases('md5', 'RSA-MD5', 'md5WithRSAEncryption', 'ssl3-md5', '1.2.840.113549.2.5');
aliases('sha1', 'SHA-1', 'RSA-SHA1', 'RSA-SHA1-2', 'sha1WithRSAEncryption', 'ssl3-sha1', '1.3.14.3.2.26');
aliases('sha224', 'SHA-224', 'SHA2-224', 'RSA-SHA224', 'sha224WithRSAEncryption', '2.16.840.1.101.3.4.2.4');
aliases('sha256', 'SHA-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption', '2.16.840.1.101.3.4.2.1');
aliases('sha384', 'SHA-384', 'SHA2-384', 'RSA-SHA384', 'sha384WithRSAEncryption', '2.16.840.1.101.3.4.2.2');
aliases('sha512', 'SHA-512', 'SHA2-512', 'RSA-SHA512', 'sha512WithRSAEncryption', '2.16.840.1.101.3.4.2.3');
aliases('sha512-224', 'SHA-512/224', 'SHA2-512/224', 'RSA-SHA512/224', 'sha512-224WithRSAEncryption',
  '2.16.840.1.101.3.4.2.5');
aliases('sha512-256', 'SHA-512/256', 'SHA2-512/256', 'RSA-SHA512/256', 'sha512-256WithRSAEncryption',
  '2.16.840.1.101.3.4.2.6');
aliases('sha3-224', 'RSA-SHA3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-224', '2.16.840.1.101.3.4.2.7');
aliases('sha3-256', 'RSA-SHA3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-256', '2.16.840.1.101.3.4.2.8');
aliases('sha3-384', 'RSA-SHA3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-384', '2.16.840.1.101.3.4.2.9');
aliases('sha3-512', 'RSA-SHA3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-512', '2.16.840.1.101.3.4.2.10');
aliases('md5-sha1');

// Node's getHashes() list, in its order; getHashes() returns the ones this JVM can compute.
const nodeHashNames = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA3-224',
  'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512', 'RSA-SHA512/224',
  'RSA-SHA512/256', 'RSA-SM3', 'blake2b512', 'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption', 'ripemd', 'ripemd160',
  'ripemd160WithRSA', 'rmd160', 'sha1', 'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption',
  'sha256', 'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
  'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3',
  'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1',
];

function getHashes() {
  return nodeHashNames.filter((name) => {
    const canonical = canonicalNames.get(name.toLowerCase());
    return canonical !== undefined && binding.supports(canonical);
  });
}

// A new Java digest for a Node algorithm name, or null.
function javaHash(algorithm) {
  const canonical = canonicalNames.get(algorithm.toLowerCase());
  return canonical === undefined ? null : binding.createHash(canonical);
}

// What Node's kHandle holds prints as `Hash {}` / `Hmac {}`; the Java digest stays private.
const javaDigests = new WeakMap();
const HashHandle = class Hash {};
const HmacHandle = class Hmac {};
function makeHandle(Handle, digest) {
  const handle = new Handle();
  javaDigests.set(handle, digest);
  return handle;
}

function canonicalEncoding(encoding) {
  return typeof encoding === 'string' ? lookupEncoding(encoding) : undefined;
}

function feed(digest, data, encoding) {
  if (typeof data === 'string') {
    const canonical = canonicalEncoding(encoding);
    if (canonical === undefined || canonical === 'utf8') {
      digest.updateUtf8(data);
    } else {
      const bytes = lazyBuffer().from(data, canonical);
      digest.update(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
  } else {
    digest.update(data.buffer, data.byteOffset, data.byteLength);
  }
}

// Node rejects odd-length hex input before hashing it.
function checkData(data, encoding) {
  if (typeof data === 'string') {
    if (canonicalEncoding(encoding) === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// The digest's result in `outputEncoding`: text for Node's encodings, else a Buffer. The
// binding writes hex/base64/base64url/latin1 itself, sparing a Buffer on the common path.
function output(digest, outputEncoding) {
  const canonical = canonicalEncoding(outputEncoding);
  if (canonical !== undefined) {
    const text = digest.digestString(canonical);
    if (text != null) return text;
  }
  const result = lazyBuffer().from(new Uint8Array(digest.digest()));
  return canonical === undefined ? result : result.toString(canonical);
}

function osslError(code, library, reason, hexCode) {
  const error = new Error(`error:${hexCode}:${library}::${reason}`);
  error.library = library;
  error.reason = reason;
  error.code = code;
  return error;
}

function checkOutputLength(options, digest) {
  const length = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (length === undefined) return;
  validateUint32(length, 'options.outputLength');
  if (length !== digest.digestLength()) {
    throw osslError('ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH', 'digital envelope routines',
      'not XOF or invalid length', '030000B2');
  }
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let digest;
  if (algorithm instanceof HashHandle) {
    digest = javaDigests.get(algorithm).copy();
  } else {
    validateString(algorithm, 'algorithm');
    const length = options !== null && typeof options === 'object' ? options.outputLength : undefined;
    if (length !== undefined) validateUint32(length, 'options.outputLength');
    digest = javaHash(algorithm);
    if (digest == null) throw new Error('Digest method not supported');
  }
  checkOutputLength(options, digest);
  this._options = options;
  this[kHandle] = makeHandle(HashHandle, digest);
  this[kState] = { [kFinalized]: false };
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  checkData(data, encoding);
  feed(javaDigests.get(this[kHandle]), data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  return output(javaDigests.get(this[kHandle]), outputEncoding);
};

// The key's bytes as a Uint8Array view; strings are decoded with `encoding` (utf8 by default).
function secretKeyBytes(key, encoding) {
  if (typeof key === 'string') {
    return lazyBuffer().from(key, encoding === 'buffer' || encoding === undefined ? 'utf8' : encoding);
  }
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  throw new ERR_INVALID_ARG_TYPE('key',
    ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object' && options.encoding !== undefined) {
    encoding = options.encoding;
    validateString(encoding, 'options.encoding');
  }
  const keyBytes = secretKeyBytes(key, encoding);
  const canonical = canonicalNames.get(hmac.toLowerCase());
  const digest = canonical === undefined ? null :
    binding.createHmac(canonical, keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  if (digest == null) {
    const error = new TypeError(`Invalid digest: ${hmac}`);
    error.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw error;
  }
  this._options = options;
  this[kHandle] = makeHandle(HmacHandle, digest);
  this[kState] = { [kFinalized]: false };
}

Hmac.prototype.update = Hash.prototype.update;

// A second digest() yields an empty result, as in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const canonical = canonicalEncoding(outputEncoding);
    return canonical === undefined ? lazyBuffer().alloc(0) : '';
  }
  state[kFinalized] = true;
  return output(javaDigests.get(this[kHandle]), outputEncoding);
};

// crypto.hash(algorithm, input[, outputEncoding]): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let canonicalOutput;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    canonicalOutput = lookupEncoding(outputEncoding);
    if (canonicalOutput === undefined) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const digest = javaHash(algorithm);
  if (digest == null) throw new Error(`Digest method ${algorithm} is not supported`);
  feed(digest, input, 'utf8');
  return output(digest, canonicalOutput);
}

module.exports = { Hash, Hmac, hash, getHashes };
