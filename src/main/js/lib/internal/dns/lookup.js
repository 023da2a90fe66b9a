'use strict';
// dns.lookup (getaddrinfo) and dns.lookupService (getnameinfo) for both the callback and the
// promise API: their argument checks, and the system resolver calls of the Java binding.

const { isIP } = require('internal/net');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateNumber, validateOneOf, validatePort,
} = require('internal/validators');
const {
  dnsException, getDefaultResultOrder, orderAddresses, validateHints, warnInvalidHostname, ORDERS,
} = require('internal/dns/utils');

const binding = internalBinding('dns');
const FAMILIES = [0, 4, 6];

// The options object of lookup(): { family, hints, all, order }, checked as Node checks them.
// Only the callback form takes the family names 'IPv4' and 'IPv6' (Node 20's promises reject them).
function readLookupOptions(options, familyNames = true) {
  const settings = { family: 0, hints: 0, all: false, order: getDefaultResultOrder() };
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    settings.hints = options.hints >>> 0;
    validateHints(settings.hints);
  }
  if (options?.family != null) {
    if (familyNames && options.family === 'IPv4') settings.family = 4;
    else if (familyNames && options.family === 'IPv6') settings.family = 6;
    else {
      validateOneOf(options.family, 'options.family', FAMILIES);
      settings.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    settings.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    settings.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', ORDERS);
    settings.order = options.order;
  }
  return settings;
}

// lookup(hostname, [options], callback)'s arguments: the settings and the callback.
function readCallbackLookupArguments(hostname, options, callback, argumentCount) {
  if (hostname) validateStringHostname(hostname);
  if (typeof options === 'function') return { settings: readLookupOptions(undefined), callback: options };
  if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', FAMILIES);
    return { settings: { ...readLookupOptions(undefined), family: options }, callback };
  }
  if (options !== undefined && typeof options !== 'object') {
    validateFunction(argumentCount === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  validateFunction(callback, 'callback');
  return { settings: readLookupOptions(options), callback };
}

// dns.promises.lookup(hostname, [options])'s settings.
function readPromiseLookupArguments(hostname, options) {
  if (hostname) validateStringHostname(hostname);
  if (typeof options === 'number') {
    validateOneOf(options, 'family', FAMILIES);
    return { ...readLookupOptions(undefined), family: options };
  }
  if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  return readLookupOptions(options, false);
}

function validateStringHostname(hostname) {
  if (typeof hostname !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
}

// Runs the lookup; done(error, addresses) gets [{ address, family }...] in the order asked, on a
// later tick. Empty names (deprecated) and IP literals are answered without asking the system.
function performLookup(hostname, settings, done) {
  if (!hostname) {
    warnInvalidHostname(hostname);
    process.nextTick(done, null, []);
    return;
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    process.nextTick(done, null, [{ address: hostname, family: literalFamily }]);
    return;
  }
  // eslint-disable-next-line no-control-regex
  const asciiName = /^[\x00-\x7f]*$/.test(hostname) ? hostname : (require('internal/idna').toASCII(hostname) || hostname);
  binding.lookup(asciiName, settings.family, settings.hints, (errno, json) => {
    if (errno) {
      done(dnsException(errno, 'getaddrinfo', hostname));
      return;
    }
    const found = orderAddresses(JSON.parse(json), settings.order);
    done(null, found.map(([address, family]) => ({ address, family })));
  });
}

// lookupService's address and port checks; the port as a number.
function readLookupServiceArguments(address, port) {
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return +port;
}

// done(error, hostname, service) on a later tick.
function performLookupService(address, port, done) {
  binding.lookupService(address, port, (errno, hostname, service) => {
    if (errno) done(dnsException(errno, 'getnameinfo', address));
    else done(null, hostname, service);
  });
}

module.exports = {
  performLookup,
  performLookupService,
  readCallbackLookupArguments,
  readLookupServiceArguments,
  readPromiseLookupArguments,
};
