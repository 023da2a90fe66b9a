'use strict';
// dns.promises (also require('dns/promises')): lookup, lookupService and a Resolver whose
// resolve* methods return promises. It shares the default resolver with the callback API.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  ResolverBase, bindDefaultResolver, getDefaultResolver, getDefaultResultOrder, onDefaultResolverChange,
  setDefaultResultOrder, toASCII,
} = require('internal/dns/utils');
const { Resolver: CallbackResolver, setServersOfDefaultResolver } = require('internal/dns/callback_resolver');
const { QUERIES, RRTYPE_METHODS, runQuery, runReverse } = require('internal/dns/queries');
const {
  performLookup, performLookupService, readLookupServiceArguments, readPromiseLookupArguments,
} = require('internal/dns/lookup');
const errorCodes = require('internal/dns/error_codes');

class Resolver extends ResolverBase {}

function settle(resolve, reject) {
  return (error, result) => (error ? reject(error) : resolve(result));
}

function defineQuery(methodName, bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return new Promise((resolve, reject) => {
      runQuery(this._handle, bindingName, name, toASCII(name), ttl, settle(resolve, reject));
    });
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  Object.defineProperty(Resolver.prototype, methodName, { value: query, writable: true, configurable: true });
}

for (const [methodName, bindingName] of QUERIES) defineQuery(methodName, bindingName);

function getHostByAddr(ip) {
  validateString(ip, 'name');
  return new Promise((resolve, reject) => {
    const error = runReverse(this._handle, ip, settle(resolve, reject));
    if (error !== null) reject(error);
  });
}
Object.defineProperty(Resolver.prototype, 'reverse', { value: getHostByAddr, writable: true, configurable: true });

function resolve(hostname, rrtype) {
  let methodName = 'resolve4';
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    methodName = Object.hasOwn(RRTYPE_METHODS, rrtype) ? RRTYPE_METHODS[rrtype] : undefined;
    if (methodName === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return Resolver.prototype[methodName].call(this, hostname);
}
Object.defineProperty(Resolver.prototype, 'resolve', { value: resolve, writable: true, configurable: true });

function lookup(hostname, options) {
  const settings = readPromiseLookupArguments(hostname, options);
  return new Promise((resolvePromise, reject) => {
    performLookup(hostname, settings, (error, addresses) => {
      if (error) reject(error);
      else if (settings.all) resolvePromise(addresses);
      else if (addresses.length === 0) resolvePromise({ address: null, family: settings.family === 6 ? 6 : 4 });
      else resolvePromise(addresses[0]);
    });
  });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  port = readLookupServiceArguments(address, port);
  return new Promise((resolvePromise, reject) => {
    performLookupService(address, port, (error, hostname, service) => {
      if (error) reject(error);
      else resolvePromise({ hostname, service });
    });
  });
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: function defaultResolverSetServers(servers) {
    setServersOfDefaultResolver(servers, ['dns/promises']);
  },
  ...errorCodes,
};

bindDefaultResolver(module.exports, Resolver.prototype, getDefaultResolver(() => new CallbackResolver()));
onDefaultResolverChange('dns/promises', (resolver) => bindDefaultResolver(module.exports, Resolver.prototype, resolver));
