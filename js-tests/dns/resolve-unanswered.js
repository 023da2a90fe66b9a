'use strict';
// Servers that do not answer: one that stays silent (ETIMEOUT after `tries` tries of `timeout`
// ms, the same query id each time), one that is not listening (ECONNREFUSED), a local address
// that cannot be bound, and cancel()
// (ECANCELLED, reported after the call returns), setServers() while queries are pending. The
// tries of a silent server are not counted: a slow machine may end the query before it reads them.

const dgram = require('dgram');
const dns = require('dns');

const silent = dgram.createSocket('udp4');
const ids = new Set();
let queries = 0;
silent.on('message', (message) => {
  queries++;
  ids.add(message.readUInt16BE(0));
});

function describe(error) {
  return [error.message, error.code, error.errno, error.syscall, error.hostname];
}

silent.bind(0, '127.0.0.1', () => {
  const silentPort = silent.address().port;
  const resolver = new dns.Resolver({ timeout: 200, tries: 2 });
  resolver.setServers([`127.0.0.1:${silentPort}`]);
  resolver.resolve4('quiet.test', (error) => {
    console.log('silent', describe(error), 'asked', queries > 0, 'query ids', ids.size);
    refused();
  });
});

function refused() {
  const probe = dgram.createSocket('udp4');
  probe.bind(0, '127.0.0.1', () => {
    const deadPort = probe.address().port;
    probe.close(() => {
      const resolver = new dns.Resolver({ timeout: 5000, tries: 2 });
      resolver.setServers([`127.0.0.1:${deadPort}`]);
      resolver.resolveTxt('nobody.test', (error) => {
        console.log('refused', describe(error));
        unbindable();
      });
    });
  });
}

// A local address the socket cannot bind to fails the query as c-ares fails it.
function unbindable() {
  const resolver = new dns.Resolver({ timeout: 5000, tries: 1 });
  resolver.setServers([`127.0.0.1:${silent.address().port}`]);
  resolver.setLocalAddress('192.0.2.77');
  resolver.resolve4('bound.test', (error) => {
    console.log('bad local address', describe(error));
    cancelled();
  });
}

function cancelled() {
  const resolver = new dns.Resolver({ timeout: 5000 });
  resolver.setServers([`127.0.0.1:${silent.address().port}`]);
  let pending = 2;
  const done = (label) => (error, result) => {
    console.log(label, error ? describe(error) : result);
    if (--pending === 0) silent.close();
  };
  resolver.resolve4('first.test', done('cancel first'));
  resolver.resolveMx('second.test', done('cancel second'));
  try {
    resolver.setServers(['192.0.2.53']);
  } catch (error) {
    console.log('setServers while pending:', error.name, error.code, error.message);
  }
  resolver.cancel();
  console.log('after cancel()', resolver.getServers().length);
}
