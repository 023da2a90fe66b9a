// Without an 'uncaughtException' handler, a throw in a 'message' listener ends the process:
// stderr gets the error, 'exit' runs with 1, and no later datagram is handled.
const dgram = require('dgram');
process.on('exit', (code) => console.log('exit', code));
const receiver = dgram.createSocket('udp4');
receiver.on('message', (msg) => {
  console.log('message', String(msg));
  throw new Error('from message');
});
receiver.bind(0, '127.0.0.1', () => {
  const sender = dgram.createSocket('udp4');
  sender.send('one', receiver.address().port, '127.0.0.1');
  sender.send('two', receiver.address().port, '127.0.0.1');
});
