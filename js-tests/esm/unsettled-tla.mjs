// The entry awaits a promise nothing will settle: when the loop runs dry, exit code 13.
process.on('exit', (code) => console.log('exit event with', code, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never');
