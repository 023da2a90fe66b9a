'use strict';
// The errors of the resolve* family, as Node builds them: message "<syscall> <CODE> <name>",
// errno undefined, code, syscall, hostname. Server answers (NXDOMAIN, no data, SERVFAIL, REFUSED,
// FORMERR, NOTIMP), a response that lacks what was asked (EBADRESP), names c-ares will not send
// (EBADNAME), reverse() failures, and the argument errors thrown at once.

const dns = require('dns');
const { startDnsServer } = require('./fixtures/dns-server');

const zone = {
  'empty.test': [],
  'text.test': { answers: [['TXT', 30, ['hello']]] },
  'servfail.test': { rcode: 2 },
  'refused.test': { rcode: 5 },
  'formerr.test': { rcode: 1 },
  'notimp.test': { rcode: 4 },
  'nx-with-answer.test': { rcode: 3, answers: [['A', 30, '192.0.2.9']] },
  '4.3.2.1.in-addr.arpa': [],
  '5.3.2.1.in-addr.arpa': { rcode: 2 },
};

function describe(error) {
  return [error.message, error.code, error.errno, error.syscall, error.hostname, Object.keys(error).join(',')];
}

function attempt(label, action) {
  try {
    action();
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
}

startDnsServer(zone, null, (server, port) => {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  const calls = [
    ['resolve4', 'nope.test'], ['resolveAny', 'nope.test'], ['resolve4', 'empty.test'], ['resolveMx', 'empty.test'],
    ['resolveSoa', 'empty.test'], ['resolveAny', 'empty.test'], ['resolve4', 'text.test'], ['resolveNs', 'text.test'],
    ['resolvePtr', 'text.test'], ['resolveCname', 'text.test'], ['resolveSoa', 'text.test'],
    ['resolve4', 'servfail.test'], ['resolve6', 'refused.test'], ['resolveTxt', 'formerr.test'],
    ['resolveSrv', 'notimp.test'], ['resolve4', 'nx-with-answer.test'],
    ['resolve4', 'a..b.test'], ['resolve4', 'a b.test'], ['resolve4', 'a+b.test'], ['resolve4', `${'x'.repeat(64)}.test`],
    ['resolve4', '.a.test'], ['resolve4', ''], ['resolveMx', '.'],
    ['reverse', '1.2.3.4'], ['reverse', '1.2.3.5'],
  ];
  let index = 0;
  const next = () => {
    if (index === calls.length) {
      attempt('reverse bad', () => resolver.reverse('not-an-ip', () => {}));
      attempt('reverse empty', () => resolver.reverse('', () => {}));
      attempt('resolve4 number', () => resolver.resolve4(42, () => {}));
      attempt('resolve4 no callback', () => resolver.resolve4('x.test'));
      attempt('resolve bad rrtype', () => resolver.resolve('x.test', 'BOGUS', () => {}));
      attempt('resolve number rrtype', () => resolver.resolve('x.test', 28, () => {}));
      attempt('resolve no callback', () => resolver.resolve('x.test', 'A'));
      attempt('reverse number', () => resolver.reverse(1, () => {}));
      server.close();
      return;
    }
    const [method, name] = calls[index++];
    resolver[method](name, (error, result) => {
      if (error) console.log(method, JSON.stringify(name), describe(error));
      else console.log(method, JSON.stringify(name), 'result', result);
      next();
    });
  };
  next();
});
