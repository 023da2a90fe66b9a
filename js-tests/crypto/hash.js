// createHash: known digests, input encodings and kinds, output encodings, copy, errors.
const crypto = require('crypto');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const algorithm of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'md5-sha1']) {
  console.log(algorithm, crypto.createHash(algorithm).update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
for (const algorithm of ['SHA256', 'Sha256', 'sha-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption',
  '2.16.840.1.101.3.4.2.1', 'sha-1', 'RSA-SHA1-2', 'ssl3-md5', 'SHA-512/256', 'RSA-SHA512/224', 'SHA3-256',
  'RSA-SHA3-512', 'id-rsassa-pkcs1-v1_5-with-sha3-256', 'sha512/256', 'sha256 ', 'sha3_256', 'nope']) {
  show(algorithm, () => crypto.createHash(algorithm).digest('hex').slice(0, 16));
}
const long = 'a'.repeat(200000);
console.log('long', crypto.createHash('sha256').update(long).digest('hex'));
console.log('empty', crypto.createHash('sha1').digest('hex'));
const h = crypto.createHash('sha256');
h.update('abc').update(Buffer.from('def')).update(new Uint16Array([1, 2])).update('616263', 'hex')
  .update(new DataView(new ArrayBuffer(3))).update(new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
console.log('mixed', h.digest('base64'));
for (const encoding of ['utf8', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'ucs2', 'utf16le', 'hex',
  'buffer', 'bogus', 5, undefined, 'UTF-8', 'LATIN1']) {
  const input = encoding === 'hex' ? 'c3bf41' : 'ÿA\u{1F600}\ud800x';
  show(`update ${encoding}`, () => crypto.createHash('md5').update(input, encoding).digest('hex'));
}
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', undefined, 'bogus', 5, null,
  'HEX', 'ucs2', 'utf8', 'ascii']) {
  const d = crypto.createHash('sha1').update('x').digest(encoding);
  console.log(`digest ${encoding}`, Buffer.isBuffer(d) ? `Buffer ${d.toString('hex')}` : JSON.stringify(d));
}
const a = crypto.createHash('sha256').update('a');
const c = a.copy();
a.update('b');
console.log('copy', a.digest('hex'), c.digest('hex'));
show('copy after digest', () => a.copy());
show('update after digest', () => a.update('x'));
show('bad update after digest', () => a.update(5));
show('digest twice', () => a.digest());
show('no algorithm', () => crypto.createHash());
show('number algorithm', () => crypto.createHash(5));
show('update number', () => crypto.createHash('sha1').update(5));
show('update nothing', () => crypto.createHash('sha1').update());
show('update null', () => crypto.createHash('sha1').update(null));
show('update ArrayBuffer', () => crypto.createHash('sha1').update(new ArrayBuffer(2)));
show('update odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
show('outputLength equal', () => crypto.createHash('sha256', { outputLength: 32 }).digest().length);
show('outputLength other', () => crypto.createHash('sha256', { outputLength: 5 }));
show('outputLength string', () => crypto.createHash('sha256', { outputLength: 'x' }));
show('outputLength negative', () => crypto.createHash('sha256', { outputLength: -1 }));
show('outputLength fraction', () => crypto.createHash('sha256', { outputLength: 1.5 }));
show('copy outputLength', () => crypto.createHash('sha256').copy({ outputLength: 5 }));
show('options number', () => crypto.createHash('sha256', 5).digest('hex').length);
show('Hash without new', () => crypto.Hash('sha1').digest('hex'));
console.log(crypto.createHash('sha1') instanceof crypto.Hash, crypto.createHash.length, crypto.createHash.name);
console.log(crypto.createHash('sha256'));
console.log(Object.keys(crypto.createHash('md5', { outputLength: 16 })));
try {
  crypto.createHash('sha256', { outputLength: 5 });
} catch (e) {
  console.log(Object.keys(e), JSON.stringify(e), String(e));
}
try {
  crypto.createHash('nope');
} catch (e) {
  console.log(Object.keys(e), String(e));
}
const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'RSA-SHA256']
  .every((name) => hashes.includes(name)), hashes.every((name) => typeof name === 'string'));
