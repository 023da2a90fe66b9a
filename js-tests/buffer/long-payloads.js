'use strict';
// Every encoding over payloads from a few bytes to 20 KB (short and long inputs take different
// paths inside a runtime): decoding whole and part of a buffer, encoding back, writing into a
// smaller buffer, and byteLength, summarized by a checksum of each result.
let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
}
// FNV-1a over the UTF-16 code units of a string or the bytes of a buffer.
function checksum(value) {
  let hash = 0x811c9dc5;
  const length = value.length;
  for (let i = 0; i < length; i++) {
    hash ^= typeof value === 'string' ? value.charCodeAt(i) : value[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const encodings = ['utf8', 'latin1', 'ascii', 'utf16le', 'base64', 'base64url', 'hex'];
const kinds = ['ascii', 'bytes', 'utf8', 'ill-formed'];
const cases = [1, 3, 16, 63, 64, 65, 255, 256, 257, 1024, 8193].flatMap((size) => kinds.map((kind) => [size, kind]));
cases.push([20001, 'bytes'], [20001, 'utf8']);
for (const [size, kind] of cases) {
  {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i < size; i++) {
      const r = random();
      if (kind === 'ascii') bytes[i] = r % 128;
      else if (kind === 'bytes') bytes[i] = r & 0xff;
      else if (kind === 'ill-formed') bytes[i] = r % 20 === 0 ? 0x80 + ((r >> 8) % 128) : 0x61;
    }
    if (kind === 'utf8') bytes.write('aé€😀\ud800x'.repeat(size / 6 + 1).slice(0, size));
    const line = [size, kind];
    for (const encoding of encodings) {
      const text = bytes.toString(encoding);
      const back = Buffer.from(text, encoding);
      const into = Buffer.alloc(Math.max(1, size - 3), 0x2e);
      const written = into.write(text, 1, encoding);
      line.push(`${encoding}:${text.length}/${checksum(text)}/${checksum(bytes.toString(encoding, 1, size - 1))}` +
        `/${back.length}/${checksum(back)}/${written}/${checksum(into)}/${Buffer.byteLength(text, encoding)}`);
    }
    console.log(line.join(' '));
  }
}

// Text with every kind of UTF-16 content, lone surrogates included, encoded in every encoding.
for (const size of [5, 64, 300, 9000]) {
  const units = [];
  for (let i = 0; i < size; i++) {
    const r = random() % 10;
    if (r < 5) units.push(97 + (random() % 26));
    else if (r < 7) units.push(0x80 + (random() % 0x700));
    else if (r < 8) units.push(0x800 + (random() % 0xd000));
    else if (r < 9) units.push(0xd83d, 0xde00);
    else units.push(0xd800 + (random() % 0x800));
  }
  const text = String.fromCharCode(...units);
  const line = [size];
  for (const encoding of encodings) {
    const bytes = Buffer.from(text, encoding);
    const into = Buffer.alloc((bytes.length >> 1) + 1);
    const written = into.write(text, 0, encoding);
    line.push(`${encoding}:${bytes.length}/${checksum(bytes)}/${Buffer.byteLength(text, encoding)}/${written}/${checksum(into)}`);
  }
  console.log(line.join(' '));
}

// Surrogate pairs and lone surrogates at every position around 8 K characters.
for (let position = 8186; position < 8196; position++) {
  const pair = 'a'.repeat(position) + '\ud83d\ude00' + 'b'.repeat(10);
  const lone = 'a'.repeat(position) + '\ud83d' + 'b'.repeat(10);
  console.log(position, Buffer.byteLength(pair), checksum(Buffer.from(pair)), Buffer.byteLength(lone), checksum(Buffer.from(lone)));
}

// A byte order mark stays, long or short.
console.log(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString().length, Buffer.from('\ufeff' + 'x'.repeat(5000)).toString().charCodeAt(0).toString(16));
