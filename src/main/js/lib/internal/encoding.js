'use strict';
// TextEncoder and TextDecoder as Node 20 has them, replacing GraalJS's own (which knows only the
// UTF encodings, throws other errors and prints differently).
//
// TextDecoder knows Node's labels and decodes utf-8, utf-16le, utf-16be, the latin1 family
// (every windows-1252 label: Node 20 decodes those as ISO-8859-1) and the single-byte legacy
// encodings. The multi-byte legacy ones (gbk, gb18030, big5, euc-jp, iso-2022-jp, shift_jis,
// euc-kr) are recognised but not decoded here: constructing a decoder for one throws Node's
// ERR_ENCODING_NOT_SUPPORTED. Decoding follows the WHATWG Encoding standard: each maximal
// ill-formed UTF-8 subsequence becomes one U+FFFD, `stream` keeps an incomplete character for the
// next call, and the BOM is dropped once at the start of each stream unless `ignoreBOM`.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  makeNodeError,
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const encodings = require('internal/buffer/encodings');
const { types: { typedArrayTagOf, isAnyArrayBuffer } } = require('internal/util/inspect');
const { singleByteTable } = require('internal/encoding/single_byte');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectModule;
function inspect(value, options) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

// Node's labels, by the encoding they name.
const labelsByEncoding = {
  'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8',
  'ibm866': '866 cp866 csibm866 ibm866',
  'iso-8859-2': 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-3': 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3',
  'iso-8859-4': 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4',
  'iso-8859-5': 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 ' +
    'iso_8859-5:1988',
  'iso-8859-6': 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
    'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-7': 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
    'iso_8859-7 iso_8859-7:1987 sun_eu_greek',
  'iso-8859-8': 'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
    'iso_8859-8 iso_8859-8:1988 visual',
  'iso-8859-8-i': 'csiso88598i iso-8859-8-i logical',
  'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6',
  'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
  'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
  'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9',
  'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
  'koi8-u': 'koi8-ru koi8-u',
  'macintosh': 'csmacintosh mac macintosh x-mac-roman',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
  'windows-1250': 'cp1250 windows-1250 x-cp1250',
  'windows-1251': 'cp1251 windows-1251 x-cp1251',
  'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
    'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1253': 'cp1253 windows-1253 x-cp1253',
  'windows-1254': 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 ' +
    'l5 latin5 windows-1254 x-cp1254',
  'windows-1255': 'cp1255 windows-1255 x-cp1255',
  'windows-1256': 'cp1256 windows-1256 x-cp1256',
  'windows-1257': 'cp1257 windows-1257 x-cp1257',
  'windows-1258': 'cp1258 windows-1258 x-cp1258',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  'gbk': 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk',
  'gb18030': 'gb18030',
  'big5': 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  'shift_jis': 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis',
  'euc-kr': 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ' +
    'ksc_5601 windows-949',
  'utf-16be': 'unicodefffe utf-16be',
  'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le',
};

const encodingOfLabel = new Map();
for (const [encoding, labels] of Object.entries(labelsByEncoding)) {
  for (const label of labels.split(' ')) encodingOfLabel.set(label, encoding);
}

const multiByteLegacy = new Set(['gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

function encodingNotSupported(label) {
  const error = makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
  return error;
}

function invalidEncodedData(encoding) {
  return makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    `The encoded data was not valid for encoding ${encoding}`);
}

// ---------------------------------------------------------------------------------------------
// TextEncoder

function isUint8Array(value) {
  return typedArrayTagOf(value) === 'Uint8Array';
}

// Own keys Node's instances have (they make an instance nested too deep print as "[TextEncoder]").
const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kFatal = Symbol('kFatal');
const kUTF8FastPath = Symbol('kUTF8FastPath');
const kLatin1FastPath = Symbol('kLatin1FastPath');
const kHandle = Symbol('handle');
const kFlagFatal = 2;
const kFlagIgnoreBOM = 4;

class TextEncoder {
  #brand = true;

  constructor() {
    this[kEncoder] = true;
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#brand in value)) throw new ERR_INVALID_THIS('TextEncoder');
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    const text = `${input}`;
    const bytes = new Uint8Array(encodings.byteLength(text, 'utf8'));
    encodings.write(bytes, text, 0, bytes.length, 'utf8');
    return bytes;
  }

  // Whole characters only; `read` counts UTF-16 code units, two for a character past U+FFFF.
  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = encodings.write(dest, src, 0, dest.length, 'utf8');
    let read = 0;
    for (let i = 0; i < written; i++) {
      const byte = dest[i];
      if ((byte & 0xc0) !== 0x80) read += byte >= 0xf0 ? 2 : 1;
    }
    return { read, written };
  }

  [customInspectSymbol](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: 'utf-8' }, { ...options, depth: options.depth === null ? null : options.depth - 1 });
  }
}

for (const key of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, key, { enumerable: true });
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------------------------
// TextDecoder

// Node words this error differently on each of its decoding paths.
function invalidInput(encoding) {
  let message;
  if (encoding === 'utf-8') {
    message = 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  } else if (encoding === 'windows-1252') {
    message = 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.';
  } else {
    message = 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.';
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', message);
}

function bytesOf(input, encoding) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw invalidInput(encoding);
}

function concatBytes(first, second) {
  if (first === null || first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}

// Where an unfinished but so far valid UTF-8 character starts at the end of bytes[0..end), or
// `end` when the bytes end on a character boundary (or on something invalid anyway).
function utf8IncompleteTail(bytes, end) {
  for (let lead = end - 1; lead >= 0 && lead >= end - 3; lead--) {
    const byte = bytes[lead];
    if ((byte & 0xc0) === 0x80) continue;
    let length = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    }
    if (length <= end - lead) return end;
    for (let i = lead + 1; i < end; i++) {
      if (bytes[i] < lower || bytes[i] > upper) return end;
      lower = 0x80;
      upper = 0xbf;
    }
    return lead;
  }
  return end;
}

function decodeUtf16(bytes, end, bigEndian) {
  const count = end >>> 1;
  let text = '';
  const chunk = new Uint16Array(Math.min(count, 8192));
  for (let start = 0; start < count; start += chunk.length) {
    const length = Math.min(chunk.length, count - start);
    for (let i = 0; i < length; i++) {
      const at = 2 * (start + i);
      chunk[i] = bigEndian ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8);
    }
    text += String.fromCharCode.apply(null, length === chunk.length ? chunk : chunk.subarray(0, length));
  }
  return text;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // Stream state: bytes of an unfinished character, and whether the stream's start is behind us.
  #pending = null;
  #started = false;

  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const canonical = encodingOfLabel.get(label.trim().toLowerCase());
    if (canonical === undefined || multiByteLegacy.has(canonical)) throw encodingNotSupported(label);
    this.#encoding = canonical;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this[kDecoder] = true;
    this[kFlags] = (this.#fatal ? kFlagFatal : 0) | (this.#ignoreBOM ? kFlagIgnoreBOM : 0);
    this[kEncoding] = canonical;
    this[kIgnoreBOM] = this.#ignoreBOM;
    this[kFatal] = this.#fatal;
    this[kUTF8FastPath] = canonical === 'utf-8' && !this.#fatal;
    this[kLatin1FastPath] = canonical === 'windows-1252';
    this[kHandle] = undefined;
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#encoding in value)) throw new ERR_INVALID_THIS('TextDecoder');
  }

  decode(input = undefined, options = {}) {
    TextDecoder.#check(this);
    const stream = Boolean(options?.stream);
    const encoding = this.#encoding;
    let bytes = bytesOf(input, encoding);
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }
    let text;
    try {
      text = this.#decodeBytes(bytes, stream);
    } catch (error) {
      this.#reset();
      throw error;
    }
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff && !this.#ignoreBOM && encoding.startsWith('utf-')) text = text.slice(1);
    }
    if (!stream) this.#reset();
    return text;
  }

  #reset() {
    this.#pending = null;
    this.#started = false;
  }

  #decodeBytes(bytes, stream) {
    const encoding = this.#encoding;
    switch (encoding) {
      case 'utf-8': {
        const end = stream ? utf8IncompleteTail(bytes, bytes.length) : bytes.length;
        if (end < bytes.length) this.#pending = bytes.slice(end);
        if (this.#fatal && !encodings.isWellFormedUtf8(bytes, 0, end)) throw invalidEncodedData(encoding);
        return encodings.decode(bytes, 0, end, 'utf8');
      }
      case 'utf-16le':
      case 'utf-16be': {
        const bigEndian = encoding === 'utf-16be';
        let end = bytes.length & ~1;
        if (stream) {
          // A high surrogate at the end waits for its pair.
          if (end >= 2) {
            const last = bigEndian ? (bytes[end - 2] << 8) | bytes[end - 1] : bytes[end - 2] | (bytes[end - 1] << 8);
            if (last >= 0xd800 && last <= 0xdbff) end -= 2;
          }
          if (end < bytes.length) this.#pending = bytes.slice(end);
        }
        let text = decodeUtf16(bytes, end, bigEndian);
        if (!text.isWellFormed()) {
          if (this.#fatal) throw invalidEncodedData(encoding);
          text = text.toWellFormed();
        }
        if (!stream && end < bytes.length) {
          if (this.#fatal) throw invalidEncodedData(encoding);
          text += '\ufffd';
        }
        return text;
      }
      case 'windows-1252':
        return encodings.decode(bytes, 0, bytes.length, 'latin1');
      default: {
        const table = singleByteTable(encoding);
        const units = new Uint16Array(bytes.length);
        for (let i = 0; i < bytes.length; i++) {
          const unit = table[bytes[i]];
          if (unit === 0xfffd && this.#fatal) throw invalidEncodedData(encoding);
          units[i] = unit;
        }
        let text = '';
        for (let start = 0; start < units.length; start += 8192) {
          text += String.fromCharCode.apply(null, units.subarray(start, start + 8192));
        }
        return text;
      }
    }
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  [customInspectSymbol](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    if (options?.showHidden) {
      shown[kFlags] = this[kFlags];
      shown[kHandle] = this[kHandle];
    }
    return `${this.constructor.name} ${inspect(shown)}`;
  }
}

for (const key of ['decode', 'encoding', 'fatal', 'ignoreBOM']) {
  Object.defineProperty(TextDecoder.prototype, key, { enumerable: true });
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', writable: false, enumerable: false, configurable: true,
});

module.exports = { TextEncoder, TextDecoder };
