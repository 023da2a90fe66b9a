// os: names, constants and the facts that are the same on every Linux machine.
const os = require('os');
console.log(Object.keys(os));
for (const key of Object.keys(os)) {
  const value = os[key];
  if (typeof value === 'function') {
    console.log(key, value.name, value.length, typeof value[Symbol.toPrimitive]);
  }
}
for (const key of ['constants', 'EOL', 'devNull']) {
  const d = Object.getOwnPropertyDescriptor(os, key);
  console.log(key, d.writable, d.enumerable, d.configurable);
}
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness());
console.log(os.platform() === process.platform, os.arch() === process.arch, `${os.arch}` === process.arch);
console.log(os.type(), `${os.type}`);
console.log(os.machine() === ({ x64: 'x86_64', arm64: 'aarch64' })[os.arch()]);
for (const name of ['hostname', 'release', 'version']) {
  const value = os[name]();
  console.log(name, typeof value, value.length > 0, `${os[name]}` === value);
}
console.log(typeof os.uptime[Symbol.toPrimitive](), typeof os.totalmem[Symbol.toPrimitive]());
