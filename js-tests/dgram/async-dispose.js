// await using-style disposal: Symbol.asyncDispose closes the socket.
const dgram = require('dgram');
const socket = dgram.createSocket('udp4');
socket.on('close', () => console.log('closed'));
socket.bind(0, async () => {
  await socket[Symbol.asyncDispose]();
  console.log('disposed');
  await socket[Symbol.asyncDispose]();
  console.log('second dispose is a no-op');
});
