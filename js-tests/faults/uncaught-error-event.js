// An 'error' event with no listener (a port in use) is thrown: with no 'uncaughtException'
// handler the process ends with exit code 1 after 'exit' listeners ran.
const dgram = require('dgram');
process.on('exit', (code) => console.log('exit', code));
const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', () => {
  console.log('first bound');
  const second = dgram.createSocket('udp4');
  second.bind(first.address().port, '127.0.0.1');
});
