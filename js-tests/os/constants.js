// os.constants: Linux's numbers, read-only entries in null-prototype tables.
const os = require('os');
const c = os.constants;
console.log(Object.getPrototypeOf(c) === null, Object.keys(c));
for (const key of Reflect.ownKeys(c)) {
  const d = Object.getOwnPropertyDescriptor(c, key);
  console.log(key, d.writable, d.enumerable, d.configurable);
}
for (const table of ['dlopen', 'errno', 'signals', 'priority']) {
  const t = c[table];
  console.log(table, Object.getPrototypeOf(t) === null, Object.isExtensible(t), JSON.stringify(t));
  const first = Object.keys(t)[0];
  console.log(JSON.stringify(Object.getOwnPropertyDescriptor(t, first)));
}
c.signals.SIGINT = 99;
console.log(c.signals.SIGINT, c.UV_UDP_REUSEADDR);
console.log(require('util').inspect(c.priority));
