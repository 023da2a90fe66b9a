// A connected socket sending to a closed local port: each send succeeds, and the kernel's ICMP
// port-unreachable comes back as an 'error' event ECONNREFUSED from recvmsg, as in Node. The next
// send waits for that error, so the order does not depend on timing.
const dgram = require('dgram');
const closed = dgram.createSocket('udp4');
closed.bind(0, '127.0.0.1', () => {
  const port = closed.address().port;
  // A moment after the close, so no runtime still holds the port.
  closed.close(() => setTimeout(() => {
    const socket = dgram.createSocket('udp4');
    let sends = 0;
    const sendOne = () => {
      sends++;
      socket.send(`ping ${sends}`, (err, bytes) => console.log(`send ${sends}:`, err ? err.code : bytes));
    };
    socket.on('error', (err) => {
      console.log('error', err.name, err.code, err.errno, err.syscall, err.message);
      console.log('still connected to the port:', socket.remoteAddress().port === port);
      if (sends < 3) sendOne();
      else socket.close(() => console.log('closed'));
    });
    socket.on('message', () => console.log('unexpected message'));
    socket.connect(port, '127.0.0.1', sendOne);
  }, 20));
});
