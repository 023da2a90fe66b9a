// An exception thrown in each kind of callback (timer, 'listening', 'message', send callback,
// dns.lookup callback, a socket's lookup callback, 'connect', 'close', 'error') reaches
// process 'uncaughtException' with the thrown error, and the loop goes on to the next step.
const dgram = require('dgram');
const dns = require('dns');

const steps = [];
let current = 0;
function next() {
  const step = steps[current++];
  if (step) step();
  else console.log('all steps done');
}
process.on('uncaughtException', (err, origin) => {
  console.log(`uncaught ${err.message} (${origin})`);
  if (!err.waitForMessage) setImmediate(next);
});
process.on('exit', (code) => console.log('exit', code));

let receiver;
steps.push(() => setTimeout(() => { throw new Error('from a timer'); }, 1));
steps.push(() => {
  receiver = dgram.createSocket('udp4');
  receiver.once('listening', () => { throw new Error('from listening'); });
  receiver.bind(0, '127.0.0.1');
});
steps.push(() => {
  let count = 0;
  receiver.on('message', (msg) => {
    count++;
    console.log('message', String(msg));
    if (count === 1) throw new Error('from message');
    setImmediate(next);
  });
  const sender = dgram.createSocket('udp4');
  sender.send('one', receiver.address().port, '127.0.0.1', () => sender.close());
});
steps.push(() => {
  // The socket still receives after a handler threw.
  const sender = dgram.createSocket('udp4');
  sender.send('two', receiver.address().port, '127.0.0.1', () => {
    sender.close();
    throw Object.assign(new Error('from a send callback'), { waitForMessage: true });
  });
});
steps.push(() => dns.lookup('localhost', 4, () => { throw new Error('from a dns.lookup callback'); }));
steps.push(() => {
  const socket = dgram.createSocket({
    type: 'udp4',
    lookup: (host, family, callback) => process.nextTick(() => {
      try {
        callback(null, '127.0.0.1', 4);
      } finally {
        socket.close();
      }
    }),
  });
  socket.once('listening', () => { throw new Error('from listening after a custom lookup'); });
  socket.bind(0, 'anything');
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  socket.connect(receiver.address().port, '127.0.0.1', () => {
    socket.close();
    throw new Error('from a connect callback');
  });
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  socket.bind(0, '127.0.0.1', () => socket.close(() => { throw new Error('from a close callback'); }));
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  socket.on('error', (err) => {
    socket.close();
    throw new Error(`from an error listener (${err.code})`);
  });
  socket.bind(receiver.address().port, '127.0.0.1');
});
steps.push(() => {
  receiver.close();
  next();
});
next();
