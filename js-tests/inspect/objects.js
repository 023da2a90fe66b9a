// Plain objects: key quoting, class instances, null prototypes, Symbol.toStringTag, getters.
const util = require('util');

console.log({}, { a: 1 }, { a: 1, 'b-c': 2, '0': 3, '1a': 4, 'a b': 5, "it's": 6, '': 7, _x$: 8, $a: 9 });
console.log(JSON.parse('{"__proto__": 1}'));
class Foo { constructor() { this.a = 1; this.b = 'x'; } }
class Empty {}
console.log(new Foo(), new Empty(), new (class {})());
console.log(Object.create(null), Object.assign(Object.create(null), { a: 1 }));
console.log(Object.create(Object.create(null)));
class Tagged { get [Symbol.toStringTag]() { return 'Bar'; } }
console.log(new Tagged(), { [Symbol.toStringTag]: 'Own' }, Object.create({ [Symbol.toStringTag]: 'Inh' }));
console.log({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} });
console.log(util.inspect({ get a() { return 1; }, get n() { return null; }, get o() { return { x: [1] }; } }, { getters: true }));
console.log({ a: undefined, b: null, f() {}, g: () => {} });
console.log(util.inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true }));
console.log(util.inspect({ c: 1, a: 2, b: { z: 1, y: 2 } }, { sorted: true }));
