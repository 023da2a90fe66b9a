'use strict';
// net.BlockList: address, range and subnet rules, newest first, checked as Node 20 checks them,
// including its treatment of IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) against IPv4 rules.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { isIPv4Mapped } = require('internal/inet');
const { SocketAddress, kHandle: kAddress } = require('internal/socketaddress');

const kHandle = Symbol('kHandle');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The address as 4 bytes: itself, or the IPv4 inside an IPv4-mapped IPv6 address; else null.
function asIPv4({ family, bytes }) {
  if (family === 4) return bytes;
  return isIPv4Mapped(bytes) ? bytes.subarray(12) : null;
}

// The address as 16 bytes: itself, or an IPv4 address mapped into IPv6.
function asIPv6({ family, bytes }) {
  if (family === 6) return bytes;
  const mapped = new Uint8Array(16);
  mapped[10] = 0xff;
  mapped[11] = 0xff;
  mapped.set(bytes, 12);
  return mapped;
}

function compareBytes(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

function prefixMatches(a, b, prefix) {
  const whole = prefix >> 3;
  for (let i = 0; i < whole; i++) if (a[i] !== b[i]) return false;
  const bits = prefix & 7;
  if (bits === 0) return true;
  const mask = (0xff << (8 - bits)) & 0xff;
  return (a[whole] & mask) === (b[whole] & mask);
}

function familyName(handle) {
  return handle.family === 4 ? 'IPv4' : 'IPv6';
}

// Each rule knows its text and whether it covers an address handle ({ family, bytes }).
const ruleKinds = {
  address: {
    text: (rule) => `Address: ${familyName(rule.address[kAddress])} ${rule.address.address}`,
    covers(rule, target) {
      const own = rule.address[kAddress];
      if (own.family === 4) {
        const candidate = asIPv4(target);
        return candidate !== null && compareBytes(candidate, own.bytes) === 0;
      }
      return compareBytes(asIPv6(target), own.bytes) === 0;
    },
  },
  range: {
    text: (rule) => `Range: ${familyName(rule.start[kAddress])} ${rule.start.address}-${rule.end.address}`,
    covers(rule, target) {
      const start = rule.start[kAddress];
      const end = rule.end[kAddress];
      // Only an IPv6 range against an IPv6 address compares in IPv6; otherwise all three must
      // have an IPv4 form.
      const convert = start.family === 6 && target.family === 6 ? asIPv6 : asIPv4;
      const low = convert(start);
      const high = convert(end);
      const value = convert(target);
      if (low === null || high === null || value === null) return false;
      return compareBytes(low, value) <= 0 && compareBytes(value, high) <= 0;
    },
  },
  subnet: {
    text: (rule) => `Subnet: ${familyName(rule.network[kAddress])} ${rule.network.address}/${rule.prefix}`,
    covers(rule, target) {
      const network = rule.network[kAddress];
      const candidate = network.family === 4 ? asIPv4(target) : asIPv6(target);
      return candidate !== null && prefixMatches(candidate, network.bytes, rule.prefix);
    },
  },
};

class BlockList {
  constructor() {
    this[kHandle] = { rules: [] };
  }

  addAddress(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      address = new SocketAddress({ address, family });
    }
    this[kHandle].rules.unshift({ kind: 'address', address });
  }

  addRange(start, end, family = 'ipv4') {
    const startIsAddress = SocketAddress.isSocketAddress(start);
    const endIsAddress = SocketAddress.isSocketAddress(end);
    if (!startIsAddress) validateString(start, 'start');
    if (!endIsAddress) validateString(end, 'end');
    if (!startIsAddress || !endIsAddress) validateString(family, 'family');
    if (!startIsAddress) start = new SocketAddress({ address: start, family });
    if (!endIsAddress) end = new SocketAddress({ address: end, family });
    const low = start[kAddress];
    const high = end[kAddress];
    let order = 0;
    if (low.family === high.family) {
      order = compareBytes(low.bytes, high.bytes);
    } else if (asIPv4(low) !== null && asIPv4(high) !== null) {
      order = compareBytes(asIPv4(low), asIPv4(high));
    }
    if (order > 0) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this[kHandle].rules.unshift({ kind: 'range', start, end });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(network)) {
      validateString(network, 'network');
      validateString(family, 'family');
      network = new SocketAddress({ address: network, family });
    }
    validateInt32(prefix, 'prefix', 0, network[kAddress].family === 4 ? 32 : 128);
    this[kHandle].rules.unshift({ kind: 'subnet', network, prefix });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const target = address[kAddress];
    return this[kHandle].rules.some((rule) => ruleKinds[rule.kind].covers(rule, target));
  }

  get rules() {
    return this[kHandle].rules.map((rule) => ruleKinds[rule.kind].text(rule));
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return '[BlockList]';
    const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, inner)}`;
  }
}

// Whether `value` is a net.BlockList (Node 22's BlockList.isBlockList, kept internal here).
function isBlockList(value) {
  return value?.[kHandle] !== undefined;
}

module.exports = { BlockList, isBlockList };
