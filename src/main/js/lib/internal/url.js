'use strict';
// The WHATWG URL Standard for datagraal (GraalJS has no URL class): the basic URL parser with its
// state overrides for the setters, host parsing (domains through internal/idna, IPv4 in all its
// legacy forms, IPv6), percent-encoding sets, serialisation, URLSearchParams with the
// application/x-www-form-urlencoded parser and serialiser, and Node's fileURLToPath and
// pathToFileURL. util.inspect shows URL and URLSearchParams as Node does.

const pathModule = require('path');
const idna = require('internal/idna');
const {
  codes: {
    ERR_INVALID_URL, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_ARG_NOT_ITERABLE, ERR_INVALID_TUPLE,
  },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFunction;
function inspect(value, options) {
  inspectFunction ??= require('internal/util/inspect').inspect;
  return inspectFunction(value, options);
}

// ---- strings ----

function toUSVString(value) {
  const text = `${value}`;
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const textEncoder = { encode: (text) => utf8Bytes(text) };

function utf8Bytes(text) {
  const bytes = [];
  for (const c of text) {
    let cp = c.codePointAt(0);
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) {
      bytes.push(cp);
    } else if (cp < 0x800) {
      bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    } else {
      bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  }
  return bytes;
}

// UTF-8 decoding with U+FFFD for each maximal ill-formed subsequence, as the Encoding Standard does.
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const next = bytes[j];
      if (next === undefined || next < lower || next > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (!ok) {
      out += '\uFFFD';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

const hexDigits = '0123456789ABCDEF';

function isHexDigit(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function percentDecodeBytes(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return out;
}

function percentDecodeString(text) {
  return percentDecodeBytes(utf8Bytes(text));
}

// ---- percent-encode sets (predicates over byte values) ----

function inC0ControlSet(b) {
  return b < 0x20 || b > 0x7e;
}
const fragmentExtra = new Set([0x20, 0x22, 0x3c, 0x3e, 0x60]);
const queryExtra = new Set([0x20, 0x22, 0x23, 0x3c, 0x3e]);
const pathExtra = new Set([0x3f, 0x60, 0x7b, 0x7d]);
const userinfoExtra = new Set([0x2f, 0x3a, 0x3b, 0x3d, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
const componentExtra = new Set([0x24, 0x25, 0x26, 0x2b, 0x2c]);
const formExtra = new Set([0x21, 0x27, 0x28, 0x29, 0x7e]);

const fragmentSet = (b) => inC0ControlSet(b) || fragmentExtra.has(b);
const querySet = (b) => inC0ControlSet(b) || queryExtra.has(b);
const specialQuerySet = (b) => querySet(b) || b === 0x27;
const pathSet = (b) => querySet(b) || pathExtra.has(b);
const userinfoSet = (b) => pathSet(b) || userinfoExtra.has(b);
const componentSet = (b) => userinfoSet(b) || componentExtra.has(b);
const formSet = (b) => componentSet(b) || formExtra.has(b);

function percentEncodeByte(b) {
  return `%${hexDigits[b >> 4]}${hexDigits[b & 15]}`;
}

// UTF-8 percent-encodes a string with the bytes `inSet` accepts.
function percentEncode(text, inSet, spaceAsPlus = false) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (spaceAsPlus && code === 0x20) out += '+';
      else out += inSet(code) ? percentEncodeByte(code) : text[i];
      continue;
    }
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && end < text.length) {
      const low = text.charCodeAt(end);
      if (low >= 0xdc00 && low <= 0xdfff) end++;
    }
    for (const b of utf8Bytes(text.slice(i, end))) out += inSet(b) ? percentEncodeByte(b) : String.fromCharCode(b);
    i = end - 1;
  }
  return out;
}

// ---- hosts ----

const forbiddenHostPattern = /[\u0000\u0009\u000A\u000D\u0020#/:<>?@[\\\]^|]/;
const forbiddenDomainPattern = /[\u0000-\u001F\u0020#%/:<>?@[\\\]^|\u007F]/;

function parseIPv4Number(text) {
  if (text === '') return NaN;
  let radix = 10;
  if (text.length >= 2 && (text.startsWith('0x') || text.startsWith('0X'))) {
    text = text.slice(2);
    radix = 16;
  } else if (text.length >= 2 && text[0] === '0') {
    text = text.slice(1);
    radix = 8;
  }
  if (text === '') return 0;
  const pattern = radix === 10 ? /^[0-9]+$/ : (radix === 16 ? /^[0-9A-Fa-f]+$/ : /^[0-7]+$/);
  if (!pattern.test(text)) return NaN;
  return parseInt(text, radix);
}

function endsInANumber(text) {
  const parts = text.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(text) {
  const parts = text.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = parts.map(parseIPv4Number);
  if (numbers.some(Number.isNaN)) return null;
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let address = last;
  for (let i = 0; i < numbers.length - 1; i++) address += numbers[i] * 256 ** (3 - i);
  const octets = [];
  for (let i = 3; i >= 0; i--) octets.push(Math.floor(address / 256 ** i) % 256);
  return octets.join('.');
}

function parseIPv6(text) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const at = (i) => text[i];
  const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
  if (at(pointer) === ':') {
    if (at(pointer + 1) !== ':') return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== undefined) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === ':') {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && at(pointer) !== undefined && isHexDigit(text.charCodeAt(pointer))) {
      value = value * 16 + parseInt(at(pointer), 16);
      pointer++;
      length++;
    }
    if (at(pointer) === '.') {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(pointer) !== undefined) {
        let piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === '.' && numbersSeen < 4) pointer++;
          else return null;
        }
        if (!isDigit(at(pointer))) return null;
        while (isDigit(at(pointer))) {
          const number = Number(at(pointer));
          if (piece === null) piece = number;
          else if (piece === 0) return null;
          else piece = piece * 10 + number;
          if (piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 256 + piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === ':') {
      pointer++;
      if (at(pointer) === undefined) return null;
    } else if (at(pointer) !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const other = compress + swaps - 1;
      [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is written as "::".
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  let ignoreZero = false;
  for (let i = 0; i < 8; i++) {
    if (ignoreZero && address[i] === 0) continue;
    ignoreZero = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignoreZero = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser: the serialised host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (forbiddenHostPattern.test(input)) return null;
    return percentEncode(input, inC0ControlSet);
  }
  const domain = utf8Decode(percentDecodeString(input));
  const asciiDomain = idna.toASCII(domain);
  if (asciiDomain === null || asciiDomain === '' || forbiddenDomainPattern.test(asciiDomain)) return null;
  if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ---- the URL record and its parser ----

const specialPorts = new Map([['ftp', 21], ['file', null], ['http', 80], ['https', 443], ['ws', 80], ['wss', 443]]);

function isSpecialScheme(scheme) {
  return specialPorts.has(scheme);
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

const isOpaquePath = (record) => typeof record.path === 'string';
const includesCredentials = (record) => record.username !== '' || record.password !== '';
const cannotHaveCredentialsOrPort = (record) => record.host === null || record.host === '' || record.scheme === 'file';

const isAsciiAlpha = (c) => c !== undefined && /^[A-Za-z]$/.test(c);
const isAsciiAlphanumeric = (c) => c !== undefined && /^[A-Za-z0-9]$/.test(c);
const isAsciiDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isWindowsDriveLetter = (text) => text.length === 2 && isAsciiAlpha(text[0]) && (text[1] === ':' || text[1] === '|');
const isNormalizedWindowsDriveLetter = (text) => text.length === 2 && isAsciiAlpha(text[0]) && text[1] === ':';

function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isAsciiAlpha(cps[pointer]) || (cps[pointer + 1] !== ':' && cps[pointer + 1] !== '|')) return false;
  if (cps.length - pointer === 2) return true;
  const third = cps[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function isSingleDot(segment) {
  return segment === '.' || segment.toLowerCase() === '%2e';
}

function isDoubleDot(segment) {
  const lower = segment.toLowerCase();
  return lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e';
}

function shortenPath(record) {
  const path = record.path;
  if (record.scheme === 'file' && path.length === 1 && isNormalizedWindowsDriveLetter(path[0])) return;
  path.pop();
}

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const FAILURE = null;

// The basic URL parser. Without `record` it parses a new URL (null on failure); with `record` and
// a state override it updates that record in place (as a setter does) and returns it, or null.
function basicParse(input, base, record, stateOverride) {
  if (!record) {
    record = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input);
  const special = () => isSpecialScheme(record.scheme);
  for (let pointer = 0; ; pointer++) {
    const c = cps[pointer];
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += c.toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;
      case SCHEME:
        if (isAsciiAlphanumeric(c) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(record.scheme) !== isSpecialScheme(buffer)) return record;
            if ((includesCredentials(record) || record.port !== null) && buffer === 'file') return record;
            if (record.scheme === 'file' && record.host === '') return record;
          }
          record.scheme = buffer;
          if (stateOverride) {
            if (record.port === specialPorts.get(record.scheme)) record.port = null;
            return record;
          }
          buffer = '';
          if (record.scheme === 'file') {
            state = FILE;
          } else if (special() && base && base.scheme === record.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special()) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === '/') {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            record.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;
      case NO_SCHEME:
        if (!base || (isOpaquePath(base) && c !== '#')) return FAILURE;
        if (isOpaquePath(base) && c === '#') {
          record.scheme = base.scheme;
          record.path = base.path;
          record.query = base.query;
          record.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;
      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;
      case PATH_OR_AUTHORITY:
        if (c === '/') {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;
      case RELATIVE:
        record.scheme = base.scheme;
        if (c === '/' || (special() && c === '\\')) {
          state = RELATIVE_SLASH;
        } else {
          record.username = base.username;
          record.password = base.password;
          record.host = base.host;
          record.port = base.port;
          record.path = base.path.slice();
          record.query = base.query;
          if (c === '?') {
            record.query = '';
            state = QUERY;
          } else if (c === '#') {
            record.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            record.query = null;
            shortenPath(record);
            state = PATH;
            pointer--;
          }
        }
        break;
      case RELATIVE_SLASH:
        if (special() && (c === '/' || c === '\\')) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = AUTHORITY;
        } else {
          record.username = base.username;
          record.password = base.password;
          record.host = base.host;
          record.port = base.port;
          state = PATH;
          pointer--;
        }
        break;
      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === '/' && cps[pointer + 1] === '/') pointer++;
        else pointer--;
        break;
      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = AUTHORITY;
          pointer--;
        }
        break;
      case AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const cp of buffer) {
            if (cp === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncode(cp, userinfoSet);
            if (passwordTokenSeen) record.password += encoded;
            else record.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += c;
        }
        break;
      case HOST:
      case HOSTNAME:
        if (stateOverride && record.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          record.host = host;
          buffer = '';
          state = PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          pointer--;
          if (special() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (includesCredentials(record) || record.port !== null)) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          record.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return record;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;
      case PORT:
        if (isAsciiDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special() && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            record.port = port === specialPorts.get(record.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return record;
          }
          if (stateOverride) return FAILURE;
          state = PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;
      case FILE:
        record.scheme = 'file';
        record.host = '';
        if (c === '/' || c === '\\') {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          record.host = base.host;
          record.path = base.path.slice();
          record.query = base.query;
          if (c === '?') {
            record.query = '';
            state = QUERY;
          } else if (c === '#') {
            record.fragment = '';
            state = FRAGMENT;
          } else if (c !== undefined) {
            record.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(record);
            else record.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;
      case FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            record.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isNormalizedWindowsDriveLetter(base.path[0])) {
              record.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;
      case FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            record.host = '';
            if (stateOverride) return record;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special());
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            record.host = host;
            if (stateOverride) return record;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += c;
        }
        break;
      case PATH_START:
        if (special()) {
          state = PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          record.query = '';
          state = QUERY;
        } else if (!stateOverride && c === '#') {
          record.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          state = PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && record.host === null) {
          record.path.push('');
        }
        break;
      case PATH: {
        const slash = c === '/' || (special() && c === '\\');
        if (c === undefined || slash || (!stateOverride && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shortenPath(record);
            if (!slash) record.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            record.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (record.scheme === 'file' && record.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            record.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            record.query = '';
            state = QUERY;
          }
          if (c === '#') {
            record.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += percentEncode(c, pathSet);
        }
        break;
      }
      case OPAQUE_PATH:
        if (c === '?') {
          record.query = '';
          state = QUERY;
        } else if (c === '#') {
          record.fragment = '';
          state = FRAGMENT;
        } else if (c !== undefined) {
          record.path += percentEncode(c, inC0ControlSet);
        }
        break;
      case QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          record.query += percentEncode(buffer, special() ? specialQuerySet : querySet);
          buffer = '';
          if (c === '#') {
            record.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;
      case FRAGMENT:
        if (c !== undefined) record.fragment += percentEncode(c, fragmentSet);
        break;
      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
    if (pointer >= cps.length) break;
  }
  return record;
}

function serializePath(record) {
  if (isOpaquePath(record)) return record.path;
  let out = '';
  for (const segment of record.path) out += `/${segment}`;
  return out;
}

function serializeURL(record, excludeFragment = false) {
  let out = `${record.scheme}:`;
  if (record.host !== null) {
    out += '//';
    if (includesCredentials(record)) {
      out += record.username;
      if (record.password !== '') out += `:${record.password}`;
      out += '@';
    }
    out += record.host;
    if (record.port !== null) out += `:${record.port}`;
  }
  if (record.host === null && !isOpaquePath(record) && record.path.length > 1 && record.path[0] === '') out += '/.';
  out += serializePath(record);
  if (record.query !== null) out += `?${record.query}`;
  if (!excludeFragment && record.fragment !== null) out += `#${record.fragment}`;
  return out;
}

function serializeOrigin(record) {
  switch (record.scheme) {
    case 'blob': {
      if (isOpaquePath(record)) {
        const inner = basicParse(record.path, null);
        if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${record.scheme}://${record.host}${record.port === null ? '' : `:${record.port}`}`;
    default:
      return 'null';
  }
}

// Spec: "potentially strip trailing spaces from an opaque path" once neither query nor fragment
// follows it.
function stripTrailingSpaces(record) {
  if (!isOpaquePath(record) || record.fragment !== null || record.query !== null) return;
  record.path = record.path.replace(/ +$/, '');
}

// ---- application/x-www-form-urlencoded ----

function parseUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push(utf8Decode(percentDecodeString(name.replace(/\+/g, ' '))),
      utf8Decode(percentDecodeString(value.replace(/\+/g, ' '))));
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncode(list[i], formSet, true)}=${percentEncode(list[i + 1], formSet, true)}`;
  }
  return out;
}

// ---- URLSearchParams ----

const kList = Symbol('query');
const kURL = Symbol('context');

function isURLSearchParams(value) {
  return value != null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, kList);
}

function checkThis(value) {
  if (!isURLSearchParams(value)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true, enumerable: false, configurable: false });
    Object.defineProperty(this, kURL, { value: null, writable: true, enumerable: false, configurable: false });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor !== undefined && descriptor.enumerable) {
            this[kList].push(toUSVString(key), toUSVString(init[key]));
          }
        }
      }
    } else {
      let text = toUSVString(init);
      if (text[0] === '?') text = text.slice(1);
      this[kList] = parseUrlencoded(text);
    }
  }

  get size() {
    checkThis(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    checkThis(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : (a[0] > b[0] ? 1 : 0)));
    this[kList] = pairs.flat();
    this.#update();
  }

  entries() {
    checkThis(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      Reflect.apply(callback, thisArg, [list[i + 1], list[i], this]);
      list = this[kList];
    }
  }

  keys() {
    checkThis(this);
    return createIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeUrlencoded(this[kList]);
  }

  // The URL this object belongs to learns of every change.
  #update() {
    const url = this[kURL];
    if (url) url[kUpdateQuery](serializeUrlencoded(this[kList]));
  }

  [customInspect](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOptions = { ...ctx };
    if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], innerOptions)} => ${inspect(list[i + 1], innerOptions)}`);
    }
    const name = this.constructor.name;
    const length = parts.reduce((sum, part) => sum + stripStyles(part).length + 2, -2);
    if (length > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    if (parts.length) return `${name} { ${parts.join(', ')} }`;
    return `${name} {}`;
  }
}

function stripStyles(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d+(;\d+)*m/g, '');
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', writable: false, enumerable: false, configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString']) {
  const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, descriptor);
}

const kIteratorTarget = Symbol('target');
const kIteratorKind = Symbol('kind');
const kIteratorIndex = Symbol('index');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      if (!this || !Object.prototype.hasOwnProperty.call(this, kIteratorTarget)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = this[kIteratorTarget][kList];
      const index = this[kIteratorIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIteratorIndex] = index + 2;
      const kind = this[kIteratorKind];
      const value = kind === 'key' ? list[index] : (kind === 'value' ? list[index + 1] : [list[index], list[index + 1]]);
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', writable: false, enumerable: false, configurable: true },
  [customInspect]: {
    value: function inspectIterator(recurseTimes, ctx) {
      const innerOptions = { ...ctx };
      if (recurseTimes !== null) innerOptions.depth = recurseTimes - 1;
      const list = this[kIteratorTarget][kList];
      const kind = this[kIteratorKind];
      const parts = [];
      for (let i = this[kIteratorIndex]; i < list.length; i += 2) {
        if (kind === 'key') parts.push(inspect(list[i], innerOptions));
        else if (kind === 'value') parts.push(inspect(list[i + 1], innerOptions));
        else parts.push(inspect([list[i], list[i + 1]], innerOptions));
      }
      const multiline = inspect(parts, innerOptions).includes('\n');
      const body = multiline ? `\n  ${parts.join(',\n  ')}` : ` ${parts.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
    writable: true, enumerable: false, configurable: true,
  },
});

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(iterator, kIteratorTarget, { value: target, writable: false, enumerable: false });
  Object.defineProperty(iterator, kIteratorKind, { value: kind, writable: false, enumerable: false });
  Object.defineProperty(iterator, kIteratorIndex, { value: 0, writable: true, enumerable: false });
  return iterator;
}

// ---- URL ----

const kUpdateQuery = Symbol('updateQuery');

function invalidURL(input, base) {
  const error = new ERR_INVALID_URL();
  error.input = input;
  if (base !== undefined) error.base = base;
  return error;
}

// Parses `input` against an optional base string: the record, or null.
function parseWithBase(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === null) return null;
  }
  return basicParse(input, baseRecord);
}

let isURLInstance;

function brandCheck(value) {
  if (!isURLInstance(value)) throw new TypeError('Receiver must be an instance of class URL');
}

class URL {
  #record;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseWithBase(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#record = record;
  }

  static {
    isURLInstance = (value) => value != null && typeof value === 'object' && #record in value;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parseWithBase(input, base) === null ? null : new URL(input, base);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parseWithBase(input, base) !== null;
  }

  static createObjectURL() {
    const error = new Error('URL.createObjectURL is not supported by datagraal');
    error.code = 'ERR_NOT_SUPPORTED_BY_DATAGRAAL';
    throw error;
  }

  static revokeObjectURL() {
    const error = new Error('URL.revokeObjectURL is not supported by datagraal');
    error.code = 'ERR_NOT_SUPPORTED_BY_DATAGRAAL';
    throw error;
  }

  // Runs the parser with a state override on the record itself, as the setters do: what it changed
  // before a failure stays changed.
  #override(input, state, prepare) {
    if (prepare) prepare(this.#record);
    basicParse(input, null, this.#record, state);
  }

  #queryChanged() {
    if (this.#searchParams) this.#searchParams[kList] = parseUrlencoded(this.#record.query ?? '');
  }

  [kUpdateQuery](serialized) {
    this.#record.query = serialized === '' ? null : serialized;
    if (serialized === '') stripTrailingSpaces(this.#record);
  }

  toString() {
    brandCheck(this);
    return serializeURL(this.#record);
  }

  get href() {
    brandCheck(this);
    return serializeURL(this.#record);
  }

  set href(value) {
    brandCheck(this);
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === null) throw invalidURL(value);
    this.#record = record;
    this.#queryChanged();
  }

  get origin() {
    brandCheck(this);
    return serializeOrigin(this.#record);
  }

  get protocol() {
    brandCheck(this);
    return `${this.#record.scheme}:`;
  }

  set protocol(value) {
    brandCheck(this);
    this.#override(`${toUSVString(value)}:`, SCHEME_START);
  }

  get username() {
    brandCheck(this);
    return this.#record.username;
  }

  set username(value) {
    brandCheck(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.username = percentEncode(toUSVString(value), userinfoSet);
  }

  get password() {
    brandCheck(this);
    return this.#record.password;
  }

  set password(value) {
    brandCheck(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.password = percentEncode(toUSVString(value), userinfoSet);
  }

  get host() {
    brandCheck(this);
    const { host, port } = this.#record;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    brandCheck(this);
    if (isOpaquePath(this.#record)) return;
    this.#override(toUSVString(value), HOST);
  }

  get hostname() {
    brandCheck(this);
    return this.#record.host ?? '';
  }

  set hostname(value) {
    brandCheck(this);
    if (isOpaquePath(this.#record)) return;
    this.#override(toUSVString(value), HOSTNAME);
  }

  get port() {
    brandCheck(this);
    return this.#record.port === null ? '' : `${this.#record.port}`;
  }

  set port(value) {
    brandCheck(this);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    value = toUSVString(value);
    if (value === '') {
      this.#record.port = null;
      return;
    }
    this.#override(value, PORT);
  }

  get pathname() {
    brandCheck(this);
    return serializePath(this.#record);
  }

  set pathname(value) {
    brandCheck(this);
    if (isOpaquePath(this.#record)) return;
    this.#override(toUSVString(value), PATH_START, (copy) => { copy.path = []; });
  }

  get search() {
    brandCheck(this);
    const query = this.#record.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    brandCheck(this);
    value = toUSVString(value);
    if (value === '') {
      this.#record.query = null;
      stripTrailingSpaces(this.#record);
      this.#queryChanged();
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    this.#override(input, QUERY, (copy) => { copy.query = ''; });
    this.#queryChanged();
  }

  get searchParams() {
    brandCheck(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams();
      params[kList] = parseUrlencoded(this.#record.query ?? '');
      params[kURL] = this;
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    brandCheck(this);
    const fragment = this.#record.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    brandCheck(this);
    value = toUSVString(value);
    if (value === '') {
      this.#record.fragment = null;
      stripTrailingSpaces(this.#record);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    this.#override(input, FRAGMENT, (copy) => { copy.fragment = ''; });
  }

  toJSON() {
    brandCheck(this);
    return serializeURL(this.#record);
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(shown, options)}`;
  }
}

Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  descriptor.enumerable = true;
  Object.defineProperty(URL.prototype, name, descriptor);
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL, name);
  descriptor.enumerable = true;
  Object.defineProperty(URL, name, descriptor);
}

// ---- Node's helpers ----

// What fs and others accept as a URL: a WHATWG URL, or anything shaped like one that is not a
// legacy url.parse() result.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = pathModule.resolve(filepath);
  // path.resolve drops a trailing slash, which names a folder: keep it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

function toPathIfFileURL(value) {
  if (!isURL(value)) return value;
  return fileURLToPath(value);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : idna.toUnicode(host);
}

// Node's urlToHttpOptions: what http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  toUSVString,
  percentEncode,
  utf8Decode,
  percentDecodeString,
  textEncoder,
};
