// URL setters with the parser's state overrides: what each accepts, ignores or normalises, and how
// searchParams follows search and href.
'use strict';

function run(start, name, values) {
  for (const value of values) {
    const url = new URL(start);
    let outcome = '';
    try {
      url[name] = value;
    } catch (error) {
      outcome = ` threw ${error.name} ${error.code} ${error.message} ${JSON.stringify(error.input)}`;
    }
    console.log(`${start} .${name} = ${JSON.stringify(String(value))} -> ${url.href}${outcome}`);
  }
}

run('http://user:pw@host:8080/p?q#f', 'protocol', ['https', 'HTTPS:', 'ftp:', 'sc', 'file', 'ht tp', '1http', 'ws:junk']);
run('sc://x/p', 'protocol', ['http', 'other']);
run('file:///a', 'protocol', ['http']);
run('http://h:80/', 'protocol', ['https']);
run('http://h/p', 'username', ['me', 'a b@c:d', '', '\u00e9']);
run('http://h/p', 'password', ['secret', 'p@ss:w/rd', '']);
run('file:///p', 'username', ['nope']);
run('sc:opaque', 'username', ['nope']);
run('http://h:1/p', 'host', ['example.com', 'example.com:99', 'EXAMPLE.com:80', 'x:y', '[::1]:5', '', 'a b', 'h/x', 'h?q', 'h#f', '\u00e9.com']);
run('sc://h/p', 'host', ['', 'other:7', 'a%20b']);
run('sc:opaque', 'host', ['x']);
run('file://h/p', 'host', ['localhost', 'other', '']);
run('http://h:1/p', 'hostname', ['example.com', 'x:5', '[::2]', '', '1.2.3']);
run('http://h:1/p', 'port', ['8080', '80', '', '8080abc', 'abc', '65536', '0', 8081, '-1', ' 5']);
run('file:///p', 'port', ['5']);
run('http://h/p?q#f', 'pathname', ['/a/b', 'a b', '../../x', '/%2e/y', '?#', '', '\\a\\b']);
run('sc://h/p', 'pathname', ['x', '']);
run('sc:opaque', 'pathname', ['x']);
run('http://h/p?q#f', 'search', ['?a=1&b=2', 'x y', '', '?', '#f', '\u00e9\'']);
run('sc:opaque  ?q', 'search', ['']);
run('http://h/p?q#f', 'hash', ['#x', 'y z', '', '#', '\u00e9']);
run('http://h/p', 'href', ['https://other/x', 'not a url', '']);

const url = new URL('http://h/p?a=1&b=2');
const params = url.searchParams;
console.log(params === url.searchParams, params.get('a'), [...params].join(';'));
url.search = '?c=3';
console.log('after search =', [...params].join(';'));
params.append('d', '4 5');
console.log('after append', url.href);
params.delete('c');
params.delete('d');
console.log('after deleting all', JSON.stringify(url.href), JSON.stringify(url.search));
url.href = 'http://h/?z=9';
console.log('after href =', [...params].join(';'));
params.sort();
params.set('y', '\u00e9 ~');
console.log('after set', url.href, url.search);
const opaque = new URL('sc:opaque  ?q=1#f');
opaque.hash = '';
opaque.searchParams.delete('q');
console.log('opaque path loses trailing spaces:', JSON.stringify(opaque.href));
