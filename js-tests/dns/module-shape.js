'use strict';
// The dns module's shape: its keys in Node's order, the constants, the names of its functions,
// the Resolver prototypes, and the default result order.

const dns = require('dns');

console.log(Object.keys(dns));
console.log(Object.keys(dns.promises));
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)));
console.log(Object.getOwnPropertyNames(dns.promises.Resolver.prototype));
for (const key of Object.keys(dns)) {
  if (typeof dns[key] === 'function') console.log(key, dns[key].name, dns[key].length);
  else if (typeof dns[key] !== 'object') console.log(key, dns[key]);
}
console.log(dns.promises.resolve4.name, dns.promises.reverse.name, dns.promises.lookup.name);
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('ipv6first');
console.log(dns.getDefaultResultOrder());
console.log(require('dns').Resolver === require('node:dns').Resolver, typeof require('node:dns/promises').lookup);
