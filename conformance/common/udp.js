'use strict';
// datagraal's stand-in for Node's test/common/udp.js (Node 23+ tests): the socket options that ask
// for SO_REUSEPORT, and a probe telling whether this system and runtime grant it.

const options = { type: 'udp4', reusePort: true };

// Resolves when a socket created with `options` can bind; rejects with the bind error otherwise.
function checkSupportReusePort() {
  return new Promise((resolve, reject) => {
    const dgram = require('dgram');
    let socket;
    try {
      socket = dgram.createSocket(options);
    } catch (err) {
      reject(err);
      return;
    }
    socket.once('error', (err) => {
      socket.close();
      reject(err);
    });
    socket.bind(0, () => {
      socket.close();
      resolve();
    });
  });
}

module.exports = { checkSupportReusePort, options };
