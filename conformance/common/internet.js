'use strict';
// datagraal's stand-in for Node's test/common/internet.js: host names and addresses for the tests
// in test/internet. Each can be replaced through the environment (NODE_TEST_<NAME>).

const defaults = {
  INET_HOST: 'nodejs.org',
  INET4_HOST: 'nodejs.org',
  INET6_HOST: 'nodejs.org',
  INET4_IP: '8.8.8.8',
  INET6_IP: '2001:4860:4860::8888',
  INVALID_HOST: 'something.invalid',
  MX_HOST: 'nodejs.org',
  SRV_HOST: '_caldav._tcp.google.com',
  PTR_HOST: '8.8.8.8.in-addr.arpa',
  NAPTR_HOST: 'sip2sip.info',
  SOA_HOST: 'nodejs.org',
  CAA_HOST: 'google.com',
  CNAME_HOST: 'blog.nodejs.org',
  NS_HOST: 'nodejs.org',
  TXT_HOST: 'nodejs.org',
  DNS4_SERVER: '8.8.8.8',
  DNS6_SERVER: '2001:4860:4860::8888',
};

const addresses = {};
for (const name of Object.keys(defaults)) {
  addresses[name] = process.env[`NODE_TEST_${name}`] || defaults[name];
}

module.exports = { addresses };
