// How console.log shows Buffers: hex bytes, the INSPECT_MAX_BYTES cut-off and extra properties.
'use strict';

const buffer = require('buffer');

console.log(Buffer.from('Hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(51, 1));
console.log([Buffer.from('ab')], { data: Buffer.from([0xff]) });

const tagged = Buffer.from('abc');
tagged.label = 'udp';
console.log(tagged);

buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
console.log(buffer.INSPECT_MAX_BYTES, Buffer.from('xyz').inspect());
