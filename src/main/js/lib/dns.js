'use strict';
// Node's dns module. lookup/lookupService use the system resolver (getaddrinfo/getnameinfo in
// the Java binding); Resolver and the resolve* family are a DNS client over dgram that asks the
// servers set (by default those of /etc/resolv.conf), as Node's c-ares does.

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED, bindDefaultResolver, getDefaultResolver, getDefaultResultOrder,
  onDefaultResolverChange, setDefaultResultOrder,
} = require('internal/dns/utils');
const { Resolver, setServersOfDefaultResolver } = require('internal/dns/callback_resolver');
const {
  performLookup, performLookupService, readCallbackLookupArguments, readLookupServiceArguments,
} = require('internal/dns/lookup');
const errorCodes = require('internal/dns/error_codes');
const { isIP } = require('internal/net');

// The last IP literal looked up with a family number, and its family: dgram asks for the same
// address on every unconnected send.
let lastLiteral = null;
let lastLiteralFamily = 0;

function lookup(hostname, options, callback) {
  // dgram's (and net's) call, an IP literal with a family number, answered at once: it sits on
  // every send's path. Everything else takes the general way below.
  if (typeof hostname === 'string' && typeof callback === 'function' &&
      (options === 4 || options === 6 || options === 0)) {
    if (hostname !== lastLiteral) {
      const family = isIP(hostname);
      if (family !== 0) {
        lastLiteral = hostname;
        lastLiteralFamily = family;
      }
    }
    if (hostname === lastLiteral) {
      process.nextTick(callback, null, hostname, lastLiteralFamily);
      return {};
    }
  }
  const parsed = readCallbackLookupArguments(hostname, options, callback, arguments.length);
  const { settings } = parsed;
  callback = parsed.callback;
  performLookup(hostname, settings, (error, addresses) => {
    if (error) callback(error);
    else if (settings.all) callback(null, addresses);
    else if (addresses.length === 0) callback(null, null, settings.family === 6 ? 6 : 4);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return {};
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  port = readLookupServiceArguments(address, port);
  validateFunction(callback, 'callback');
  performLookupService(address, port, callback);
  return {};
}

// The module's resolver functions are bound to the default resolver, and bound again when
// setServers() replaces it (a function taken from the module earlier keeps the old one, as in Node).
module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: function defaultResolverSetServers(servers) {
    setServersOfDefaultResolver(servers, ['dns', 'dns/promises']);
  },
  ADDRCONFIG: AI_ADDRCONFIG,
  ALL: AI_ALL,
  V4MAPPED: AI_V4MAPPED,
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype, getDefaultResolver(() => new Resolver()));
onDefaultResolverChange('dns', (resolver) => bindDefaultResolver(module.exports, Resolver.prototype, resolver));

let promises;
Object.defineProperty(module.exports, 'promises', {
  get() {
    promises ??= require('internal/dns/promises');
    return promises;
  },
  enumerable: true,
  configurable: true,
});
