'use strict';
// dns.promises and require('dns/promises'): the Resolver whose resolve* methods return
// promises, the default resolver functions, rejections with Node's errors, and the checks that
// throw before any promise exists.

const dns = require('dns');
const dnsPromises = require('dns/promises');
const { startDnsServer } = require('./fixtures/dns-server');

console.log('same object', dns.promises === dnsPromises, dnsPromises.Resolver === dns.Resolver);

const zone = {
  'p.test': [['A', 30, '203.0.113.1'], ['AAAA', 30, '2001:db8::2'], ['MX', 30, [5, 'mx.p.test']], ['TXT', 30, ['x', 'y']]],
  '1.113.0.203.in-addr.arpa': [['PTR', 30, 'p.test']],
};

function attempt(label, action) {
  try {
    const result = action();
    console.log(label, result instanceof Promise ? 'promise' : result);
    if (result instanceof Promise) result.catch(() => {});
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

startDnsServer(zone, null, async (server, port) => {
  const resolver = new dnsPromises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  console.log(await resolver.resolve4('p.test'));
  console.log(await resolver.resolve4('p.test', { ttl: true }));
  console.log(await resolver.resolve6('p.test'));
  console.log(await resolver.resolve('p.test', 'MX'));
  console.log(await resolver.resolve('p.test'));
  console.log(await resolver.resolveAny('p.test'));
  console.log(await resolver.reverse('203.0.113.1'));
  for (const [method, name] of [['resolve4', 'nope.test'], ['resolveTxt', 'a..b'], ['reverse', 'bad'], ['resolveCname', 'p.test']]) {
    try {
      await resolver[method](name);
    } catch (error) {
      console.log('rejects', method, error.message, error.code, error.errno, error.syscall, error.hostname);
    }
  }
  dnsPromises.setServers([`127.0.0.1:${port}`]);
  console.log('default', await dnsPromises.resolveTxt('p.test'), await dns.promises.resolveMx('p.test'));
  attempt('resolve4 number', () => dnsPromises.resolve4(5));
  attempt('resolve bad rrtype', () => dnsPromises.resolve('p.test', 'BOGUS'));
  attempt('resolve number rrtype', () => dnsPromises.resolve('p.test', 1));
  attempt('reverse bad', () => dnsPromises.reverse('bad'));
  attempt('lookup number', () => dnsPromises.lookup(5));
  attempt('lookup bad family', () => dnsPromises.lookup('localhost', { family: 'x' }));
  attempt('lookup bad options', () => dnsPromises.lookup('localhost', 'x'));
  attempt('lookupService one argument', () => dnsPromises.lookupService('127.0.0.1'));
  attempt('lookupService bad address', () => dnsPromises.lookupService('x', 1));
  attempt('lookupService bad port', () => dnsPromises.lookupService('127.0.0.1', 'http'));
  console.log(await dnsPromises.lookup('127.0.0.1'), await dnsPromises.lookup('::1', { all: true }));
  attempt('lookup family name', () => dnsPromises.lookup('localhost', { family: 'IPv4' }));
  console.log(await dnsPromises.lookup('localhost', 4), await dnsPromises.lookup('localhost', { family: 4, all: true }));
  console.log(await dnsPromises.lookup('', { family: 6 }), await dnsPromises.lookup('', { all: true }));
  const service = await dnsPromises.lookupService('127.0.0.1', 53);
  console.log('lookupService', typeof service.hostname, service.service);
  server.close();
});
