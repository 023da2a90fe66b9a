'use strict';
// util.promisify: util.promisify.custom (user-defined, the shared Symbol.for key, a bad one),
// the shape of the promisified function, `this`, extra callback values, sync throws, errors.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}

console.log('symbol', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), String(util.promisify.custom));

function withCustom(callback) { callback(null, 'callback way'); }
withCustom[util.promisify.custom] = () => Promise.resolve('custom way');
const customised = util.promisify(withCustom);
console.log('custom used', customised === withCustom[util.promisify.custom]);

function viaSharedKey() {}
const sharedCustom = () => 'not even a promise';
viaSharedKey[Symbol.for('nodejs.util.promisify.custom')] = sharedCustom;
console.log('shared key', util.promisify(viaSharedKey) === sharedCustom, util.promisify(viaSharedKey)());

function badCustom() {}
badCustom[util.promisify.custom] = 'nope';
attempt('bad custom', () => util.promisify(badCustom));
for (const bad of [undefined, null, 'fn', {}, 1n]) attempt(`promisify ${String(bad)}`, () => util.promisify(bad));

function original(a, b, callback) { callback(null, a + b, 'ignored extra'); }
original.extra = 'kept';
const promisified = util.promisify(original);
console.log('shape', promisified.name, promisified.length, promisified.extra,
  Object.getPrototypeOf(promisified) === Object.getPrototypeOf(original),
  promisified[util.promisify.custom] === promisified, util.promisify(promisified) === promisified);

const holder = {
  base: 10,
  add(x, callback) { callback(null, this.base + x); },
};
holder.addAsync = util.promisify(holder.add);

(async () => {
  console.log('custom result', await customised());
  console.log('value', await promisified(1, 2));
  console.log('this', await holder.addAsync(5));
  const failing = util.promisify((callback) => callback(Object.assign(new Error('boom'), { code: 'E_BOOM' })));
  await failing().catch((error) => console.log('rejected', error.message, error.code));
  const throwing = util.promisify(() => { throw new TypeError('sync'); });
  await throwing().catch((error) => console.log('sync throw rejects', error.name, error.message));
  const falsy = util.promisify((callback) => callback(0, 'value'));
  console.log('falsy error resolves', await falsy());
  const sleep = util.promisify(setTimeout);
  console.log('setTimeout custom', await sleep(1, 'slept'));
  const immediate = util.promisify(setImmediate);
  console.log('setImmediate custom', await immediate('now'));
})();
