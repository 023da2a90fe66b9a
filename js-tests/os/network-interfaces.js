// networkInterfaces(): Node's shape; each entry checked against itself (the addresses are the machine's).
const os = require('os');
const net = require('net');
const all = os.networkInterfaces();
console.log(Object.getPrototypeOf(all) === Object.prototype);
const names = Object.keys(all);
console.log(names.length > 0, names.every((n) => Array.isArray(all[n]) && all[n].length > 0));
function bits(mask) {
  let ones = 0;
  if (mask.includes('.')) {
    for (const part of mask.split('.')) ones += Number(part).toString(2).split('').filter((c) => c === '1').length;
  } else {
    const expanded = mask.split('::');
    const head = expanded[0] ? expanded[0].split(':') : [];
    for (const group of head) ones += parseInt(group, 16).toString(2).split('').filter((c) => c === '1').length;
  }
  return ones;
}
let ok = true;
let keysOk = true;
let orderOk = true;
for (const name of names) {
  let seenV6 = false;
  for (const entry of all[name]) {
    const keys = Object.keys(entry).join();
    const expected = entry.family === 'IPv4' ? 'address,netmask,family,mac,internal,cidr'
      : 'address,netmask,family,mac,internal,cidr,scopeid';
    if (keys !== expected) keysOk = false;
    if (entry.family === 'IPv6') seenV6 = true;
    else if (seenV6) orderOk = false;
    const v4 = entry.family === 'IPv4';
    if (v4 ? !net.isIPv4(entry.address) : !net.isIPv6(entry.address)) ok = false;
    if (v4 ? !net.isIPv4(entry.netmask) : !net.isIPv6(entry.netmask)) ok = false;
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(entry.mac)) ok = false;
    if (typeof entry.internal !== 'boolean') ok = false;
    if (entry.cidr !== `${entry.address}/${bits(entry.netmask)}`) ok = false;
    if (!v4 && !Number.isInteger(entry.scopeid)) ok = false;
  }
}
console.log('keys in order', keysOk, 'IPv4 before IPv6', orderOk, 'entries consistent', ok);
const loopback = Object.values(all).flat().find((e) => e.address === '127.0.0.1');
console.log(loopback);
