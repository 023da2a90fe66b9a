// process events in order: 'unhandledRejection' with (reason, promise) keeps the process alive;
// without such a listener a rejection reaches 'uncaughtException' with origin 'unhandledRejection'
// (Node 20's default mode, throw); 'beforeExit' then 'exit' with process.exitCode.
const rejected = Promise.reject(new Error('first rejection'));
process.on('unhandledRejection', function onRejection(reason, promise) {
  console.log('unhandledRejection', reason.message, promise === rejected, this === process);
  process.removeListener('unhandledRejection', onRejection);
  setTimeout(() => Promise.reject(42), 1);
});
process.on('uncaughtException', (error, origin) => {
  console.log('uncaughtException', error.name, error.code, origin, error.message.slice(-30));
  process.exitCode = 4;
});
process.once('beforeExit', (code) => console.log('beforeExit', code));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
