// With an 'uncaughtException' listener the process goes on.
process.on('uncaughtException', (error, origin) => {
  console.log('caught:', error.message, origin);
});
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('still running'), 20);
