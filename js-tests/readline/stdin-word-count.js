'use strict';
// The classic line-reading script: readline over process.stdin with 'line' and 'close' events.
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, terminal: false });
let lines = 0;
let words = 0;
rl.on('line', (line) => {
  lines++;
  words += line.split(/\s+/).filter(Boolean).length;
});
rl.on('close', () => console.log(`${lines} lines, ${words} words`));
