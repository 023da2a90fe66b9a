'use strict';
// Every record type of the resolve* family against a local DNS server (fixtures/dns-server.js)
// set with dns.setServers: the shapes Node reports, TTLs, CNAME chains, resolve() by rrtype,
// resolveAny's order, reverse() for IPv4 and IPv6, names with escapes and non-ASCII.

const dns = require('dns');
const { startDnsServer } = require('./fixtures/dns-server');

const zone = {
  'all.test': [
    ['A', 300, '192.0.2.1'], ['A', 60, '192.0.2.2'], ['AAAA', 120, '2001:db8::1'],
    ['MX', 300, [10, 'mail.all.test']], ['MX', 300, [20, 'mx2.example']],
    ['TXT', 300, ['v=spf1 -all']], ['TXT', 300, ['part one', 'part two']], ['TXT', 300, ['', '\u00e9\u0000']],
    ['NS', 300, 'ns1.all.test'], ['SOA', 300, ['ns1.all.test', 'admin.all.test', 2024010101, 7200, 3600, 1209600, 300]],
    ['SRV', 300, [5, 10, 5060, 'sip.all.test']],
    ['NAPTR', 300, [100, 10, 'S', 'SIP+D2U', '', '_sip._udp.all.test']],
    ['CAA', 300, [0, 'issue', 'ca.example']], ['CAA', 300, [128, 'iodef', 'mailto:a@b.test']],
    ['PTR', 300, 'ptr.all.test'],
  ],
  'alias.test': [['CNAME', 300, 'all.test']],
  'chain.test': { answers: [['CNAME', 100, 't.test'], ['CNAME', 40, 'u.test', 't.test'], ['A', 500, '198.51.100.5', 'u.test'], ['AAAA', 30, '::5', 'u.test']] },
  'mixed.test': { answers: [['TXT', 30, ['only text']], ['A', 30, '198.51.100.7']] },
  'escapes.test': [['PTR', 5, 'a b@c"d;e(f)g$h\\i\u00e9\u0001.test']],
  'xn--bcher-kva.test': [['A', 5, '198.51.100.9']],
  '1.2.0.192.in-addr.arpa': [['PTR', 300, 'host.all.test'], ['PTR', 300, 'other.all.test']],
  '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': [['PTR', 300, 'v6.all.test']],
};

startDnsServer(zone, null, (server, port) => {
  dns.setServers([`127.0.0.1:${port}`]);
  console.log('servers', dns.getServers().length, dns.getServers()[0] === `127.0.0.1:${port}`);
  const calls = [
    ['resolve4', 'all.test'], ['resolve4', 'all.test', { ttl: true }], ['resolve6', 'all.test'],
    ['resolve6', 'all.test', { ttl: true }], ['resolveMx', 'all.test'], ['resolveTxt', 'all.test'],
    ['resolveNs', 'all.test'], ['resolveSoa', 'all.test'], ['resolveSrv', 'all.test'], ['resolveNaptr', 'all.test'],
    ['resolveCaa', 'all.test'], ['resolvePtr', 'all.test'], ['resolveAny', 'all.test'],
    ['resolveCname', 'alias.test'], ['resolve4', 'alias.test'], ['resolveMx', 'alias.test'],
    ['resolve4', 'chain.test', { ttl: true }], ['resolve6', 'chain.test', { ttl: true }], ['resolveCname', 'chain.test'],
    ['resolveAny', 'chain.test'], ['resolveCname', 'mixed.test'], ['resolveMx', 'mixed.test'], ['resolveAny', 'mixed.test'],
    ['resolve', 'all.test'], ['resolve', 'all.test', 'MX'], ['resolve', 'all.test', 'ANY'], ['resolve', 'alias.test', 'CNAME'],
    ['resolve4', 'ALL.Test.'], ['resolve4', 'bücher.test'], ['resolvePtr', 'escapes.test'],
    ['reverse', '192.0.2.1'], ['reverse', '2001:db8::1'],
  ];
  let index = 0;
  const next = () => {
    if (index === calls.length) {
      server.close();
      return;
    }
    const [method, ...args] = calls[index++];
    const request = dns[method](...args, (error, result) => {
      if (error) console.log(method, args, 'error', error.code);
      else console.log(method, args, result);
      next();
    });
    if (index === 1) console.log('request', typeof request, request.hostname, request.bindingName, request.ttl);
  };
  next();
});
