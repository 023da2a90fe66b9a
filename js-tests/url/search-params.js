// URLSearchParams: construction from strings, records and iterables, the form-urlencoded parser
// and serialiser, each method, iteration, sorting, and the errors Node throws.
'use strict';

const show = (label, params) => console.log(label, JSON.stringify([...params]), params.toString(), params.size);

show('string', new URLSearchParams('?a=b+c&d=%zz&e&=f&&g=%F0%9F%98%80&h=%C3&i=%2B'));
show('no question mark', new URLSearchParams('a=1&a=2'));
show('record', new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined, e: { toString: () => 'obj' } }));
show('pairs', new URLSearchParams([['x', 'y'], new Set(['k', 'v']), ['n', 5]]));
show('copy', new URLSearchParams(new URLSearchParams('p=q')));
show('map', new URLSearchParams(new Map([['m', '1'], ['n', '2']])));
show('empty', new URLSearchParams(''));
show('undefined', new URLSearchParams(undefined));
show('null', new URLSearchParams(null));
show('number', new URLSearchParams(42));
show('encoding', new URLSearchParams({ 'a b': 'c~!*()\'_-.&=+/?\u00e9\u0000\n' }));
show('lone surrogate', new URLSearchParams({ k: '\uD800x' }));

for (const [label, init] of [['pair of one', [[1]]], ['not a pair', [5]], ['pair of three', [[1, 2, 3]]],
  ['bad iterator', { [Symbol.iterator]: 5 }], ['string pair', ['ab']]]) {
  try {
    new URLSearchParams(init);
    console.log(label, 'accepted');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

const p = new URLSearchParams('z=1&a=2&b=3&a=1');
console.log('get', p.get('a'), p.get('nope'), 'getAll', p.getAll('a'), 'has', p.has('a'), p.has('a', '2'), p.has('a', '3'));
p.sort();
console.log('sorted', p.toString());
p.delete('a', '1');
console.log('delete with value', p.toString());
p.set('b', 'x');
p.append('b', 'y');
p.set('b', 'z');
console.log('set/append/set', p.toString(), p.getAll('b'));
p.append('\u00e9', '\uD83D\uDE00');
console.log('keys', [...p.keys()], 'values', [...p.values()], 'entries', [...p.entries()]);
p.forEach(function each(value, name, params) {
  console.log('forEach', name, value, params === p, this.tag);
}, { tag: 'thisArg' });
const sortable = new URLSearchParams('b=1&a=1&\uD83D\uDE00=1&\uFFFD=1&a=0&B=1');
sortable.sort();
console.log('sort by code units, stable', sortable.toString());

for (const [label, fn] of [
  ['get()', () => p.get()],
  ['append(one)', () => p.append('x')],
  ['set(one)', () => p.set('x')],
  ['forEach(no fn)', () => p.forEach(5)],
  ['get on plain object', () => URLSearchParams.prototype.get.call({}, 'a')],
  ['toString on plain object', () => URLSearchParams.prototype.toString.call({})],
  ['size on plain object', () => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({})],
  ['iterator next on plain object', () => p.keys().next.call({})],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}

console.log(Object.prototype.toString.call(p), Object.prototype.toString.call(p.keys()), String(p.keys()));
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join(','), URLSearchParams.length,
  URLSearchParams.prototype.forEach.length, URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
const iterator = new URLSearchParams('a=1&b=2').keys();
console.log(Object.getPrototypeOf(Object.getPrototypeOf(iterator)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  Object.getOwnPropertyNames(Object.getPrototypeOf(iterator)), iterator.next(), iterator.next(), iterator.next());
const live = new URLSearchParams('a=1&b=2&c=3');
const seen = [];
for (const [name] of live) {
  seen.push(name);
  if (name === 'a') live.delete('b');
}
console.log('iteration sees live changes', seen);
