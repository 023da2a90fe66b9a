// createHmac: RFC 4231 / RFC 2202 vectors, key kinds and encodings, errors, digest twice.
const crypto = require('crypto');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const key20 = Buffer.alloc(20, 0x0b);
for (const algorithm of ['sha224', 'sha256', 'sha384', 'sha512', 'md5', 'sha1', 'sha512-256', 'sha3-256', 'md5-sha1']) {
  console.log(algorithm, crypto.createHmac(algorithm, key20).update('Hi There').digest('hex'));
}
// A key longer than the block size is hashed first (RFC 4231 case 6).
const key131 = Buffer.alloc(131, 0xaa);
console.log('long key', crypto.createHmac('sha256', key131)
  .update('Test Using Larger Than Block-Size Key - Hash Key First').digest('hex'));
console.log('long key sha3', crypto.createHmac('sha3-512', Buffer.alloc(200, 1)).update('x').digest('hex'));
console.log('string key', crypto.createHmac('sha256', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
for (const [label, key] of [['Buffer', Buffer.from('key')], ['Uint8Array', new Uint8Array([107, 101, 121])],
  ['ArrayBuffer', new Uint8Array([107, 101, 121]).buffer], ['DataView', new DataView(new Uint8Array([0, 107, 101, 121]).buffer, 1)],
  ['Uint16Array', new Uint16Array([0x656b])], ['empty string', ''], ['empty buffer', Buffer.alloc(0)]]) {
  show(label, () => crypto.createHmac('sha256', key).update('data').digest('hex'));
}
show('hex key', () => crypto.createHmac('sha256', 'ffff', { encoding: 'hex' }).digest('hex'));
show('latin1 key', () => crypto.createHmac('md5', 'ÿ', { encoding: 'latin1' }).digest('hex'));
show('utf8 key', () => crypto.createHmac('md5', 'ÿ').digest('hex'));
show('buffer encoding key', () => crypto.createHmac('md5', 'ÿ', { encoding: 'buffer' }).digest('hex'));
show('string options', () => crypto.createHmac('sha256', 'ffff', 'hex').digest('hex'));
show('bogus encoding', () => crypto.createHmac('sha256', 'ffff', { encoding: 'bogus' }));
show('number encoding', () => crypto.createHmac('sha256', 'ffff', { encoding: 5 }));
show('no args', () => crypto.createHmac());
show('no key', () => crypto.createHmac('sha256'));
show('number key', () => crypto.createHmac('sha256', 5));
show('null key', () => crypto.createHmac('sha256', null));
show('bad digest', () => crypto.createHmac('nope', 'k'));
show('bad digest and key', () => crypto.createHmac('nope', 5));
show('number digest', () => crypto.createHmac(5, 'k'));
const h = crypto.createHmac('sha1', 'k');
h.update('x');
show('first digest', () => h.digest('hex'));
show('second digest hex', () => JSON.stringify(h.digest('hex')));
show('second digest', () => h.digest());
show('second digest base64', () => JSON.stringify(h.digest('base64')));
show('update after digest', () => h.update('x'));
show('update number', () => crypto.createHmac('sha1', 'k').update(5));
show('update odd hex', () => crypto.createHmac('sha1', 'k').update('a', 'hex'));
show('Hmac without new', () => crypto.Hmac('sha1', 'k').digest('hex'));
console.log(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac, crypto.createHmac.length);
console.log(crypto.createHmac('sha1', 'k'));
console.log(Object.keys(crypto.createHmac('sha1', 'k')), typeof crypto.Hmac.prototype.copy);
try {
  crypto.createHmac('nope', 'k');
} catch (e) {
  console.log(Object.keys(e), String(e), e.stack.split('\n')[0]);
}
