'use strict';
// Pending promises in util.inspect: plain, subclassed, with own properties, nested, coloured,
// from async functions, and a promise still pending while another settles.
const util = require('util');

class Deferred extends Promise {}
const withProps = Object.assign(new Promise(() => {}), { extra: 1, [Symbol('s')]: 'x' });
console.log(new Promise(() => {}), new Deferred(() => {}), withProps);
console.log([new Promise(() => {})], { p: new Promise(() => {}) }, new Map([['k', new Promise(() => {})]]));
console.log(util.inspect(new Promise(() => {}), { colors: true }), util.format('%o|%O|%s', new Promise(() => {}),
  new Promise(() => {}), new Promise(() => {})));
const waiting = (async () => { await new Promise((resolve) => setTimeout(resolve, 20)); })();
console.log('async function', waiting);
const nested = { level1: { level2: { level3: new Promise(() => {}) } } };
console.log(util.inspect(nested, { depth: 0 }), util.inspect(nested, { depth: 5 }));
console.log(util.inspect(new Promise(() => {}), { showHidden: true }), util.types.isPromise(withProps));
let release;
const later = new Promise((resolve) => { release = resolve; });
setTimeout(() => {
  console.log('still pending', later, util.inspect([later], { compact: false }));
  release();
}, 5);
