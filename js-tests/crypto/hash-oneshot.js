// crypto.hash(algorithm, input, outputEncoding): Node 20.12+'s one-shot digest.
const crypto = require('crypto');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `Buffer ${r.toString('hex')}` : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log(crypto.hash.length, crypto.hash.name);
show('default hex', () => crypto.hash('sha1', 'abc'));
show('base64', () => crypto.hash('sha1', 'abc', 'base64'));
show('buffer', () => crypto.hash('sha1', 'abc', 'buffer'));
show('HEX', () => crypto.hash('sha1', 'abc', 'HEX'));
show('latin1', () => JSON.stringify(crypto.hash('md5', 'abc', 'latin1')));
show('Buffer input', () => crypto.hash('sha256', Buffer.from('abc')));
show('Uint16Array input', () => crypto.hash('sha1', new Uint16Array([1])));
show('DataView input', () => crypto.hash('sha1', new DataView(new ArrayBuffer(1))));
show('utf8 input', () => crypto.hash('sha1', 'ÿ\ud800'));
show('SHA256 name', () => crypto.hash('SHA256', 'abc'));
show('ArrayBuffer input', () => crypto.hash('sha1', new ArrayBuffer(1)));
show('number input', () => crypto.hash('sha1', 5));
show('no input', () => crypto.hash('sha1'));
show('number algorithm', () => crypto.hash(5, 'abc'));
show('unknown algorithm', () => crypto.hash('nope', 'abc'));
show('bogus encoding', () => crypto.hash('sha1', 'abc', 'bogus'));
show('unknown algorithm, bogus encoding', () => crypto.hash('nope', 'abc', 'bogus'));
show('number encoding', () => crypto.hash('sha1', 'abc', 5));
show('null encoding', () => crypto.hash('sha1', 'abc', null));
show('undefined encoding', () => crypto.hash('sha1', 'abc', undefined));
