'use strict';
// An empty standard input: 'end' comes without any 'data'; a script that only looks at
// process.stdin, or pauses it, is not kept alive.
let data = 0;
process.stdin.on('data', () => data++);
process.stdin.on('end', () => console.log('end after', data, 'data events'));
process.stdin.on('close', () => console.log('close'));
console.log('stdin readableHighWaterMark is a number:', typeof process.stdin.readableHighWaterMark === 'number');
