// close() right after sends that wait for the implicit bind: the close waits for the bind too,
// but it runs before the sends' address lookups answer, so Node drops them silently: no
// datagram leaves and no callback runs. A send after close() throws ERR_SOCKET_DGRAM_NOT_RUNNING.
const dgram = require('dgram');
const receiver = dgram.createSocket('udp4');
let received = 0;
receiver.on('message', () => received++);
receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  const sender = dgram.createSocket('udp4');
  for (let i = 1; i <= 5; i++) {
    sender.send(`queued ${i}`, port, '127.0.0.1', (err, bytes) => console.log(`callback ${i}:`, err, bytes));
  }
  console.log('queue before close:', sender.getSendQueueCount(), sender.getSendQueueSize());
  sender.close(() => {
    console.log('sender closed');
    try {
      sender.send('late', port, '127.0.0.1');
    } catch (err) {
      console.log('send after close:', err.code);
    }
    // A datagram on loopback arrives at once; wait a little to be sure none comes.
    setTimeout(() => {
      console.log('datagrams received:', received);
      receiver.close();
    }, 100);
  });
});
