// The WHATWG URL parser: special and non-special schemes, hosts (domains, IDNA, IPv4 forms, IPv6),
// ports, dot segments, percent-encoding sets, file URLs, opaque paths, relative resolution against
// a base, and Node's ERR_INVALID_URL errors.
'use strict';

const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'hash'];

function show(input, base) {
  const label = base === undefined ? JSON.stringify(input) : `${JSON.stringify(input)} against ${JSON.stringify(base)}`;
  try {
    const url = base === undefined ? new URL(input) : new URL(input, base);
    console.log(label);
    console.log('  ', fields.map((name) => `${name}=${JSON.stringify(url[name])}`).join(' '));
  } catch (error) {
    console.log(label, 'threw', error.name, error.code, error.message, JSON.stringify(error.input),
      JSON.stringify(error.base), Object.keys(error).join(','));
  }
}

for (const input of [
  'http://user:pass@Host.COM:8080/p/a/t/h?query=string&a=1#hash',
  'https://example.com', 'HTTP://EX.com:0080/./a/../b/%2e/c/%2E%2E', 'http://x/a b?c d#e f',
  'http://x/a^b', 'http://x/a{b}|c`d"e<f>g', 'http://x/?a^b\'c"d<e>f`g', 'foo://x/?a\'b"c', 'http://x/#a b"c<d>e`f{g',
  'http://x/\u00e9?\u00e9#\u00e9', 'http://x/%zz%41', 'http://x/\uD83D\uDE00', 'http://x/\uD800',
  'http://\u00c4B.com', 'http://fa\u00df.de', 'http://\uFF21\uFF22\uFF23.com', 'http://a\u3002b', 'http://\uD83D\uDE00.com',
  'http://xn--nxasmq6b.com', 'http://xn--a.com', 'http://xn--.com', 'http://ab--c.com', 'http://-x.com',
  'http://x.com.', 'http://a..b', 'http://\u00ad.com', 'http://a\u200bb.com', 'http://%41.com', 'http://a%2fb',
  'http://1.2.3', 'http://0x7f.1', 'http://0177.0.0.1', 'http://4294967295', 'http://4294967296', 'http://1.2.3.4.5',
  'http://256.1.1.1', 'http://1.2.3.256', 'http://0x100000000', 'http://1.2.3.4.', 'http://09.1.1.1', 'http://1.2.x',
  'http://[::1]:80/', 'http://[1:0:0:0:0:0:0:1]', 'http://[::ffff:1.2.3.4]', 'http://[2001:db8::0:0:1]',
  'http://[1:2:3:4:5:6:7:8]', 'http://[1::2::3]', 'http://[::1', 'http://[g::1]', 'http://[0:0:1:0:0:0:0:0]',
  'http://exa mple.com', 'http://a b', 'http://a:b@c:d', 'http://user@/', 'http://x:65536', 'http://x:65535',
  'http://x:', 'http://:80', 'https://x:443/', 'ws://x:80', 'wss://x:443/', 'ftp://x:21/', 'ftp://x:22/',
  'non-special://Host/p', 'non-special://h%20st/', 'non-special://[::1]/', 'non-special://a b/', 'sc:opaque path ',
  'sc://x/./a/../b', 'sc:/a/../b', 'sc:', 'sc:?q#f', 'javascript:alert(1)', 'mailto:a@b', 'data:text/plain,hi there#frag ment',
  'blob:https://a.com/uuid', 'blob:ftp://a.com/x', 'blob:foo',
  'file:///etc/passwd', 'file://localhost/etc', 'file://host/share/x', 'file:///C:/x/../..', 'file:c:\\x', 'file:/x',
  'file:x', 'file://C|/a', 'file:///a/%2e%2E/b', 'FILE:///A',
  'http:/\\x/y', 'http:x', '\t http://tab\n.com/a\r ', '  http://trim.com/  ', 'http://x\\y\\z?a\\b',
  'http://a@b@c/', 'http://%40:%3A@x/', 'http://user name:pa ss@x/', 'http://x/a/./b/../../c',
  'http://x/%2e/%2e%2e/y', '', 'x', '//x', 'http://', 'http://?', 'http://#', 'http:///x', 'https:\\\\x\\y',
]) show(input);

const base = 'http://a/b/c/d;p?q';
for (const relative of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', '..', '../..',
  '../../../g', '/./g', 'g/../h', 'http:g', 'https:g', '\\\\x\\y', 'file:a']) show(relative, base);
show('a', 'file:///dir/file');
show('C:/x', 'file:///dir/file');
show('/y', 'file:///C:/dir/');
show('x', 'sc:opaque');
show('#frag', 'sc:opaque');
show('x', 'not a url');
show('', 'http://h/p?q#f');

try {
  new URL();
} catch (error) {
  console.log('no argument:', error.name, error.code, error.message);
}
console.log('URL.canParse', URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y'));
console.log('URL.parse', URL.parse('nope'), URL.parse('/p', 'http://h').href);
console.log('toString/toJSON', String(new URL('http://x/a')), JSON.stringify({ u: new URL('http://x/b') }));
console.log('objects', new URL({ toString: () => 'http://obj/' }).href, new URL('p', new URL('http://base/q')).href);
