'use strict';
// Proxies in util.inspect: the target is shown without running any trap, showProxy shows
// `Proxy [ target, handler ]`, %o implies showProxy, revoked proxies, util.types.isProxy.
const util = require('util');
const { inspect } = util;

const trapCalls = [];
const logging = {
  get(target, key, receiver) { trapCalls.push(`get ${String(key)}`); return Reflect.get(target, key, receiver); },
  ownKeys(target) { trapCalls.push('ownKeys'); return Reflect.ownKeys(target); },
  getPrototypeOf(target) { trapCalls.push('getPrototypeOf'); return Reflect.getPrototypeOf(target); },
};
const target = { a: 1, nested: { b: [1, 2] } };
const proxy = new Proxy(target, logging);
console.log(inspect(proxy));
console.log('traps run by inspect:', trapCalls.length);
console.log(inspect(proxy, { showProxy: true }));
console.log(inspect({ p: proxy }, { showProxy: true, depth: 0 }));
console.log(inspect({ p: { q: proxy } }, { showProxy: true, depth: 1 }));
console.log(inspect(new Proxy(function named() {}, {})));
console.log(inspect(new Proxy(function named() {}, {}), { showProxy: true }));
console.log(inspect(new Proxy([1, 2, 3], {})), inspect(new Proxy(new Map([[1, 2]]), {})));
console.log(inspect(new Proxy(proxy, {}), { showProxy: true }));
console.log(util.format('%o', proxy));
console.log(util.format('%O|%s|%j', proxy, new Proxy({ toString() { return 'T'; } }, {}), proxy));
console.log('traps run in all:', trapCalls.length);

// A proxy whose traps would lie or throw is still shown from its target.
const liar = new Proxy({ real: true }, {
  ownKeys() { throw new Error('ownKeys trap ran'); },
  get() { return 'lie'; },
});
console.log(inspect(liar), inspect([liar], { showProxy: true }));

const { proxy: revocable, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(inspect(revocable), inspect(revocable, { showProxy: true }));
revoke();
console.log(inspect(revocable), inspect(revocable, { showProxy: true }), inspect({ r: revocable }));
console.log(util.types.isProxy(proxy), util.types.isProxy(revocable), util.types.isProxy(target), util.types.isProxy({}),
  util.types.isProxy(Proxy));

// The Proxy constructor itself behaves as before.
console.log(typeof Proxy, Proxy.name, Proxy.length, Proxy.prototype, typeof Proxy.revocable, Proxy.revocable.length);
for (const make of [() => Proxy({}, {}), () => new Proxy(1, {}), () => new Proxy({}, null)]) {
  try {
    make();
  } catch (error) {
    console.log(error.name, error instanceof TypeError);
  }
}
class Sub {}
const viaReflect = Reflect.construct(Proxy, [new Sub(), {}]);
console.log(inspect(viaReflect), inspect(viaReflect, { showProxy: true }), viaReflect instanceof Sub);
