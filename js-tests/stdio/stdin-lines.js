'use strict';
// process.stdin in flowing mode: setEncoding, 'data' chunks (however the input is split),
// then 'end' and 'close', and the stream's state along the way.
const stdin = process.stdin;
console.log('fd', stdin.fd, 'readable', stdin.readable, 'isTTY', stdin.isTTY, 'flowing', stdin.readableFlowing);
console.log('is a Readable', stdin instanceof require('stream').Readable);
stdin.setEncoding('utf8');
let text = '';
stdin.on('data', (chunk) => {
  if (typeof chunk !== 'string') console.log('not a string:', typeof chunk);
  text += chunk;
});
console.log('flowing after on(data)', stdin.readableFlowing);
stdin.on('end', () => {
  const lines = text.split('\n');
  console.log('end:', lines.length, 'lines');
  lines.forEach((line, i) => console.log(i, JSON.stringify(line)));
  console.log('readableEnded', stdin.readableEnded);
});
stdin.on('close', () => console.log('close, destroyed', stdin.destroyed));
process.on('exit', (code) => console.log('exit', code));
