// Circular references: <ref *N> on the target, [Circular *N] where it recurs.
const util = require('util');

const o = { a: 1 }; o.self = o;
console.log(o);
const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b;
console.log([a, b]);
const arr = [1]; arr.push(arr);
console.log(arr);
const m = new Map(); m.set('self', m);
console.log(m);
const x = {}; x.inner = { y: { z: x } }; x.also = x.inner; x.inner.back = x.inner;
console.log(x);
const shared = { s: 1 };
console.log({ one: shared, two: shared });
console.log(util.inspect(o, { compact: true }));
console.log(util.format('%j', o));
