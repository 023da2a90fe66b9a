// An uncaught error: stdout written before it stays, 'exit' runs with code 1.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
setTimeout(() => {
  throw new TypeError('boom');
}, 1);
