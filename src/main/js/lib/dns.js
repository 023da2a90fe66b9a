'use strict';
// dns.lookup (getaddrinfo, run off the loop thread by the Java binding). The rest of the dns
// module comes later; what is missing is absent rather than faked.

const { isIP } = require('internal/net');
const { validateFunction, validateString, validateOneOf } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE }, dnsException } = require('internal/errors');

const binding = internalBinding('dns');

function lookup(hostname, options, callback) {
  let family = 0;
  let all = false;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && (typeof options !== 'object' || options === null)) {
    validateFunction(callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.family != null) {
      const value = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      validateOneOf(value, 'options.family', [0, 4, 6]);
      family = value;
    }
    if (options.all != null) {
      if (typeof options.all !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.all', 'boolean', options.all);
      all = options.all;
    }
  }
  validateFunction(callback, 'callback');

  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literalFamily = isIP(hostname);
  if (literalFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literalFamily }]);
    else process.nextTick(callback, null, hostname, literalFamily);
    return {};
  }
  binding.lookup(hostname, family, (code, json) => {
    if (code) {
      callback(dnsException(code, 'getaddrinfo', hostname));
      return;
    }
    const addresses = JSON.parse(json);
    if (all) callback(null, addresses.map(([address, addressFamily]) => ({ address, family: addressFamily })));
    else callback(null, addresses[0][0], addresses[0][1]);
  });
  return {};
}

module.exports = { lookup };
