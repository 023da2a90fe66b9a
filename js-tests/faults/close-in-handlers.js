// Closing a socket inside its own handlers: in 'message' (datagrams already waiting are not
// delivered), 'listening', a send callback, 'connect' and 'error'. 'close' fires once each time,
// and a second close() throws ERR_SOCKET_DGRAM_NOT_RUNNING.
const dgram = require('dgram');

const steps = [];
function next() {
  const step = steps.shift();
  if (step) step();
}
function closeCounter(socket, name) {
  let closes = 0;
  socket.on('close', () => {
    closes++;
    console.log(`${name}: close event ${closes}`);
    setImmediate(next);
  });
}

steps.push(() => {
  const receiver = dgram.createSocket('udp4');
  closeCounter(receiver, 'in message');
  let messages = 0;
  receiver.on('message', (msg) => {
    messages++;
    console.log('in message: got', String(msg));
    receiver.close();
    try {
      receiver.close();
    } catch (err) {
      console.log('in message: second close', err.code);
    }
  });
  receiver.bind(0, '127.0.0.1', () => {
    // The five leave in one go (queued until the sender is bound), before the first is read.
    const sender = dgram.createSocket('udp4');
    let sent = 0;
    for (let i = 1; i <= 5; i++) {
      sender.send(`datagram ${i}`, receiver.address().port, '127.0.0.1', () => {
        if (++sent === 5) sender.close();
      });
    }
  });
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  closeCounter(socket, 'in listening');
  socket.on('listening', () => {
    console.log('in listening: address family', socket.address().family);
    socket.close();
  });
  socket.bind(0, '127.0.0.1');
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  closeCounter(socket, 'in send callback');
  socket.send('x', 9, '127.0.0.1', (err, bytes) => {
    console.log('in send callback:', err, bytes);
    socket.close();
  });
});
steps.push(() => {
  const socket = dgram.createSocket('udp4');
  closeCounter(socket, 'in connect callback');
  socket.connect(9, '127.0.0.1', () => {
    console.log('in connect callback: connected to', socket.remoteAddress().port);
    socket.close();
    try {
      socket.remoteAddress();
    } catch (err) {
      console.log('in connect callback: after close', err.code);
    }
  });
});
steps.push(() => {
  const holder = dgram.createSocket('udp4');
  holder.bind(0, '127.0.0.1', () => {
    const socket = dgram.createSocket('udp4');
    closeCounter(socket, 'in error listener');
    socket.on('error', (err) => {
      console.log('in error listener:', err.code);
      socket.close();
      holder.close();
    });
    socket.bind(holder.address().port, '127.0.0.1');
  });
});
next();
