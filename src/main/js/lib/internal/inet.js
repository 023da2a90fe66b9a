'use strict';
// IP addresses as bytes and back, the way inet_pton(3) reads them and inet_ntop(3) writes them
// (libuv's own versions, which Node uses): strict dotted quads without leading zeros, one "::"
// at most, an embedded IPv4 tail, and "::a.b.c.d" / "::ffff:a.b.c.d" forms on output.

// Four decimal octets, each 0-255 without a leading zero; a Uint8Array(4) or null.
function parseIPv4(text) {
  if (typeof text !== 'string') return null;
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i];
    if (part.length === 0 || part.length > 3 || (part.length > 1 && part[0] === '0')) return null;
    let value = 0;
    for (let j = 0; j < part.length; j++) {
      const digit = part.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9) return null;
      value = value * 10 + digit;
    }
    if (value > 255) return null;
    bytes[i] = value;
  }
  return bytes;
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

// Eight groups of 1-4 hex digits, one "::" standing for one or more zero groups, the last 32 bits
// possibly dotted; a Uint8Array(16) or null. No zone: callers strip "%..." first.
function parseIPv6(text) {
  if (typeof text !== 'string' || text.length === 0) return null;
  const groups = [];
  let gap = -1;
  let i = 0;
  const length = text.length;
  if (text[0] === ':') {
    if (text[1] !== ':') return null;
    gap = 0;
    i = 2;
    if (i === length) return new Uint8Array(16);
  }
  let embedded = null;
  while (i < length) {
    // One group: hex digits up to the next ':' or the end, or a dotted IPv4 tail.
    let end = i;
    while (end < length && text[end] !== ':') end++;
    const piece = text.slice(i, end);
    if (piece.includes('.')) {
      if (end !== length) return null;
      embedded = parseIPv4(piece);
      if (embedded === null) return null;
      i = end;
      break;
    }
    if (piece.length === 0 || piece.length > 4) return null;
    let value = 0;
    for (let j = 0; j < piece.length; j++) {
      const digit = hexValue(piece.charCodeAt(j));
      if (digit < 0) return null;
      value = value * 16 + digit;
    }
    groups.push(value);
    if (groups.length > 8) return null;
    if (end === length) {
      i = end;
      break;
    }
    // At a ':': either the next group follows, or "::" marks the gap.
    if (text[end + 1] === ':') {
      if (gap !== -1) return null;
      gap = groups.length;
      i = end + 2;
      if (i === length) break;
      if (text[i] === ':') return null;
    } else {
      i = end + 1;
      if (i === length) return null;
    }
  }
  const total = groups.length + (embedded ? 2 : 0);
  if (gap === -1 ? total !== 8 : total >= 8) return null;
  const words = new Array(8).fill(0);
  if (embedded) {
    groups.push((embedded[0] << 8) | embedded[1], (embedded[2] << 8) | embedded[3]);
  }
  if (gap === -1) {
    for (let k = 0; k < 8; k++) words[k] = groups[k];
  } else {
    for (let k = 0; k < gap; k++) words[k] = groups[k];
    const tail = groups.length - gap;
    for (let k = 0; k < tail; k++) words[8 - tail + k] = groups[gap + k];
  }
  const bytes = new Uint8Array(16);
  for (let k = 0; k < 8; k++) {
    bytes[2 * k] = words[k] >> 8;
    bytes[2 * k + 1] = words[k] & 0xff;
  }
  return bytes;
}

function formatIPv4(bytes, offset = 0) {
  return `${bytes[offset]}.${bytes[offset + 1]}.${bytes[offset + 2]}.${bytes[offset + 3]}`;
}

// The longest run of two or more zero groups (the first of equals) becomes "::"; an address that
// is zero up to its last 32 bits, or IPv4-mapped, ends in dotted form.
function formatIPv6(bytes) {
  const words = [];
  for (let k = 0; k < 8; k++) words.push((bytes[2 * k] << 8) | bytes[2 * k + 1]);
  let bestStart = -1;
  let bestLength = 0;
  for (let k = 0; k < 8;) {
    if (words[k] !== 0) {
      k++;
      continue;
    }
    const start = k;
    while (k < 8 && words[k] === 0) k++;
    if (k - start > bestLength) {
      bestStart = start;
      bestLength = k - start;
    }
  }
  if (bestLength < 2) bestStart = -1;
  let out = '';
  for (let k = 0; k < 8; k++) {
    if (bestStart !== -1 && k >= bestStart && k < bestStart + bestLength) {
      if (k === bestStart) out += ':';
      continue;
    }
    if (k !== 0) out += ':';
    if (k === 6 && bestStart === 0 && (bestLength === 6 || (bestLength === 5 && words[5] === 0xffff))) {
      out += formatIPv4(bytes, 12);
      return out;
    }
    out += words[k].toString(16);
  }
  if (bestStart !== -1 && bestStart + bestLength === 8) out += ':';
  return out;
}

function isIPv4Mapped(bytes) {
  for (let k = 0; k < 10; k++) if (bytes[k] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

module.exports = { parseIPv4, parseIPv6, formatIPv4, formatIPv6, isIPv4Mapped };
