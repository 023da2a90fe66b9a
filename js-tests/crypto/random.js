// randomBytes, randomFill(Sync), randomInt, randomUUID: shapes, ranges, Node's argument errors.
const crypto = require('crypto');
function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log(crypto.randomBytes.length, crypto.randomFill.length, crypto.randomFillSync.length,
  crypto.randomInt.length, crypto.randomUUID.length, crypto.getRandomValues.length);
const bytes = crypto.randomBytes(64);
console.log(Buffer.isBuffer(bytes), bytes.length, bytes.some((b) => b !== 0), crypto.randomBytes(0).length);
console.log(crypto.randomBytes(1.5).length, crypto.randomBytes(100000).length);
console.log(crypto.prng === crypto.randomBytes, crypto.rng === crypto.randomBytes,
  crypto.pseudoRandomBytes === crypto.randomBytes, Object.keys(crypto).includes('prng'));
show('size -1', () => crypto.randomBytes(-1));
show('size string', () => crypto.randomBytes('1'));
show('size 2**31', () => crypto.randomBytes(2 ** 31));
show('size NaN', () => crypto.randomBytes(NaN));
show('no size', () => crypto.randomBytes());
show('callback number', () => crypto.randomBytes(2 ** 31 - 1, 5));
show('callback string', () => crypto.randomBytes(5, 'x'));
show('callback null', () => crypto.randomBytes(5, null));
show('fill offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('fill size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 5));
show('fill negative offset', () => crypto.randomFillSync(Buffer.alloc(4), -1));
show('fill NaN offset', () => crypto.randomFillSync(Buffer.alloc(4), NaN));
show('fill string offset', () => crypto.randomFillSync(Buffer.alloc(4), '1'));
show('fill null offset', () => crypto.randomFillSync(Buffer.alloc(4), null));
show('fill string size', () => crypto.randomFillSync(Buffer.alloc(4), 1, '1'));
show('fill negative size', () => crypto.randomFillSync(Buffer.alloc(4), 1, -1));
show('fill huge size', () => crypto.randomFillSync(Buffer.alloc(4), 0, 2 ** 31));
show('fill Uint32 huge size', () => crypto.randomFillSync(new Uint32Array(4), 0, 2 ** 30));
show('fill Uint32 offset', () => crypto.randomFillSync(new Uint32Array(4), 5));
show('fill Uint32 size', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
show('fill DataView offset', () => crypto.randomFillSync(new DataView(new ArrayBuffer(8), 2), 7));
show('fill string', () => crypto.randomFillSync('abc'));
show('fill array', () => crypto.randomFillSync([1, 2]));
const partial = crypto.randomFillSync(new Uint8Array(64), 8, 8);
console.log('partial', partial.subarray(0, 8).every((b) => b === 0), partial.subarray(16).every((b) => b === 0),
  partial.subarray(8, 16).some((b) => b !== 0));
const words = crypto.randomFillSync(new Uint32Array(16), 2, 4);
console.log('elements', words[0] === 0 && words[1] === 0 && words.subarray(6).every((w) => w === 0),
  words.subarray(2, 6).some((w) => w !== 0));
const fraction = crypto.randomFillSync(new Uint8Array(32), 1.5, 8);
console.log('fraction offset', fraction[0] === 0, fraction.subarray(9).every((b) => b === 0));
for (const target of [new ArrayBuffer(8), new Float64Array(2), new DataView(new ArrayBuffer(8)), new SharedArrayBuffer(4),
  new BigInt64Array(1)]) {
  console.log('fill returns', crypto.randomFillSync(target) === target, target.constructor.name);
}
show('fill no callback', () => crypto.randomFill(Buffer.alloc(4)));
show('fill bad callback', () => crypto.randomFill(Buffer.alloc(4), 1, 2, 3));
show('fill offset then callback', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
show('fill size then callback', () => crypto.randomFill(Buffer.alloc(4), 1, 5, () => {}));
show('fill undefined offset', () => crypto.randomFill(Buffer.alloc(4), undefined, () => {}));
show('fill string target', () => crypto.randomFill('x', () => {}));
const values = [];
for (let i = 0; i < 2000; i++) values.push(crypto.randomInt(10));
console.log('randomInt(10)', values.every((v) => Number.isInteger(v) && v >= 0 && v < 10), new Set(values).size);
const ranged = [];
for (let i = 0; i < 2000; i++) ranged.push(crypto.randomInt(-3, 3));
console.log('randomInt(-3, 3)', ranged.every((v) => v >= -3 && v < 3), new Set(ranged).size);
console.log(crypto.randomInt(1), crypto.randomInt(5, 6), crypto.randomInt(-(2 ** 53) + 1, -(2 ** 53) + 2));
const big = crypto.randomInt(2 ** 48 - 1);
console.log(Number.isSafeInteger(big), big >= 0);
show('randomInt()', () => crypto.randomInt());
show('randomInt(0)', () => crypto.randomInt(0));
show('randomInt(-1)', () => crypto.randomInt(-1));
show('randomInt(1.5)', () => crypto.randomInt(1.5));
show('randomInt("5")', () => crypto.randomInt('5'));
show('randomInt(5, 5)', () => crypto.randomInt(5, 5));
show('randomInt(5, 3)', () => crypto.randomInt(5, 3));
show('randomInt(2**48)', () => crypto.randomInt(2 ** 48));
show('randomInt(0, 2**48)', () => crypto.randomInt(0, 2 ** 48));
show('randomInt(-(2**53), 0)', () => crypto.randomInt(-(2 ** 53), 0));
show('randomInt unsafe span', () => crypto.randomInt(-(2 ** 53) + 1, 0));
show('randomInt(5, "x")', () => crypto.randomInt(5, 'x'));
show('randomInt(5, 6, "x")', () => crypto.randomInt(5, 6, 'x'));
show('randomInt(5, 6, null)', () => crypto.randomInt(5, 6, null));
show('randomInt(NaN)', () => crypto.randomInt(NaN));
show('randomInt(Infinity)', () => crypto.randomInt(Infinity));
show('randomInt(10n)', () => crypto.randomInt(10n));
const uuid = crypto.randomUUID();
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const many = Array.from({ length: 300 }, () => crypto.randomUUID());
console.log('uuid', uuidPattern.test(uuid), many.every((u) => uuidPattern.test(u)), new Set(many).size);
console.log('uuid no cache', uuidPattern.test(crypto.randomUUID({ disableEntropyCache: true })));
show('uuid options number', () => crypto.randomUUID(5));
show('uuid options null', () => crypto.randomUUID(null));
show('uuid cache number', () => crypto.randomUUID({ disableEntropyCache: 5 }));
const order = [];
crypto.randomBytes(3, function (err, buf) { order.push(['randomBytes', err, buf.length, Buffer.isBuffer(buf)]); });
crypto.randomFill(Buffer.alloc(4), 1, 2, (err, buf) => order.push(['randomFill', err, buf.length, buf[0], buf[3]]));
crypto.randomFill(new Uint32Array(2), (err, buf) => order.push(['randomFill all', err, buf.constructor.name]));
crypto.randomInt(10, (err, n) => order.push(['randomInt', err, n >= 0 && n < 10]));
crypto.randomInt(1, 2, (err, n) => order.push(['randomInt min', err, n]));
order.push(['sync end']);
setTimeout(() => {
  for (const entry of order.filter((e) => e[0].startsWith('random')).sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(...entry);
  console.log('sync code ran first', order.findIndex((e) => e[0] === 'sync end') === 0);
}, 50);
