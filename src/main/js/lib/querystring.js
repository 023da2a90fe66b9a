'use strict';
// Node's querystring for datagraal: parse/decode and stringify/encode with custom separators,
// maxKeys and custom encoders, repeated keys as arrays, and escape/unescape/unescapeBuffer with
// Node's lenient decoding (malformed escapes are kept, bad UTF-8 becomes U+FFFD).

const { Buffer } = require('buffer');
const { makeNodeError } = require('internal/errors');

// Characters escape() leaves as they are (those encodeURIComponent keeps).
const unreserved = /[A-Za-z0-9\-._~!'()*]/;
const hex = '0123456789ABCDEF';

function invalidURI() {
  return makeNodeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      out += unreserved.test(c) ? c : `%${hex[code >> 4]}${hex[code & 15]}`;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      // As in Node, a high surrogate takes the low ten bits of whatever unit follows it.
      if (code >= 0xdc00 || i + 1 >= str.length) throw invalidURI();
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i + 1) & 0x3ff));
      i++;
    }
    const bytes = code < 0x800 ? [0xc0 | (code >> 6), 0x80 | (code & 63)]
      : code < 0x10000 ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]
        : [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    for (const b of bytes) out += `%${hex[b >> 4]}${hex[b & 15]}`;
  }
  return out;
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// The bytes of `s` with %XX decoded (and '+' as a space with decodeSpaces); other characters count
// as single bytes (their low eight bits), as Node does.
function unescapeBuffer(s, decodeSpaces) {
  s = `${s}`;
  const bytes = Buffer.allocUnsafe(s.length);
  let length = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x25 && i + 2 < s.length) {
      const high = hexValue(s.charCodeAt(i + 1));
      const low = hexValue(s.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes[length++] = high * 16 + low;
        i += 2;
        continue;
      }
    }
    bytes[length++] = code === 0x2b && decodeSpaces ? 0x20 : code & 0xff;
  }
  return bytes.subarray(0, length);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return module.exports.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      fields.push(value.map((item) => prefix + encode(stringifyPrimitive(item))).join(sep));
    } else {
      fields.push(prefix + encode(stringifyPrimitive(value)));
    }
  }
  return fields.join(sep);
}

function addPair(result, key, value) {
  if (Object.prototype.hasOwnProperty.call(result, key)) {
    const current = result[key];
    if (Array.isArray(current)) current.push(value);
    else result[key] = [current, value];
  } else {
    result[key] = value;
  }
}

function parse(qs, sep, eq, options) {
  const result = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return result;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  // The default unescape decodes only what has escapes; any other decoder (an option, or a
  // replaced querystring.unescape) sees every key and value.
  const decoder = options && typeof options.decodeURIComponent === 'function'
    ? options.decodeURIComponent : module.exports.unescape;
  const custom = decoder !== qsUnescape;
  const decode = (text) => {
    if (text.includes('+')) text = text.replace(/\+/g, '%20');
    if (!custom && !text.includes('%')) return text;
    try {
      return decoder(text);
    } catch {
      return module.exports.unescape(text, true);
    }
  };
  let start = 0;
  let segments = 0;
  while (start <= qs.length && segments < limit) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    const segment = qs.slice(start, end);
    segments++;
    if (segment.length > 0) {
      const at = segment.indexOf(eq);
      const key = at === -1 ? segment : segment.slice(0, at);
      const value = at === -1 ? '' : segment.slice(at + eq.length);
      addPair(result, decode(key), decode(value));
    }
    if (end === qs.length) break;
    start = end + sep.length;
  }
  return result;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
