// url.resolve and url.resolveObject (legacy, RFC 1808 style), and url.format of legacy objects,
// strings and WHATWG URLs with its options.
'use strict';

const url = require('url');

const base = 'http://a/b/c/d;p?q';
for (const relative of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g',
  '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
  'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http://x/y', 'mailto:a@b', 'HTTP://A/B', '//x:8/y?z']) {
  console.log(JSON.stringify(relative), url.resolve(base, relative));
}
for (const [from, to] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b', '../c'], ['http://example.com', 'a'], ['a/b', 'c'], ['a/b/', '../c'], ['/a', '../../b'],
  ['http://x.com/a?b#c', ''], ['http://x.com/a?b#c', '#d'], ['file:///a/b', 'c'], ['mailto:a@b.com', 'c'],
  ['http://u:p@x.com/a', '/b'], ['http://x.com/a/', 'b/../../c'], ['', 'a'], ['http://x.com/a', 'HTTPS://y.com'],
  ['http://x.com/a', 'https:b'], ['http://x.com/a', 'http:b'], ['foo:bar', 'baz'], ['a', '../../x'], ['../a', 'b'],
  ['http://x.com', '?q'], ['mailto:a@b', '?subject=hi'], ['http://x.com/a', '//y.com'], ['http://x.com/a/b', '.'],
  ['file:///C:/a', '..'], ['http://u@x.com/a', '//y.com/b']]) {
  console.log(JSON.stringify([from, to]), url.resolve(from, to));
}
console.log(url.resolveObject('http://a/b', 'c'));
console.log(url.resolveObject('', 'c'));

console.log(url.format({ protocol: 'http', host: 'x.com', pathname: 'a b', query: { q: 'r s', t: [1, 2] }, hash: 'h' }));
console.log(url.format({ protocol: 'https:', hostname: '::1', port: 8080, pathname: '/x?y#z', search: 'a=1' }));
console.log(url.format({ protocol: 'mailto', auth: 'us er', hostname: 'x.com' }), url.format({ protocol: 'file', pathname: '/a' }),
  JSON.stringify(url.format({})), url.format('http://X.com/a b'), url.format({ host: 'h', search: '?s#x' }));
const whatwg = new URL('https://us:pw@xn--espaol-zwa.com:8080/p?q=1#h');
console.log(url.format(whatwg));
console.log(url.format(whatwg, { auth: false, fragment: false, search: false, unicode: true }));
console.log(url.format(new URL('file:///a')), url.format(new URL('mailto:x@y')), url.format(new URL('sc://h')));
for (const [label, fn] of [['number', () => url.format(5)], ['null', () => url.format(null)],
  ['bad options', () => url.format(whatwg, 5)]]) {
  try {
    fn();
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
}
