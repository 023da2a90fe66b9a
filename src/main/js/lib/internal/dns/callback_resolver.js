'use strict';
// dns.Resolver: the resolve* family with callbacks, over the resolver's own servers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { ResolverBase, setDefaultResolver, toASCII } = require('internal/dns/utils');
const { QUERIES, RRTYPE_METHODS, runQuery, runReverse } = require('internal/dns/queries');

// What a query call returns, as Node's QueryReqWrap shows itself; oncomplete hands the outcome
// to the callback.
class QueryReqWrap {
  constructor(bindingName, callback, hostname, ttl) {
    this.bindingName = bindingName;
    this.callback = callback;
    this.hostname = hostname;
    this.oncomplete = onresolve;
    this.ttl = ttl;
  }
}

function onresolve(error, result) {
  if (error) this.callback(error);
  else this.callback(null, result);
}

class Resolver extends ResolverBase {}

function defineQuery(methodName, bindingName) {
  function query(name, callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap(bindingName, callback, name, !!(options && options.ttl));
    runQuery(this._handle, bindingName, name, toASCII(name), req.ttl, (error, result) => req.oncomplete(error, result));
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  Object.defineProperty(Resolver.prototype, methodName, { value: query, writable: true, configurable: true });
}

for (const [methodName, bindingName] of QUERIES) defineQuery(methodName, bindingName);

function getHostByAddr(ip, callback) {
  validateString(ip, 'name');
  validateFunction(callback, 'callback');
  const req = new QueryReqWrap('getHostByAddr', callback, ip, false);
  const error = runReverse(this._handle, ip, (failure, names) => req.oncomplete(failure, names));
  if (error !== null) throw error;
  return req;
}
Object.defineProperty(Resolver.prototype, 'reverse', { value: getHostByAddr, writable: true, configurable: true });

function resolve(hostname, rrtype, callback) {
  let methodName;
  if (typeof rrtype === 'string') {
    methodName = Object.hasOwn(RRTYPE_METHODS, rrtype) ? RRTYPE_METHODS[rrtype] : undefined;
    if (methodName === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else if (typeof rrtype === 'function') {
    methodName = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return Resolver.prototype[methodName].call(this, hostname, callback);
}
Object.defineProperty(Resolver.prototype, 'resolve', { value: resolve, writable: true, configurable: true });

// dns.setServers and dns.promises.setServers: a new default resolver, to which `modules` (dns
// rebinds both itself and dns.promises, dns.promises only itself, as in Node) are bound again.
function setServersOfDefaultResolver(servers, modules) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver, modules);
}

module.exports = { Resolver, setServersOfDefaultResolver };
