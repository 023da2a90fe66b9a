'use strict';
// JSON.parse, replaced at start-up. GraalJS's own parser is Java code the JS compiler cannot
// reach, and it took 5-6 µs for a 128-byte record (Node: 0.4 µs); this one, compiled with the
// script, takes about 1 µs. It accepts exactly JSON's grammar and builds what the engine's would
// (own data properties, key order, __proto__ as a plain key); anything it does not take on, a
// reviver, a non-string, a syntax error, very deep nesting, goes to the engine's JSON.parse,
// so errors and their messages are the engine's.

const engineParse = JSON.parse;
const ObjectPrototype = Object.prototype;
const defineProperty = Object.defineProperty;
const FAIL = {}; // "not mine": the engine parses the text again
const MAX_DEPTH = 400;
// The text being parsed and the position reached, shared by the functions below (no callback
// runs during a parse, so one parse never interleaves with another).
let text = '';
let pos = 0;
// The whitespace skips are written out where they are needed: Truffle's latency mode (see
// bin/datagraal) does not inline, so a helper would cost a call per skip.

function parse(source, reviver) {
  if (typeof source !== 'string' || reviver !== undefined) return engineParse(source, reviver);
  text = source;
  pos = 0;
  const value = parseValue(0);
  const end = text.length;
  let p = pos;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
    else break;
  }
  text = '';
  if (value === FAIL || p !== end) return engineParse(source);
  return value;
}

function parseValue(depth) {
  const s = text;
  const end = s.length;
  let p = pos;
  let c = 0;
  while (p < end) {
    c = s.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
    else break;
  }
  if (p >= end) return FAIL;
  if (c === 0x22) { pos = p; return parseString(); }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) { pos = p; return parseNumber(); }
  if (c === 0x7b) {
    if (depth > MAX_DEPTH) return FAIL;
    const object = {};
    p++;
    while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
    if (c === 0x7d) { pos = p + 1; return object; }
    for (;;) {
      if (p >= end || c !== 0x22) return FAIL;
      pos = p;
      const key = parseString();
      if (key === FAIL) return FAIL;
      p = pos;
      while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
      if (p >= end || c !== 0x3a) return FAIL;
      pos = p + 1;
      const value = parseValue(depth + 1);
      if (value === FAIL) return FAIL;
      // A data property even where Object.prototype has a setter (__proto__) or a frozen one.
      if (key in ObjectPrototype) defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
      else object[key] = value;
      p = pos;
      while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
      if (p >= end) return FAIL;
      if (c === 0x7d) { pos = p + 1; return object; }
      if (c !== 0x2c) return FAIL;
      p++;
      while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
    }
  }
  if (c === 0x5b) {
    if (depth > MAX_DEPTH) return FAIL;
    const array = [];
    p++;
    while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
    if (p < end && c === 0x5d) { pos = p + 1; return array; }
    for (;;) {
      pos = p;
      const value = parseValue(depth + 1);
      if (value === FAIL) return FAIL;
      array[array.length] = value;
      p = pos;
      while (p < end) { c = s.charCodeAt(p); if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++; else break; }
      if (p >= end) return FAIL;
      if (c === 0x5d) { pos = p + 1; return array; }
      if (c !== 0x2c) return FAIL;
      p++;
    }
  }
  if (c === 0x74 && s.startsWith('true', p)) { pos = p + 4; return true; }
  if (c === 0x66 && s.startsWith('false', p)) { pos = p + 5; return false; }
  if (c === 0x6e && s.startsWith('null', p)) { pos = p + 4; return null; }
  return FAIL;
}

// At an opening quote. A string without escapes is one slice of the text.
function parseString() {
  const s = text;
  const end = s.length;
  const start = pos + 1;
  let p = start;
  for (;;) {
    if (p >= end) return FAIL;
    const c = s.charCodeAt(p);
    if (c === 0x22) { pos = p + 1; return s.slice(start, p); }
    if (c === 0x5c) break;
    if (c < 0x20) return FAIL;
    p++;
  }
  let result = s.slice(start, p);
  for (;;) {
    if (p >= end) return FAIL;
    const c = s.charCodeAt(p);
    if (c === 0x22) { pos = p + 1; return result; }
    if (c < 0x20) return FAIL;
    if (c !== 0x5c) {
      const runStart = p;
      while (p < end) { const d = s.charCodeAt(p); if (d === 0x22 || d === 0x5c || d < 0x20) break; p++; }
      result += s.slice(runStart, p);
      continue;
    }
    const e = s.charCodeAt(p + 1);
    p += 2;
    switch (e) {
      case 0x22: result += '"'; break;
      case 0x5c: result += '\\'; break;
      case 0x2f: result += '/'; break;
      case 0x62: result += '\b'; break;
      case 0x66: result += '\f'; break;
      case 0x6e: result += '\n'; break;
      case 0x72: result += '\r'; break;
      case 0x74: result += '\t'; break;
      case 0x75: {
        let code = 0;
        for (let i = 0; i < 4; i++) {
          const h = s.charCodeAt(p + i);
          let v;
          if (h >= 0x30 && h <= 0x39) v = h - 0x30;
          else if (h >= 0x61 && h <= 0x66) v = h - 0x57;
          else if (h >= 0x41 && h <= 0x46) v = h - 0x37;
          else return FAIL;
          code = code * 16 + v;
        }
        p += 4;
        result += String.fromCharCode(code);
        break;
      }
      default: return FAIL;
    }
  }
}

// JSON's number grammar exactly; small integers are summed, the rest converted by Number().
function parseNumber() {
  const s = text;
  const end = s.length;
  const start = pos;
  let p = start;
  let negative = false;
  if (s.charCodeAt(p) === 0x2d) { negative = true; p++; }
  let c = s.charCodeAt(p);
  let value = 0;
  if (c === 0x30) {
    p++;
    c = s.charCodeAt(p);
  } else if (c >= 0x31 && c <= 0x39) {
    do { value = value * 10 + (c - 0x30); p++; c = s.charCodeAt(p); } while (c >= 0x30 && c <= 0x39);
  } else {
    return FAIL;
  }
  let simple = p - start <= 15;
  if (c === 0x2e) {
    simple = false;
    p++;
    c = s.charCodeAt(p);
    if (!(c >= 0x30 && c <= 0x39)) return FAIL;
    do { p++; c = s.charCodeAt(p); } while (c >= 0x30 && c <= 0x39);
  }
  if (c === 0x65 || c === 0x45) {
    simple = false;
    p++;
    c = s.charCodeAt(p);
    if (c === 0x2b || c === 0x2d) { p++; c = s.charCodeAt(p); }
    if (!(c >= 0x30 && c <= 0x39)) return FAIL;
    do { p++; c = s.charCodeAt(p); } while (c >= 0x30 && c <= 0x39);
  }
  pos = p;
  if (simple) return negative ? -value : value;
  return Number(s.slice(start, p));
}

module.exports = parse;
