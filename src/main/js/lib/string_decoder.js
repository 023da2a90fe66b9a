'use strict';
// Node 20's `string_decoder`: StringDecoder turns a stream of byte chunks into text without
// splitting a character (utf8, utf16le) or a base64 group across two results.
//
// Its state lives where Node keeps it and where util.inspect shows it: a 7-byte Buffer under
// Symbol(kNativeDecoder) holding the bytes of the unfinished character (0..3), how many bytes it
// still misses (4), how many it has (5) and the encoding's number (6). `lastChar` is a view of
// the first four bytes, which keep their old contents once the character is done.
//
// utf8 recognises a character's length from its first byte alone (C0..DF two bytes, E0..EF three,
// F0..F7 four), waits for that many continuation bytes, and lets the UTF-8 decoder replace what
// turns out to be ill-formed. A byte that is not a continuation ends the unfinished character
// early (it becomes U+FFFD) and starts anew. end() hands an unfinished utf8 character to the
// decoder (U+FFFD for each maximal ill-formed part), writes out a lone utf16le high surrogate,
// and pads the last base64 group.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const encodings = require('internal/buffer/encodings');

const kNativeDecoder = Symbol('kNativeDecoder');

// Offsets into the state buffer.
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Node's numbering of encodings (the value at kEncodingField).
const encodingNumbers = new Map([
  ['ascii', 0], ['utf8', 1], ['base64', 2], ['utf16le', 3], ['latin1', 4], ['hex', 5], ['base64url', 7],
]);

function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const normalized = encodings.lookupEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return normalized;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  const state = Buffer.alloc(kStateSize);
  state[kEncodingField] = encodingNumbers.get(this.encoding);
  this[kNativeDecoder] = state;
}

function bytesOf(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function decodeRange(bytes, start, end, encoding) {
  if (start >= end) return '';
  return encodings.decode(bytes, start, end, encoding);
}

function isContinuation(byte) {
  return (byte & 0xc0) === 0x80;
}

// Bytes a UTF-8 character starting with `lead` has, judged by the lead byte alone (1 for ASCII
// and for bytes that cannot start one).
function utf8CharLength(lead) {
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 1;
}

// How many bytes at the end of bytes[start..end) begin a character that is not complete yet, and
// how many it misses: [buffered, missing].
function incompleteTail(bytes, start, end, encoding) {
  const length = end - start;
  switch (encoding) {
    case 'utf8':
      for (let back = 1; back <= Math.min(4, length); back++) {
        const byte = bytes[end - back];
        if (isContinuation(byte)) continue;
        const charLength = utf8CharLength(byte);
        return charLength > back ? [back, charLength - back] : [0, 0];
      }
      return [0, 0];
    case 'utf16le':
      if (length % 2 === 1) return [1, 1];
      if (length >= 2) {
        const unit = bytes[end - 2] | (bytes[end - 1] << 8);
        if (unit >= 0xd800 && unit <= 0xdbff) return [2, 2];
      }
      return [0, 0];
    case 'base64':
    case 'base64url': {
      const rest = length % 3;
      return rest === 0 ? [0, 0] : [rest, 3 - rest];
    }
    default:
      return [0, 0];
  }
}

function decode(decoder, buf) {
  const state = decoder[kNativeDecoder];
  const encoding = decoder.encoding;
  const bytes = bytesOf(buf);
  let position = 0;
  let prefix = '';

  let missing = state[kMissingBytes];
  if (missing > 0) {
    let buffered = state[kBufferedBytes];
    let brokenOff = false;
    while (missing > 0 && position < bytes.length) {
      const byte = bytes[position];
      if (encoding === 'utf8' && !isContinuation(byte)) {
        // The unfinished character ends here; this byte starts the next one.
        brokenOff = true;
        break;
      }
      state[buffered++] = byte;
      missing--;
      position++;
    }
    if (missing > 0 && !brokenOff) {
      state[kMissingBytes] = missing;
      state[kBufferedBytes] = buffered;
      return '';
    }
    prefix = decodeRange(state, 0, buffered, encoding);
    state[kMissingBytes] = 0;
    state[kBufferedBytes] = 0;
  }

  const [buffered, needed] = incompleteTail(bytes, position, bytes.length, encoding);
  const bodyEnd = bytes.length - buffered;
  const body = decodeRange(bytes, position, bodyEnd, encoding);
  for (let i = 0; i < buffered; i++) state[i] = bytes[bodyEnd + i];
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = needed;
  return prefix + body;
}

function flush(decoder) {
  const state = decoder[kNativeDecoder];
  const buffered = state[kBufferedBytes];
  const missing = state[kMissingBytes];
  state[kBufferedBytes] = 0;
  state[kMissingBytes] = 0;
  if (buffered === 0 && missing === 0) return '';
  switch (decoder.encoding) {
    case 'utf8': return decodeRange(state, 0, buffered, 'utf8');
    case 'utf16le': return decodeRange(state, 0, buffered & ~1, 'utf16le');
    case 'base64':
    case 'base64url': return decodeRange(state, 0, buffered, decoder.encoding);
    default: return '';
  }
}

function validateBuffer(buf) {
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  validateBuffer(buf);
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this, buf);
};

StringDecoder.prototype.end = function end(buf) {
  let text = '';
  if (buf !== undefined) text = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0 || this[kNativeDecoder][kMissingBytes] > 0) {
    text += flush(this);
  }
  return text;
};

// Decodes buf from `offset` as a fresh start: whatever was left unfinished is dropped.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissingBytes);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
