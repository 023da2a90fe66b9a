'use strict';
// net.SocketAddress: an IP address (parsed and written back in canonical form), a port and, for
// IPv6, a flow label, validated as Node 20 validates them.

const { codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { parseIPv4, parseIPv6, formatIPv4, formatIPv6 } = require('internal/inet');

const kHandle = Symbol('kHandle');
const kDetail = Symbol('kDetail');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The bytes of `address` for `family` (4 or 6), or null; an IPv6 zone ("%eth0") is dropped.
function addressBytes(address, family) {
  if (family === 4) return parseIPv4(address);
  const zone = address.indexOf('%');
  return parseIPv6(zone === -1 ? address : address.slice(0, zone));
}

class SocketAddress {
  static isSocketAddress(value) {
    return value !== null && typeof value === 'object' && value[kHandle] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let family = options.family === undefined ? 'ipv4' : options.family;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    const {
      address = family === 'ipv4' ? '127.0.0.1' : '::',
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(address, 'options.address');
    const checkedPort = validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel');
    const familyNumber = family === 'ipv4' ? 4 : 6;
    const bytes = addressBytes(address, familyNumber);
    if (bytes === null) throw new ERR_INVALID_ADDRESS();
    this[kHandle] = { family: familyNumber, bytes };
    this[kDetail] = {
      address: familyNumber === 4 ? formatIPv4(bytes) : formatIPv6(bytes),
      port: checkedPort,
      family,
      flowlabel: familyNumber === 6 ? flowlabel : 0,
    };
  }

  get address() { return this[kDetail].address; }

  get port() { return this[kDetail].port; }

  get family() { return this[kDetail].family; }

  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[SocketAddress]';
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), inner)}`;
  }
}

module.exports = { SocketAddress, kHandle };
