// Without an 'uncaughtException' handler, a throw in a send callback ends the process with exit
// code 1 before the second send's callback runs.
const dgram = require('dgram');
process.on('exit', (code) => console.log('exit', code));
const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', () => {
  const port = socket.address().port;
  socket.send('one', port, '127.0.0.1', (err, bytes) => {
    console.log('sent', err, bytes);
    throw new Error('from a send callback');
  });
  socket.send('two', port, '127.0.0.1', () => console.log('second callback'));
});
