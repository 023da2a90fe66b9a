// Buffer() and new Buffer() still work; from a script outside node_modules Node emits DEP0005 once.
'use strict';

process.on('warning', (warning) => console.log('warning:', warning.name, warning.code, warning.message));

console.log(Buffer(3).toString('hex'), new Buffer('ab').toString(), new Buffer([1, 2]).toString('hex'));
console.log(Buffer('6869', 'hex').toString(), Buffer(new ArrayBuffer(2)).length);
console.log(Buffer.from('abc').map((x) => x + 1).toString(), Buffer.from('abc').subarray(1).toString());
