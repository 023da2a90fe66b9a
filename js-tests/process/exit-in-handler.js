// process.exit() ends everything at once: 'exit' listeners run, later work never does.
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => console.log('never'), 10);
process.nextTick(() => {
  console.log('before exit');
  process.exit(5);
  console.log('never after exit');
});
