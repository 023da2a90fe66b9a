'use strict';
// util.getSystemErrorName and util.getSystemErrorMap: libuv's names for negative errno values
// (Linux numbering), unknown ones, and the checks of the argument.
const util = require('util');

function attempt(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (error) {
    console.log(label, '!', error.name, error.code, error.message);
  }
}

for (const errno of [-1, -2, -4, -11, -13, -22, -32, -98, -99, -104, -110, -111, -113, -125, -3008, -4080, -4095, -200, -99999]) {
  attempt(`name ${errno}`, () => util.getSystemErrorName(errno));
}
for (const bad of [1, 0, -0, -1.5, NaN, -Infinity, 2 ** 60 * -1, '-2', -2n, undefined, null, {}]) {
  attempt(`name ${typeof bad} ${String(bad)}`, () => util.getSystemErrorName(bad));
}
const map = util.getSystemErrorMap();
console.log('map', map instanceof Map, map.size, map.get(-98), map.get(-3008), map.get(1));
console.log('map keys', [...map.keys()].join(' '));
console.log('map names', [...map.values()].map(([name]) => name).join(' '));
console.log('map messages', [...map.values()].map(([, message]) => message).join('|'));
map.delete(-98);
console.log('fresh copy', util.getSystemErrorMap() !== map, util.getSystemErrorMap().has(-98), util.getSystemErrorName(-98));
console.log('lengths', util.getSystemErrorName.length, util.getSystemErrorMap.length);
