'use strict';
// The byte work behind every Buffer encoding, kept behind four functions:
//   lookupEncoding(name)                          -> canonical name or undefined
//   byteLength(text, encoding)                    -> bytes Buffer.byteLength reports
//   write(bytes, text, offset, maxLength, encoding) -> bytes written
//   decode(bytes, start, end, encoding)           -> string
// Canonical names: utf8, utf16le, latin1, ascii, base64, base64url, hex.
//
// Where the work happens, fastest first:
// - utf8 both ways: the engine's own UTF-8 codec (internal/buffer/engine_utf8), Java code inside
//   GraalJS that reads and writes the typed arrays directly.
// - bytes -> text for the other encodings, from JAVA_DECODE_MIN_BYTES bytes on: the Java binding
//   internalBinding('buffer'), which copies the bytes out in one block and builds the string with
//   the JDK's codecs. Below that, the fixed cost of calling out to Java outweighs the gain.
// - everything else here in JS, leaning on native builtins where they help:
//   String.fromCharCode.apply for bytes -> latin1 text.

const engineUtf8 = require('internal/buffer/engine_utf8');
const binding = internalBinding('buffer');

// Encoding numbers, as BufferBinding.java numbers them.
const bindingEncodings = { latin1: 1, ascii: 2, utf16le: 3, base64: 4, base64url: 5, hex: 6 };
// From how many bytes Java decodes (measured with bench/micro/buffer-and-emit.js): JS builds hex
// and base64 text piece by piece, latin1 and utf16le text in one native call.
const JAVA_DECODE_MIN_BYTES = { latin1: 256, ascii: 256, utf16le: 256, base64: 64, base64url: 64, hex: 64 };

const encodingByName = new Map([
  ['utf8', 'utf8'], ['utf-8', 'utf8'],
  ['ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['utf16le', 'utf16le'], ['utf-16le', 'utf16le'],
  ['latin1', 'latin1'], ['binary', 'latin1'],
  ['ascii', 'ascii'],
  ['base64', 'base64'], ['base64url', 'base64url'],
  ['hex', 'hex'],
]);

// Node converts the name with `+ ''` (valueOf first) and compares case-insensitively.
function lookupEncoding(name) {
  const text = name + '';
  return encodingByName.get(text) ?? encodingByName.get(text.toLowerCase());
}

// ---- latin1: one byte per UTF-16 code unit ----

// fromCharCode.apply takes every byte as an argument, so long ranges go in chunks.
const APPLY_CHUNK = 8192;

function latin1Decode(bytes, start, end) {
  const { buffer, byteOffset } = bytes;
  if (end - start <= APPLY_CHUNK) {
    return String.fromCharCode.apply(null, new Uint8Array(buffer, byteOffset + start, end - start));
  }
  let text = '';
  for (let chunkStart = start; chunkStart < end; chunkStart += APPLY_CHUNK) {
    const chunkLength = Math.min(APPLY_CHUNK, end - chunkStart);
    text += String.fromCharCode.apply(null, new Uint8Array(buffer, byteOffset + chunkStart, chunkLength));
  }
  return text;
}

// Stores each code unit's low byte, as V8's WriteOneByte does.
function latin1Write(bytes, text, offset, maxLength) {
  const count = Math.min(text.length, maxLength);
  for (let i = 0; i < count; i++) bytes[offset + i] = text.charCodeAt(i);
  return count;
}

// Node's ascii decoding clears the high bit of every byte.
function asciiDecode(bytes, start, end) {
  const text = latin1Decode(bytes, start, end);
  if (!/[\x80-\xff]/.test(text)) return text;
  const masked = new Uint8Array(end - start);
  for (let i = 0; i < masked.length; i++) masked[i] = bytes[start + i] & 0x7f;
  return latin1Decode(masked, 0, masked.length);
}

// ---- utf8 ----

// Characters measured per call of the engine's encoder: its scratch space holds them at the
// worst case of 3 bytes each (a surrogate pair is 4 bytes for 2 characters).
const MEASURE_CHUNK = 8192;
const measureScratch = new Uint8Array(3 * MEASURE_CHUNK);

function utf8ByteLength(text) {
  const length = text.length;
  if (length <= MEASURE_CHUNK) return engineUtf8.encodeInto(text, measureScratch);
  let total = 0;
  for (let start = 0; start < length;) {
    let end = Math.min(start + MEASURE_CHUNK, length);
    // A surrogate pair is measured in one piece.
    if (end < length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end--;
    total += engineUtf8.encodeInto(text.slice(start, end), measureScratch);
    start = end;
  }
  return total;
}

// Writes whole characters only: a character that does not fit is left out entirely.
function utf8Write(bytes, text, offset, maxLength) {
  const target = offset === 0 && maxLength === bytes.length ?
    bytes : new Uint8Array(bytes.buffer, bytes.byteOffset + offset, maxLength);
  return engineUtf8.encodeInto(text, target);
}

function utf8Decode(bytes, start, end) {
  const view = start === 0 && end === bytes.length ?
    bytes : new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
  return engineUtf8.decode(view);
}

// ---- utf16le ----

const hostIsLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function utf16leDecode(bytes, start, end) {
  const unitCount = (end - start) >>> 1;
  if (unitCount === 0) return '';
  let units;
  const byteStart = bytes.byteOffset + start;
  if (hostIsLittleEndian && byteStart % 2 === 0) {
    units = new Uint16Array(bytes.buffer, byteStart, unitCount);
  } else {
    units = new Uint16Array(unitCount);
    for (let i = 0; i < unitCount; i++) units[i] = bytes[start + 2 * i] | (bytes[start + 2 * i + 1] << 8);
  }
  let text = '';
  for (let chunkStart = 0; chunkStart < unitCount; chunkStart += APPLY_CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(chunkStart, chunkStart + APPLY_CHUNK));
  }
  return text;
}

// Writes whole code units only; lone surrogates are kept as they are.
function utf16leWrite(bytes, text, offset, maxLength) {
  const unitCount = Math.min(text.length, maxLength >>> 1);
  for (let i = 0; i < unitCount; i++) {
    const unit = text.charCodeAt(i);
    bytes[offset + 2 * i] = unit;
    bytes[offset + 2 * i + 1] = unit >>> 8;
  }
  return unitCount * 2;
}

// ---- hex ----

// Tables are built on first use: a loop run at start-up is compiled by the JIT on the core the
// program needs, and most programs never encode hex or base64.
let hexPairs;
function makeHexPairs() {
  const pairs = [];
  for (let value = 0; value < 256; value++) pairs.push(value.toString(16).padStart(2, '0'));
  return pairs;
}

// Digit value + 1 of a char code's low byte (Node reads two-byte strings truncated to 8 bits),
// 0 for a non-digit: a zeroed array needs no fill(-1), whose 256-step loop the JIT compiled at
// every start.
const hexDigitValuesPlusOne = new Int8Array(256);
for (let digit = 0; digit < 16; digit++) {
  const lower = digit.toString(16);
  hexDigitValuesPlusOne[lower.charCodeAt(0)] = digit + 1;
  hexDigitValuesPlusOne[lower.toUpperCase().charCodeAt(0)] = digit + 1;
}

function hexDecode(bytes, start, end) {
  const pairs = (hexPairs ??= makeHexPairs());
  let text = '';
  for (let i = start; i < end; i++) text += pairs[bytes[i]];
  return text;
}

// Stops at the first pair that is not two hex digits, and ignores an odd last digit.
function hexWrite(bytes, text, offset, maxLength) {
  const pairCount = Math.min(text.length >>> 1, maxLength);
  for (let i = 0; i < pairCount; i++) {
    const high = hexDigitValuesPlusOne[text.charCodeAt(2 * i) & 0xff] - 1;
    const low = hexDigitValuesPlusOne[text.charCodeAt(2 * i + 1) & 0xff] - 1;
    if (high < 0 || low < 0) return i;
    bytes[offset + i] = (high << 4) | low;
  }
  return pairCount;
}

// ---- base64 / base64url ----

const base64Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Two output characters per 12 input bits, so a 3-byte group costs two lookups.
function makeSextetPairs(alphabet) {
  const pairs = new Array(4096);
  for (let i = 0; i < 4096; i++) pairs[i] = alphabet[i >> 6] + alphabet[i & 63];
  return pairs;
}
let base64SextetPairs;
let base64urlSextetPairs;

function base64Encode(bytes, start, end, url) {
  const pairs = url
    ? (base64urlSextetPairs ??= makeSextetPairs(base64urlAlphabet))
    : (base64SextetPairs ??= makeSextetPairs(base64Alphabet));
  const alphabet = url ? base64urlAlphabet : base64Alphabet;
  let text = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    text += pairs[group >>> 12] + pairs[group & 0xfff];
  }
  const rest = end - i;
  if (rest === 1) {
    const group = bytes[i] << 16;
    text += pairs[group >>> 12] + (url ? '' : '==');
  } else if (rest === 2) {
    const group = (bytes[i] << 16) | (bytes[i + 1] << 8);
    text += pairs[group >>> 12] + alphabet[(group >>> 6) & 63] + (url ? '' : '=');
  }
  return text;
}

// Both alphabets decode in both modes. Indexed by a char code's low byte (Node truncates
// two-byte strings); as for hex, the value + 1, and 0 marks a character that is skipped.
const base64DigitValuesPlusOne = new Int8Array(256);
for (let i = 0; i < 64; i++) {
  base64DigitValuesPlusOne[base64Alphabet.charCodeAt(i)] = i + 1;
  base64DigitValuesPlusOne[base64urlAlphabet.charCodeAt(i)] = i + 1;
}
const EQUALS_SIGN = 0x3d;

// Node's decoder: skips characters outside the alphabets, stops at the first '=', and turns a
// trailing group of 2 or 3 characters into 1 or 2 bytes.
function base64Write(bytes, text, offset, maxLength) {
  let written = 0;
  let accumulated = 0;
  let digitCount = 0;
  for (let i = 0; i < text.length && written < maxLength; i++) {
    const code = text.charCodeAt(i) & 0xff;
    const digit = base64DigitValuesPlusOne[code] - 1;
    if (digit < 0) {
      if (code === EQUALS_SIGN) break;
      continue;
    }
    accumulated = (accumulated << 6) | digit;
    digitCount++;
    // Every digit after the first of a group completes one more byte.
    if (digitCount === 2) {
      bytes[offset + written++] = accumulated >>> 4;
      accumulated &= 0xf;
    } else if (digitCount === 3) {
      bytes[offset + written++] = accumulated >>> 2;
      accumulated &= 0x3;
    } else if (digitCount === 4) {
      bytes[offset + written++] = accumulated;
      accumulated = 0;
      digitCount = 0;
    }
  }
  return written;
}

// Node's estimate: 3/4 of the length after up to two trailing '='.
function base64ByteLength(text) {
  let length = text.length;
  if (text.charCodeAt(length - 1) === EQUALS_SIGN) length--;
  if (length > 1 && text.charCodeAt(length - 1) === EQUALS_SIGN) length--;
  return (length * 3) >>> 2;
}

// ---- dispatch ----

function byteLength(text, encoding) {
  switch (encoding) {
    case 'utf8': return utf8ByteLength(text);
    case 'utf16le': return text.length * 2;
    case 'latin1':
    case 'ascii': return text.length;
    case 'base64':
    case 'base64url': return base64ByteLength(text);
    case 'hex': return text.length >>> 1;
  }
  throw new Error(`unreachable encoding ${encoding}`);
}

function write(bytes, text, offset, maxLength, encoding) {
  switch (encoding) {
    case 'utf8': return utf8Write(bytes, text, offset, maxLength);
    case 'utf16le': return utf16leWrite(bytes, text, offset, maxLength);
    case 'latin1':
    case 'ascii': return latin1Write(bytes, text, offset, maxLength);
    case 'base64':
    case 'base64url': return base64Write(bytes, text, offset, maxLength);
    case 'hex': return hexWrite(bytes, text, offset, maxLength);
  }
  throw new Error(`unreachable encoding ${encoding}`);
}

function decode(bytes, start, end, encoding) {
  if (start >= end) return '';
  if (encoding === 'utf8') return utf8Decode(bytes, start, end);
  if (end - start >= JAVA_DECODE_MIN_BYTES[encoding]) {
    return binding.decode(bytes.buffer, bytes.byteOffset + start, end - start, bindingEncodings[encoding]);
  }
  switch (encoding) {
    case 'utf16le': return utf16leDecode(bytes, start, end);
    case 'latin1': return latin1Decode(bytes, start, end);
    case 'ascii': return asciiDecode(bytes, start, end);
    case 'base64': return base64Encode(bytes, start, end, false);
    case 'base64url': return base64Encode(bytes, start, end, true);
    case 'hex': return hexDecode(bytes, start, end);
  }
  throw new Error(`unreachable encoding ${encoding}`);
}

// True when bytes[start..end) is well-formed UTF-8 (no overlongs, surrogates or > U+10FFFF).
function isWellFormedUtf8(bytes, start, end) {
  return engineUtf8.isWellFormed(new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start));
}

function isAsciiOnly(bytes, start, end) {
  return !/[\x80-\xff]/.test(latin1Decode(bytes, start, end));
}

module.exports = {
  lookupEncoding,
  byteLength,
  write,
  decode,
  isWellFormedUtf8,
  isAsciiOnly,
};
