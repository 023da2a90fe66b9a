// Closing a socket while a name lookup is pending: for bind, no 'listening' and no error; for
// send, the datagram never leaves and its callback never runs; for connect, no 'connect'. The
// lookups are the socket's own, so the test needs no name service: an *.example name answers
// after 20 ms (then the next step starts), an IP address at once.
const dgram = require('dgram');

let runNext;
function slowLookup(host, family, callback) {
  if (!host.endsWith('.example')) {
    process.nextTick(callback, null, host, 4);
    return;
  }
  console.log(`lookup ${host} started`);
  setTimeout(() => {
    console.log(`lookup ${host} answers`);
    callback(null, '127.0.0.1', 4);
    setTimeout(runNext, 20);
  }, 20);
}

const receiver = dgram.createSocket('udp4');
receiver.on('message', (msg) => console.log('unexpected datagram', String(msg)));
receiver.bind(0, '127.0.0.1', () => {
  const port = receiver.address().port;
  const steps = [
    () => {
      const socket = dgram.createSocket({ type: 'udp4', lookup: slowLookup });
      socket.on('listening', () => console.log('bind: unexpected listening'));
      socket.on('error', (err) => console.log('bind: unexpected error', err.code));
      socket.on('close', () => console.log('bind: close'));
      socket.bind(0, 'bind.example');
      socket.close();
    },
    () => {
      const socket = dgram.createSocket({ type: 'udp4', lookup: slowLookup });
      socket.bind(0, '127.0.0.1', () => {
        socket.on('close', () => console.log('send: close'));
        socket.send('lost', port, 'send.example', (err) => console.log('send: unexpected callback', err));
        socket.close();
      });
    },
    () => {
      const socket = dgram.createSocket({ type: 'udp4', lookup: slowLookup });
      socket.on('connect', () => console.log('connect: unexpected connect'));
      socket.on('close', () => console.log('connect: close'));
      socket.connect(port, 'connect.example');
      socket.close();
    },
  ];
  runNext = () => {
    const step = steps.shift();
    if (step) step();
    else receiver.close(() => console.log('done'));
  };
  runNext();
});
