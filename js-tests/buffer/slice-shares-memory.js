// slice/subarray return views that share memory; Buffer.from(buffer) copies;
// Buffer.from(arrayBuffer, offset, length) shares.
'use strict';

const original = Buffer.from('abcdefgh');
const view = original.slice(2, 5);
view[0] = 0x5a;
console.log(original.toString(), view.toString(), view.length);

const fromEnd = original.subarray(-3);
fromEnd.fill('!');
console.log(original.toString(), fromEnd.toString());

for (const [start, end] of [[undefined, undefined], [1, -1], [-100, 2], [5, 2], [1.9, 3.2], ['2', '4'], [NaN, 3], [2, 100]]) {
  console.log('slice', start, end, JSON.stringify(original.slice(start, end).toString()));
}

const copy = Buffer.from(original);
copy[0] = 0x2a;
console.log(original.toString(), copy.toString());

const arrayBuffer = new ArrayBuffer(8);
const shared = Buffer.from(arrayBuffer, 2, 4);
new Uint8Array(arrayBuffer)[3] = 7;
console.log(shared.toString('hex'), shared.byteOffset, shared.buffer === arrayBuffer);

const typed = new Uint16Array([0x0102, 0x0304]);
const overTyped = Buffer.from(typed.buffer);
typed[0] = 0xffff;
console.log(overTyped.toString('hex'), Buffer.from(typed).toString('hex'));

const pooled = Buffer.from('xy');
console.log(pooled.buffer.byteLength, Buffer.alloc(3).buffer.byteLength, Buffer.allocUnsafeSlow(3).buffer.byteLength);
console.log(original.slice(1) instanceof Buffer, original.subarray(1) instanceof Buffer, original.map((x) => x) instanceof Buffer);
