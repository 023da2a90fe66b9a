// Sockets closed inside their 'message' handlers while other sockets have datagrams waiting in
// the same poll: every socket still gets its datagram, each closes once, nothing else breaks.
const dgram = require('dgram');
const count = 8;
const sockets = [];
let bound = 0;
let closed = 0;
for (let i = 0; i < count; i++) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg) => {
    console.log('socket', i, 'got', String(msg));
    socket.close(() => {
      if (++closed === count) console.log('all closed');
    });
  });
  socket.bind(0, '127.0.0.1', () => {
    if (++bound === count) sendToAll();
  });
  sockets.push(socket);
}

function sendToAll() {
  // All datagrams leave in one go, before the next poll finds them all ready at once.
  const sender = dgram.createSocket('udp4');
  sender.bind(0, '127.0.0.1', () => {
    let sent = 0;
    for (let i = 0; i < count; i++) {
      sender.send(`to ${i}`, sockets[i].address().port, '127.0.0.1', () => {
        if (++sent === count) sender.close();
      });
    }
  });
}
