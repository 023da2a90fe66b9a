'use strict';
// The DNS message format (RFC 1035) for the resolver's UDP client: a query to send, and a
// response read into header, question and answer records. Names follow c-ares's rules, so that
// Node's errors and strings come out: which characters a name may hold (else EBADNAME), the
// `\DDD` and `\X` escapes, and how unusual bytes in received names are escaped.

const { formatIPv4, formatIPv6 } = require('internal/inet');

const TYPE = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257,
};
const CLASS_IN = 1;
const FLAG_RD = 0x0100;
const FLAG_TC = 0x0200;
const FLAG_QR = 0x8000;
const MAX_LABEL = 63;
const MAX_NAME = 255;

class MalformedMessage extends Error {}

function isNameCharacter(code) {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
    code === 0x2d /* - */ || code === 0x5f /* _ */ || code === 0x2a /* * */ || code === 0x2f /* / */;
}

// The labels of `name` as byte arrays, or null when c-ares would refuse it (EBADNAME). "" and "."
// are the root; one trailing dot is allowed; `\DDD` is a byte in decimal, `\X` the character X.
function nameToLabels(name) {
  if (name === '' || name === '.') return [];
  const labels = [];
  let label = [];
  let total = 1;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code === 0x2e /* . */) {
      if (label.length === 0) return null;
      labels.push(label);
      total += label.length + 1;
      label = [];
      continue;
    }
    if (code === 0x5c /* \ */) {
      if (i + 1 >= name.length) return null;
      const digits = name.slice(i + 1, i + 4);
      if (/^[0-9]{3}$/.test(digits)) {
        code = Number(digits);
        if (code > 255) return null;
        i += 3;
      } else {
        code = name.charCodeAt(++i);
        if (code > 0xff) return null;
      }
    } else if (!isNameCharacter(code)) {
      return null;
    }
    label.push(code);
    if (label.length > MAX_LABEL) return null;
  }
  if (label.length > 0) {
    labels.push(label);
    total += label.length + 1;
  }
  return total > MAX_NAME ? null : labels;
}

// A query message for `labels` (from nameToLabels) with recursion desired, as c-ares sends it.
function encodeQuery(id, labels, type) {
  const size = 12 + labels.reduce((sum, label) => sum + label.length + 1, 1) + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, id);
  view.setUint16(2, FLAG_RD);
  view.setUint16(4, 1);
  let offset = 12;
  for (const label of labels) {
    bytes[offset++] = label.length;
    bytes.set(label, offset);
    offset += label.length;
  }
  bytes[offset++] = 0;
  view.setUint16(offset, type);
  view.setUint16(offset + 2, CLASS_IN);
  return bytes;
}

// c-ares writes these bytes of a received label with a backslash before them; bytes outside
// printable ASCII become \DDD.
const ESCAPED = new Set([0x2e, 0x5c, 0x22, 0x24, 0x28, 0x29, 0x3b, 0x40]);

function escapeLabelByte(byte) {
  if (byte < 0x20 || byte > 0x7e) return `\\${String(byte).padStart(3, '0')}`;
  const character = String.fromCharCode(byte);
  return ESCAPED.has(byte) ? `\\${character}` : character;
}

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  check(offset, length) {
    if (offset + length > this.bytes.length) throw new MalformedMessage('message too short');
  }

  u8(offset) { this.check(offset, 1); return this.bytes[offset]; }
  u16(offset) { this.check(offset, 2); return this.view.getUint16(offset); }
  u32(offset) { this.check(offset, 4); return this.view.getUint32(offset); }

  // A name at `offset`, following compression pointers; returns [text, offset after it].
  name(offset) {
    const labels = [];
    let end = -1;
    let jumps = 0;
    let length = 0;
    for (;;) {
      const size = this.u8(offset);
      if ((size & 0xc0) === 0xc0) {
        if (++jumps > 127) throw new MalformedMessage('compression loop');
        const target = ((size & 0x3f) << 8) | this.u8(offset + 1);
        if (end === -1) end = offset + 2;
        offset = target;
        continue;
      }
      if ((size & 0xc0) !== 0) throw new MalformedMessage('bad label type');
      if (size === 0) break;
      this.check(offset + 1, size);
      length += size + 1;
      if (length > MAX_NAME) throw new MalformedMessage('name too long');
      let text = '';
      for (let i = 0; i < size; i++) text += escapeLabelByte(this.bytes[offset + 1 + i]);
      labels.push(text);
      offset += size + 1;
    }
    return [labels.join('.'), end === -1 ? offset + 1 : end];
  }

  // The name's wire labels, uncompressed and lower-cased, to compare questions.
  nameKey(offset) {
    return this.name(offset)[0].toLowerCase();
  }

  // A <character-string>: a length byte, then bytes read one per character, as Node does.
  characterString(offset) {
    const size = this.u8(offset);
    this.check(offset + 1, size);
    return [latin1(this.bytes, offset + 1, offset + 1 + size), offset + 1 + size];
  }
}

function latin1(bytes, start, end) {
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

// The record's data in the shape the answer builders read; unknown types keep their raw bytes.
function readData(reader, type, start, length) {
  const end = start + length;
  reader.check(start, length);
  switch (type) {
    case TYPE.A:
      if (length !== 4) throw new MalformedMessage('bad A record');
      return formatIPv4(reader.bytes, start);
    case TYPE.AAAA:
      if (length !== 16) throw new MalformedMessage('bad AAAA record');
      return formatIPv6(reader.bytes.subarray(start, end));
    case TYPE.CNAME: case TYPE.NS: case TYPE.PTR:
      return reader.name(start)[0];
    case TYPE.MX:
      return { priority: reader.u16(start), exchange: reader.name(start + 2)[0] };
    case TYPE.TXT: {
      const chunks = [];
      let offset = start;
      while (offset < end) {
        const [chunk, next] = reader.characterString(offset);
        chunks.push(chunk);
        offset = next;
      }
      return chunks;
    }
    case TYPE.SRV:
      return {
        priority: reader.u16(start), weight: reader.u16(start + 2), port: reader.u16(start + 4),
        name: reader.name(start + 6)[0],
      };
    case TYPE.SOA: {
      const [nsname, afterPrimary] = reader.name(start);
      const [hostmaster, afterMailbox] = reader.name(afterPrimary);
      return {
        nsname, hostmaster, serial: reader.u32(afterMailbox), refresh: reader.u32(afterMailbox + 4),
        retry: reader.u32(afterMailbox + 8), expire: reader.u32(afterMailbox + 12),
        minttl: reader.u32(afterMailbox + 16),
      };
    }
    case TYPE.NAPTR: {
      const order = reader.u16(start);
      const preference = reader.u16(start + 2);
      const [flags, afterFlags] = reader.characterString(start + 4);
      const [service, afterService] = reader.characterString(afterFlags);
      const [regexp, afterRegexp] = reader.characterString(afterService);
      const replacement = reader.name(afterRegexp)[0];
      return { flags, service, regexp, replacement, order, preference };
    }
    case TYPE.CAA: {
      const critical = reader.u8(start);
      const [tag, afterTag] = reader.characterString(start + 1);
      if (afterTag > end) throw new MalformedMessage('bad CAA record');
      return { critical, tag, value: latin1(reader.bytes, afterTag, end) };
    }
    default:
      return reader.bytes.slice(start, end);
  }
}

// The parts of a response the resolver needs: id, flags, rcode, the question, the answers
// ({ name, type, ttl, data }). Throws MalformedMessage when even the header or question cannot
// be read; bad answer records leave `malformed` set (c-ares's EBADRESP).
function decodeResponse(bytes) {
  const reader = new Reader(bytes);
  const flags = reader.u16(2);
  const questionCount = reader.u16(4);
  const answerCount = reader.u16(6);
  let offset = 12;
  const questions = [];
  for (let i = 0; i < questionCount; i++) {
    const name = reader.nameKey(offset);
    offset = reader.name(offset)[1];
    questions.push({ name, type: reader.u16(offset), class: reader.u16(offset + 2) });
    offset += 4;
  }
  const answers = [];
  let malformed = false;
  try {
    for (let i = 0; i < answerCount; i++) {
      const [name, afterName] = reader.name(offset);
      const type = reader.u16(afterName);
      const ttl = reader.u32(afterName + 4);
      const length = reader.u16(afterName + 8);
      const start = afterName + 10;
      answers.push({ name, type, ttl: ttl > 0x7fffffff ? 0 : ttl, data: readData(reader, type, start, length) });
      offset = start + length;
    }
  } catch (error) {
    if (!(error instanceof MalformedMessage)) throw error;
    malformed = true;
  }
  return {
    malformed,
    id: reader.u16(0),
    response: (flags & FLAG_QR) !== 0,
    truncated: (flags & FLAG_TC) !== 0,
    rcode: flags & 0xf,
    questions,
    answerCount,
    answers,
  };
}

// The question of a query built by encodeQuery, in decodeResponse's shape, to match responses.
function queryQuestion(query) {
  const reader = new Reader(query);
  const name = reader.nameKey(12);
  const offset = reader.name(12)[1];
  return { name, type: reader.u16(offset), class: reader.u16(offset + 2) };
}

module.exports = { TYPE, MalformedMessage, nameToLabels, encodeQuery, decodeResponse, queryQuestion };
