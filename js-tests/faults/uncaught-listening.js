// Without an 'uncaughtException' handler, a throw in a 'listening' listener ends the process
// with exit code 1; the bind callback, a later listener, never runs.
const dgram = require('dgram');
process.on('exit', (code) => console.log('exit', code));
const socket = dgram.createSocket('udp4');
socket.on('listening', () => {
  console.log('listening');
  throw new Error('from listening');
});
socket.bind(0, '127.0.0.1', () => console.log('bind callback'));
