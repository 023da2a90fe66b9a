'use strict';
// Every util.types check against the same list of values: functions of each kind, generator
// objects, iterators, boxed primitives, buffers and views, proxies and a module namespace.
const util = require('util');
const { types } = util;

class Plain {}
const objectWithMethods = { async am() {}, *gm() {}, async *agm() {}, async() {}, ['a*b']() {} };
const asyncFn = async function named() {};
const samples = {
  'function': function f() {},
  'arrow': () => {},
  'class': Plain,
  'async function': asyncFn,
  'async arrow': async (x) => x,
  'async method': objectWithMethods.am,
  'method named async': objectWithMethods.async,
  'method named a*b': objectWithMethods['a*b'],
  'bound async': asyncFn.bind(null),
  'proxy of async': new Proxy(asyncFn, {}),
  'generator function': function* g() {},
  'generator method': objectWithMethods.gm,
  'async generator': async function* ag() {},
  'async generator method': objectWithMethods.agm,
  'generator object': (function* g() {})(),
  'async generator object': (async function* ag() {})(),
  'map keys': new Map([[1, 2]]).keys(),
  'map entries': new Map().entries(),
  'map iterator': new Map()[Symbol.iterator](),
  'set values': new Set([1]).values(),
  'array iterator': [][Symbol.iterator](),
  'string iterator': ''[Symbol.iterator](),
  'tagged object': { [Symbol.toStringTag]: 'Map Iterator' },
  'null prototype': Object.create(null),
  'promise': Promise.resolve(),
  'thenable': { then() {} },
  'date': new Date(0),
  'regexp': /x/,
  'error': new RangeError('r'),
  'map': new Map(),
  'set': new Set(),
  'weakmap': new WeakMap(),
  'weakset': new WeakSet(),
  'arraybuffer': new ArrayBuffer(1),
  'sharedarraybuffer': new SharedArrayBuffer(1),
  'dataview': new DataView(new ArrayBuffer(1)),
  'buffer': Buffer.alloc(1),
  'uint8clamped': new Uint8ClampedArray(1),
  'int16': new Int16Array(1),
  'float32': new Float32Array(1),
  'bigint64': new BigInt64Array(1),
  'biguint64': new BigUint64Array(1),
  'number object': new Number(1),
  'string object': new String('s'),
  'boolean object': new Boolean(false),
  'bigint object': Object(1n),
  'symbol object': Object(Symbol('s')),
  'arguments': (function () { return arguments; })(),
  'proxy of object': new Proxy({}, {}),
  'number': 1,
  'null': null,
};
samples['generator object'].next();

const names = Object.keys(types).sort();
console.log('keys', names.length, names.join(' '));
for (const name of names) {
  const hits = Object.keys(samples).filter((label) => types[name](samples[label]));
  console.log(`${name}:`, hits.join(', ') || '-');
}

import('node:path').then((namespace) => {
  console.log('namespace', types.isModuleNamespaceObject(namespace), types.isModuleNamespaceObject({ ...namespace }),
    types.isModuleNamespaceObject(Object.freeze(Object.create(null))));
});
