// The legacy url.parse(): Url objects as Node 20 builds them for common inputs (auth, ports,
// IPv6, punycode, backslashes, trimming, auto-escaping, hostless and slashless schemes), with
// parseQueryString and slashesDenoteHost, and the errors it throws.
'use strict';

const url = require('url');

const inputs = [
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string&a=1#hash', 'https://example.com', 'example.com/path',
  '/just/path?x=1', '//host/p', 'mailto:someone@example.com', 'javascript:alert(1)', 'file:///etc/passwd',
  'http://a.com/b c?d e#f g', 'HTTP://X.COM\\a\\b?c\\d', 'http://[::1]:3000/x', 'http://\u00c4B.com/', 'http://a.com:abc/',
  'http://x.com/?', 'http://x.com/#', 'http://x.com?a#b', '  http://trim.com/  ', 'http://a_b.com/x', 'http://a@b@c/',
  'xmpp:user@host', 'http://x/"<>`{}|^\'', 'foo://bar/baz', 'http:/x/y', 'http:x', '?q=1', '#h', '', 'www.example.com:8080/a',
  'http://x.com:/', 'http://a.com/%zz', 'HtTp://ExAmPlE.CoM/AbC', 'http://a.com/p;par?q', 'http://a!b.com/', 'http://a,b.com/x',
  'http://x.com:99999/', 'http://:80/', 'http://@x.com/', 'http://a:b@/', 'https://user%40x:p%3A@h/', 'http://x/?a=1#b?c',
  'http://x/a#b#c', '///a', 'x://a', 'http://a.com\\b?c\\d#e\\f', 'ftp://x', 'gopher:x', 'file:/x', 'file:x',
  'http://x/\u00e9', 'http://\u00e9.com/\u00e9', 'http://x.com/\tfoo', '\u00a0\ufeffhttp://nbsp.com/\u00a0',
  'javascript://x/y z',
];
for (const input of inputs) {
  try {
    console.log(JSON.stringify(input), url.parse(input));
  } catch (error) {
    console.log(JSON.stringify(input), 'threw', error.name, error.code, error.message);
  }
}
console.log(url.parse('http://x.com/?a=1&b=2&a=3', true));
console.log(url.parse('http://x.com/', true).query, url.parse('/p?x=%20y', true).query);
console.log(url.parse('//host/p', false, true));
console.log(url.parse('//user@host/p?q'));
for (const bad of ['http://[::1/', 'http://xn--a.com/', 5, undefined, { href: 'x' }]) {
  try {
    url.parse(bad);
    console.log(JSON.stringify(bad), 'accepted');
  } catch (error) {
    console.log(JSON.stringify(bad), 'threw', error.name, error.code, error.message);
  }
}
const parsed = url.parse('http://h/p');
console.log(parsed instanceof url.Url, Object.keys(parsed).join(','), typeof parsed.format, typeof parsed.resolve);
console.log(new url.Url());
