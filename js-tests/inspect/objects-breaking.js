// Line breaking: breakLength 80 and compact 3, around the width where an object stops fitting
// on one line, nested objects, and other compact / breakLength settings.
const util = require('util');

for (let w = 66; w <= 80; w++) console.log(w, { alpha: 'a'.repeat(w - 40), beta: 12345, gamma: 'ccc' });
for (let w = 60; w <= 84; w += 4) console.log({ outer: { alpha: 'a'.repeat(w - 40), beta: 12345 }, z: 1 });
console.log({ first: [1, 2, 3], next: { detail: { core: true } } });
console.log({ a: 1, b: { c: 2, d: { e: 3, f: { g: 4 } } } });
console.log(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
console.log(Array.from({ length: 8 }, (_, i) => ({ id: i, name: `n${i}` })));
console.log(Array.from({ length: 4 }, (_, i) => ({ id: i, name: `name number ${i}`, tags: ['a', 'b', 'c'] })));
const sample = { num: 1, str: 'hello', arr: [1, 2, 3], nested: { deep: { deeper: { deepest: 1 } } }, nul: null };
for (const compact of [false, true, 1, 2, 3]) console.log(util.inspect(sample, { compact }));
for (const breakLength of [20, 40, 120, Infinity]) console.log(util.inspect(sample, { breakLength }));
console.log(util.inspect({ a: 'x'.repeat(70), b: { c: 'y'.repeat(90), d: [1, 2, 3] } }, { compact: true }));
