'use strict';
// JSON.parse(text) against JSON.parse(text, identity): with a reviver every runtime takes its
// engine's own parser, so the two agree in Node, and in datagraal this compares the runtime's JS
// parser (internal/per_context/json_parse) with GraalJS's, over generated texts: random values
// written with random whitespace and escapes, and mutations of them (a character dropped,
// doubled or replaced), most of which are not JSON. Same value (key order, -0, own __proto__
// included) or both throwing a SyntaxError.
let seed = 20261125;
function random(n) { // a small deterministic generator, the same run for every runtime
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const pieces = ['a', 'é', '€', '😀', '\\"', '\\\\', '\\/', '\\n', '\\t', '\\u0041', '\\ud83d\\ude00', '\\ud800', ' ', '0', '__proto__'];
function randomString() {
  let text = '';
  for (let i = random(6); i > 0; i--) text += pieces[random(pieces.length)];
  return `"${text}"`;
}
const numbers = ['0', '-0', '7', '-12', '3.25', '1e3', '-2.5E-3', '123456789012345678', '0.1', '1e400'];
const spaces = ['', '', '', ' ', '\n', '\t ', '\r\n'];
function space() { return spaces[random(spaces.length)]; }
function randomText(depth) {
  const kind = depth > 4 ? random(4) : random(6);
  switch (kind) {
    case 0: return numbers[random(numbers.length)];
    case 1: return randomString();
    case 2: return ['true', 'false', 'null'][random(3)];
    case 3: return randomString();
    case 4: {
      const items = [];
      for (let i = random(5); i > 0; i--) items.push(space() + randomText(depth + 1) + space());
      return `[${items.join(',')}]`;
    }
    default: {
      const members = [];
      for (let i = random(5); i > 0; i--) members.push(`${space()}${randomString()}${space()}:${space()}${randomText(depth + 1)}${space()}`);
      return `{${members.join(',')}}`;
    }
  }
}
function mutate(text) {
  const at = random(text.length + 1);
  switch (random(3)) {
    case 0: return text.slice(0, at) + text.slice(at + 1);
    case 1: return text.slice(0, at) + text[at] + text.slice(at);
    default: return text.slice(0, at) + '{}[]:,"\\e.-x 0'[random(15)] + text.slice(at + 1);
  }
}
function same(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    if (keysA[i] !== keysB[i]) return false;
    const da = Object.getOwnPropertyDescriptor(a, keysA[i]);
    const db = Object.getOwnPropertyDescriptor(b, keysB[i]);
    if (da.enumerable !== db.enumerable || da.writable !== db.writable || !same(da.value, db.value)) return false;
  }
  return true;
}
const identity = (key, value) => value;
function outcome(parse) {
  try {
    return { value: parse() };
  } catch (error) {
    return { error: error.name };
  }
}
let valid = 0;
let invalid = 0;
let disagreements = 0;
for (let i = 0; i < 3000; i++) {
  let text = space() + randomText(0) + space();
  if (i % 2 === 1) text = mutate(text);
  const fast = outcome(() => JSON.parse(text));
  const engine = outcome(() => JSON.parse(text, identity));
  if ('error' in engine) invalid++; else valid++;
  const agree = 'error' in engine ? fast.error === engine.error : 'value' in fast && same(fast.value, engine.value);
  if (!agree) {
    disagreements++;
    if (disagreements <= 5) console.log('disagree:', JSON.stringify(text), fast, engine);
  }
}
console.log(`texts ${valid + invalid}, disagreements ${disagreements}`);
console.log(valid > 1500 && invalid > 500 ? 'both kinds well represented' : `valid ${valid}, invalid ${invalid}`);
