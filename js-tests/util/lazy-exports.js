// util.TextEncoder, TextDecoder and parseArgs are accessors loaded on first use, as in Node.
const util = require('util');
for (const k of ['TextEncoder', 'TextDecoder', 'parseArgs']) {
  const d = Object.getOwnPropertyDescriptor(util, k);
  console.log(k, typeof d.get, d.get.name, typeof d.set, d.set.name, d.enumerable, d.configurable, typeof util[k]);
}
console.log(new util.TextEncoder().encode('hi'), util.parseArgs({ args: ['-f'], options: { f: { type: 'boolean', short: 'f' } } }).values);
util.parseArgs = 5; console.log(util.parseArgs);
console.log(util.getSystemErrorMap().size > 50, util.getSystemErrorName(-2));
