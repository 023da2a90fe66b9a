// 'beforeExit' may schedule more work once; then 'exit' runs with process.exitCode.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('more work', rounds), 5);
});
process.on('exit', (code) => console.log('exit', code));
process.exitCode = 3;
