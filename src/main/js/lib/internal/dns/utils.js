'use strict';
// What dns and dns/promises share: the resolver base (servers, local address, cancel), the
// server strings setServers reads and getServers writes, the defaults from /etc/resolv.conf,
// the default resolver, the result order of lookup(), and Node's DNS error.

const { isIP } = require('internal/net');
const { parseIPv4, parseIPv6, formatIPv6 } = require('internal/inet');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED },
  dnsException, makeNodeError,
} = require('internal/errors');
const { validateArray, validateString, validateInt32, validateOneOf } = require('internal/validators');
const { ChannelWrap } = require('internal/dns/channel');

const binding = internalBinding('dns');

const DEFAULT_PORT = 53;
const AI_V4MAPPED = 0x08;
const AI_ALL = 0x10;
const AI_ADDRCONFIG = 0x20;

const ORDERS = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

// An IP literal the way c-ares keeps a server: IPv6 canonical and without a zone.
function canonicalAddress(address, family) {
  if (family === 4) return address;
  const zone = address.indexOf('%');
  return formatIPv6(parseIPv6(zone === -1 ? address : address.slice(0, zone)));
}

// c-ares keeps a port in 16 bits, and port 0 means the default.
function serverPort(digits) {
  return (digits === undefined ? DEFAULT_PORT : Number(digits) & 0xffff) || DEFAULT_PORT;
}

// setServers' strings: "1.2.3.4", "1.2.3.4:53", "::1", "[::1]", "[::1]:53".
function parseServers(servers) {
  validateArray(servers, 'servers');
  const parsed = [];
  servers.forEach((text, index) => {
    validateString(text, `servers[${index}]`);
    let family = isIP(text);
    if (family !== 0) {
      parsed.push({ address: canonicalAddress(text, family), port: DEFAULT_PORT, family });
      return;
    }
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
    if (bracketed !== null && (family = isIP(bracketed[1])) !== 0) {
      parsed.push({ address: canonicalAddress(bracketed[1], family), port: serverPort(bracketed[2]), family });
      return;
    }
    const withPort = /^([^:]+):(\d+)$/.exec(text);
    if (withPort !== null && isIP(withPort[1]) === 4) {
      parsed.push({ address: withPort[1], port: serverPort(withPort[2]), family: 4 });
      return;
    }
    throw new ERR_INVALID_IP_ADDRESS(text);
  });
  return parsed;
}

function formatServer({ address, port, family }) {
  if (port === DEFAULT_PORT) return address;
  return family === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

// The system's servers and try timeout as c-ares reads them from /etc/resolv.conf; 127.0.0.1
// when it names none.
let systemDefaults;
function systemResolverDefaults() {
  if (systemDefaults !== undefined) return systemDefaults;
  const servers = [];
  let timeout;
  for (const line of String(binding.resolverConfig() ?? '').split('\n')) {
    const words = line.replace(/[#;].*/, '').trim().split(/\s+/);
    if (words[0] === 'nameserver' && words[1] !== undefined) {
      const family = isIP(words[1]);
      if (family !== 0) servers.push({ address: canonicalAddress(words[1], family), port: DEFAULT_PORT, family });
    } else if (words[0] === 'options') {
      for (const option of words.slice(1)) {
        const match = /^timeout:(\d+)$/.exec(option);
        if (match !== null) timeout = Math.max(1, Number(match[1])) * 1000;
      }
    }
  }
  if (servers.length === 0) servers.push({ address: '127.0.0.1', port: DEFAULT_PORT, family: 4 });
  systemDefaults = { servers, timeout };
  return systemDefaults;
}

function validateTimeout(options) {
  const timeout = options?.timeout ?? -1;
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const tries = options?.tries ?? 4;
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

// The part of Resolver that dns and dns/promises share: Node's ResolverBase.
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    // Node shows `Resolver { _handle: ChannelWrap {} }`; the channel's state is private.
    this._handle = new ChannelWrap(timeout, tries, systemResolverDefaults);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return this._handle.servers.map(formatServer);
  }

  setServers(servers) {
    const parsed = parseServers(servers);
    if (!this._handle.setServers(parsed)) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', require('internal/util/inspect').inspect(servers));
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    // Either argument may name either family, but each family once (the binding's own checks).
    let v4;
    let v6;
    for (const address of ipv6 === undefined ? [ipv4] : [ipv4, ipv6]) {
      if (parseIPv4(address) !== null) {
        if (v4 !== undefined) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Cannot specify two IPv4 addresses.');
        v4 = address;
      } else if (parseIPv6(address) !== null) {
        if (v6 !== undefined) throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Cannot specify two IPv6 addresses.');
        v6 = address;
      } else {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
      }
    }
    this._handle.setLocalAddress(v4, v6);
  }
}

// getHostByAddr's question name: a.b.c.d.in-addr.arpa, or the nibbles of an IPv6 address.
function reverseName(address) {
  const v4 = parseIPv4(address);
  if (v4 !== null) return `${v4[3]}.${v4[2]}.${v4[1]}.${v4[0]}.in-addr.arpa`;
  const v6 = parseIPv6(address);
  if (v6 === null) return null;
  const nibbles = [];
  for (let i = 15; i >= 0; i--) nibbles.push((v6[i] & 0xf).toString(16), (v6[i] >> 4).toString(16));
  return `${nibbles.join('.')}.ip6.arpa`;
}

// dns.reverse() reads /etc/hosts first, as c-ares does: the address's first name there is its
// canonical name and Node answers the others (its aliases).
function hostsFileAliases(address) {
  const wanted = parseIPv4(address) ?? parseIPv6(address);
  if (wanted === null) return null;
  const key = wanted.join('.');
  let names = null;
  for (const line of String(binding.hostsFile() ?? '').split('\n')) {
    const words = line.replace(/#.*/, '').trim().split(/\s+/);
    if (words.length < 2) continue;
    const bytes = parseIPv4(words[0]) ?? parseIPv6(words[0].replace(/%.*/, ''));
    if (bytes === null || bytes.join('.') !== key) continue;
    names ??= [];
    for (const name of words.slice(1)) if (!names.includes(name)) names.push(name);
  }
  return names === null ? null : names.slice(1);
}

// Host names are turned into their ASCII form, lower-case, before they are sent.
function toASCII(name) {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  const converted = require('internal/idna').toASCII(name);
  return converted === '' ? name : converted;
}

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ORDERS);
  defaultResultOrder = order;
}

// lookup()'s order of results: the system's (verbatim), or one family first.
function orderAddresses(addresses, order) {
  if (order === 'verbatim') return addresses;
  const first = order === 'ipv4first' ? 4 : 6;
  return [...addresses.filter(([, family]) => family === first), ...addresses.filter(([, family]) => family !== first)];
}

let invalidHostnameWarned = false;
function warnInvalidHostname(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// The module's resolver functions are bound to the default resolver, and bound again when
// setServers() replaces it (a function taken from the module earlier keeps the old one, as in Node).
const RESOLVER_METHODS = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx',
  'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse',
];

function bindDefaultResolver(target, prototype, resolver) {
  for (const name of RESOLVER_METHODS) target[name] = prototype[name].bind(resolver);
}

// The resolver dns.resolve*() and dns.promises.resolve*() use, replaced by setServers(); each
// module registers how to bind its functions to it again.
const rebinders = new Map();
let defaultResolver;
function getDefaultResolver(create) {
  defaultResolver ??= create();
  return defaultResolver;
}
function setDefaultResolver(resolver, modules) {
  defaultResolver = resolver;
  for (const name of modules) rebinders.get(name)?.(resolver);
}
function onDefaultResolverChange(moduleName, rebind) {
  rebinders.set(moduleName, rebind);
}

module.exports = {
  AI_ADDRCONFIG,
  AI_ALL,
  AI_V4MAPPED,
  ResolverBase,
  bindDefaultResolver,
  dnsException,
  getDefaultResolver,
  getDefaultResultOrder,
  hostsFileAliases,
  onDefaultResolverChange,
  orderAddresses,
  parseServers,
  reverseName,
  setDefaultResolver,
  setDefaultResultOrder,
  toASCII,
  validateHints,
  warnInvalidHostname,
  ORDERS,
};
