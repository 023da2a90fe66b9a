// timingSafeEqual: byte comparison across view types, and Node's errors.
const crypto = require('crypto');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e), e.stack.split('\n')[0]);
  }
}
console.log(crypto.timingSafeEqual.length, crypto.timingSafeEqual.name);
show('equal', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
show('different', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
show('views', () => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])));
show('ArrayBuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), new Uint8Array([0, 0])));
show('DataView', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), new Uint8Array([0, 0])));
show('NaN floats', () => crypto.timingSafeEqual(new Float64Array([NaN]), new Float64Array([NaN])));
show('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
show('subarray', () => crypto.timingSafeEqual(Buffer.from('xaby').subarray(1, 3), Buffer.from('ab')));
show('no args', () => crypto.timingSafeEqual());
show('one arg', () => crypto.timingSafeEqual(Buffer.from('a')));
show('strings', () => crypto.timingSafeEqual('a', 'a'));
show('second string', () => crypto.timingSafeEqual(Buffer.from('a'), 'a'));
show('arrays', () => crypto.timingSafeEqual([1], [1]));
show('lengths', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
