// Nesting depth: [Object] / [Array] beyond depth 2, empty containers always shown, options.
const util = require('util');

console.log({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: {} } } }, { a: [[[[1]]]], b: [[[]]] });
class Foo { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Foo(), m: new Map([[1, 2]]), s: new Set([1]), n: Object.assign(Object.create(null), { x: 1 }) } } });
console.log({ a: { b: { c: /re/, d: new Date(0), f() {}, g: Object.assign(/re/, { p: 1 }) } } });
const value = { l1: { l2: { l3: { l4: { l5: 'deep' } } } } };
for (const depth of [0, 1, 3, Infinity, null, -1]) console.log(util.inspect(value, { depth }));
console.log(util.inspect(value, false, 0, false), util.inspect(value, true, null));
