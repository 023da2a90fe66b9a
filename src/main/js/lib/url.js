'use strict';
// Node's url module for datagraal: the WHATWG URL and URLSearchParams (internal/url), the file URL
// helpers, and the legacy API (url.parse, url.format, url.resolve, url.resolveObject, Url) with
// the lenient parsing Node 20 applies to common inputs: trimming, backslashes, auth, ports,
// IPv6 hosts, punycode host names, auto-escaping, and RFC 1808-style relative resolution.

const querystring = require('querystring');
const {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode, urlToHttpOptions,
} = require('internal/url');
const idna = require('internal/idna');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL } } = require('internal/errors');
const { validateObject } = require('internal/validators');

// Schemes whose URLs always have "//" and a host.
const slashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Schemes that never have a host, and whose rest is never escaped.
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const unsafeProtocols = new Set(['javascript', 'javascript:']);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Characters at either end that url.parse trims: controls, space, NBSP and BOM.
function isTrimmed(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// Trims, and turns backslashes into slashes up to the first '?' or '#'; also reports whether the
// input has a '#' anywhere or an '@' before its query or fragment.
function prepareInput(text) {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  let out = '';
  let split = false;
  let hasHash = false;
  let hasAt = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (!split) {
      if (c === '@') hasAt = true;
      else if (c === '#') {
        hasHash = true;
        split = true;
      } else if (c === '?') split = true;
      else if (c === '\\') {
        out += '/';
        continue;
      }
    } else if (c === '#') {
      hasHash = true;
    }
    out += c;
  }
  return { rest: out, hasHash, hasAt };
}

const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const protocolPattern = /^[a-z0-9.+-]+:/i;
const authorityAtPattern = /^\/\/[^@/]+@[^@/]+/;
const portPattern = /:[0-9]*$/;
// Never part of a host name (RFC 2396); they end it where they stand.
const nonHostCharacters = new Set(['\t', '\n', '\r', ' ', '"', '%', '\'', ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
const hostEndCharacters = new Set(['#', '/', '?']);
const forbiddenHostCharacters = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIPv6HostCharacters = /[\0\t\n\r #%/<>?@\\^|]/;
const autoEscaped = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ['\'', '%27'], ['<', '%3C'], ['>', '%3E'],
  ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'], ['|', '%7C'], ['}', '%7D'],
]);

function autoEscape(text) {
  let out = '';
  for (const c of text) out += autoEscaped.get(c) ?? c;
  return out;
}

let invalidUrlWarned = false;
function warnInvalidUrl(input) {
  if (invalidUrlWarned) return;
  invalidUrlWarned = true;
  process.emitWarning(`The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

// Splits `host` (with its optional port) into the Url's host, port and hostname fields.
function splitPort(url, host) {
  const match = portPattern.exec(host);
  if (match) {
    if (match[0] !== ':') url.port = match[0].slice(1);
    host = host.slice(0, host.length - match[0].length);
  }
  if (host) url.hostname = host;
}

Url.prototype.parse = function parse(input, parseQueryString, slashesDenoteHost) {
  if (typeof input !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', input);
  const { hasHash, hasAt } = prepareInput(input);
  let { rest } = prepareInput(input);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let protocol = protocolPattern.exec(rest)?.[0];
  let lowerProtocol;
  if (protocol) {
    lowerProtocol = protocol.toLowerCase();
    this.protocol = lowerProtocol;
    rest = rest.slice(protocol.length);
  }

  let slashes = false;
  if (slashesDenoteHost || protocol || authorityAtPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(protocol && hostlessProtocols.has(lowerProtocol))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocols.has(lowerProtocol) && (slashes || (protocol && !slashedProtocols.has(protocol)))) {
    rest = this.parseAuthority(rest, input);
  }

  if (!unsafeProtocols.has(lowerProtocol)) rest = autoEscape(rest);

  const hashAt = rest.indexOf('#');
  let questionAt = rest.indexOf('?');
  if (hashAt !== -1) {
    this.hash = rest.slice(hashAt);
    if (questionAt > hashAt) questionAt = -1;
  }
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  if (questionAt !== -1) {
    this.search = beforeHash.slice(questionAt);
    this.query = beforeHash.slice(questionAt + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  const pathEnd = questionAt !== -1 ? questionAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocols.has(lowerProtocol) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads auth, host and port from the start of `rest`; returns what follows them.
Url.prototype.parseAuthority = function parseAuthority(rest, input) {
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (hostEndCharacters.has(c)) {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (c === '@') {
      atSign = i;
      nonHost = -1;
    } else if (nonHostCharacters.has(c) && nonHost === -1) {
      nonHost = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  splitPort(this, this.host);
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
  if (!ipv6) {
    // A host name ends at the first character that cannot be in one; the rest joins the path.
    const cut = hostname.search(/[/\\#?:]/);
    if (cut !== -1) {
      if (hostname[cut] === ':') warnInvalidUrl(input);
      rest = `/${hostname.slice(cut)}${rest}`;
      hostname = hostname.slice(0, cut);
    }
  }
  hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
  if (hostname !== '') {
    if (ipv6) {
      if (forbiddenIPv6HostCharacters.test(hostname)) throw invalidUrl(input);
    } else {
      hostname = idna.toASCII(hostname) ?? '';
      if (hostname === '' || forbiddenHostCharacters.test(hostname)) throw invalidUrl(input);
    }
  }
  this.hostname = hostname;
  this.host = hostname + (this.port ? `:${this.port}` : '');
  if (ipv6) {
    this.hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

function invalidUrl(input) {
  const error = new ERR_INVALID_URL();
  error.input = input;
  return error;
}

// The auth part of a formatted URL keeps these characters; the rest is percent-encoded.
const authKept = /[A-Za-z0-9!'()*\-._~:]/;

function encodeAuth(auth) {
  let out = '';
  for (const c of auth) {
    if (authKept.test(c)) out += c;
    else out += encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = this.hostname;
    host = auth + (name.includes(':') && !(name.startsWith('[') && name.endsWith(']')) ? `[${name}]` : name);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// Legacy relative resolution (RFC 1808 with Node's quirks): a new Url.
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  for (const key of Object.keys(this)) result[key] = this[key];
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // "//host/path": everything but the protocol comes from the relative URL.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) if (key !== 'protocol') result[key] = relative[key];
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    return resolveOtherProtocol(result, relative);
  }

  const sourceAbsolute = Boolean(result.pathname && result.pathname[0] === '/');
  const relativeAbsolute = Boolean(relative.host || (relative.pathname && relative.pathname[0] === '/'));
  let mustEndAbsolute = Boolean(relativeAbsolute || sourceAbsolute || (result.host && relative.pathname));
  const removeAllDots = mustEndAbsolute;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const relativeSegments = (relative.pathname && relative.pathname.split('/')) || [];
  const hostInPath = Boolean(result.protocol && !slashedProtocols.has(result.protocol));

  // Without "//", a host is really the first path segment (mailto:user@host).
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relativeSegments[0] === '') relativeSegments[0] = relative.host;
        else relativeSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relativeSegments[0] === '' || segments[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relativeSegments;
  } else if (relativeSegments.length) {
    segments.pop();
    segments = segments.concat(relativeSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only the query changes.
    if (hostInPath) takeHostFromPath(result, segments);
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!segments.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  let last = segments[segments.length - 1];
  const trailingSlash = Boolean((result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !removeAllDots) {
    for (; up > 0; up--) segments.unshift('..');
  }
  if (mustEndAbsolute && segments[0] !== '' && (!segments[0] || segments[0][0] !== '/')) segments.unshift('');
  if (trailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const isAbsolute = segments[0] === '' || Boolean(segments[0] && segments[0][0] === '/');
  if (hostInPath) {
    if (isAbsolute) result.hostname = result.host = '';
    else takeHostFromPath(result, segments);
  }
  mustEndAbsolute = mustEndAbsolute || Boolean(result.host && segments.length);
  if (mustEndAbsolute && !isAbsolute) segments.unshift('');
  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// For URLs without "//": the first path segment is the host, with an auth before an '@'.
function takeHostFromPath(result, segments) {
  result.hostname = result.host = segments.length ? segments.shift() : '';
  const at = result.host ? result.host.indexOf('@') : -1;
  if (at > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

function resolveOtherProtocol(result, relative) {
  if (!slashedProtocols.has(relative.protocol)) {
    for (const key of Object.keys(relative)) result[key] = relative[key];
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocols.has(relative.protocol)) {
    // "https:b" names host b.
    const segments = (relative.pathname || '').split('/');
    while (segments.length && !(relative.host = segments.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

Url.prototype.parseHost = function parseHost() {
  splitPort(this, this.host);
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWhatwg(urlObject, { fragment, unicode, search, auth });
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, { fragment, unicode, search, auth }) {
  let out = url.protocol;
  if (url.host !== '' || url.href.startsWith(`${url.protocol}//`)) {
    out += '//';
    if (auth && (url.username || url.password)) {
      out += url.username;
      if (url.password) out += `:${url.password}`;
      out += '@';
    }
    out += unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port) out += `:${url.port}`;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

