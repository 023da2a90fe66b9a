// Without an 'uncaughtException' handler, a throw in a dns.lookup callback ends the process with
// exit code 1; the timer set beside it never fires.
const dns = require('dns');
process.on('exit', (code) => console.log('exit', code));
const timer = setTimeout(() => console.log('timer fired'), 5000);
dns.lookup('localhost', 4, (err, address) => {
  console.log('lookup', err, address);
  throw new Error('from a lookup callback');
});
timer.ref();
