// fileURLToPath, pathToFileURL, domainToASCII/domainToUnicode, urlToHttpOptions, the url module's
// exports, and file URLs as fs paths.
'use strict';

const url = require('url');
const path = require('path');
const fs = require('fs');

for (const input of ['file:///a/b%20c/%E2%82%AC', new URL('file:///x/y'), 'file://localhost/etc/hosts', 'file:///a%2fb',
  'file:///a%2Fb', 'file://host/x', 'http://x/y', 5, null, { href: 'file:///fake', protocol: 'file:', hostname: '', pathname: '/fake' }]) {
  try {
    console.log(JSON.stringify(String(input)), '->', url.fileURLToPath(input));
  } catch (error) {
    console.log(JSON.stringify(String(input)), 'threw', error.name, error.code, error.message);
  }
}
const here = process.cwd();
for (const input of ['/a b/c#?%', '/tmp/\u00e9\u20ac', '/x/y/', '/back\\slash', '/tab\there', '/new\nline']) {
  console.log(JSON.stringify(input), url.pathToFileURL(input).href);
}
console.log('relative', url.pathToFileURL('rel/x/').href === new URL(`file://${here}/rel/x/`).href);
try {
  url.pathToFileURL(5);
} catch (error) {
  console.log('pathToFileURL(5)', error.name, error.code, error.message);
}

for (const domain of ['espa\u00f1ol.com', 'xn--espaol-zwa.com', 'xn--i\u00f1valid.com', '\ufb01.com', '\u03a3\u0391\u03a3.gr',
  'a\u200db.com', 'EXAMPLE.COM', '1.2.3', '[::1]', 'a b', '', '\uD83D\uDE00.com', 'xn--e28h.com', 'MÜNCHEN.de']) {
  console.log('domain', JSON.stringify(domain), JSON.stringify(url.domainToASCII(domain)), JSON.stringify(url.domainToUnicode(domain)));
}
console.log(url.urlToHttpOptions(new URL('http://u:p%20q@[::1]:81/a?b#c')));
console.log(url.urlToHttpOptions(new URL('https://h/')));
console.log(Object.keys(url).join(','));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, require('node:url') === url);
console.log(Object.keys(globalThis).includes('URL'), typeof globalThis.URL);

// fs takes file: URLs wherever it takes a path.
const target = path.join(__dirname, `.scratch-file-url-${process.pid}.txt`);
fs.writeFileSync(url.pathToFileURL(target), 'via URL');
console.log(fs.readFileSync(new URL(url.pathToFileURL(target).href), 'utf8'), fs.existsSync(url.pathToFileURL(target)));
fs.unlinkSync(url.pathToFileURL(target));
for (const bad of [new URL('http://x/y'), new URL('file://host/y'), new URL('file:///a%2fb')]) {
  try {
    fs.readFileSync(bad);
  } catch (error) {
    console.log('fs with', bad.href, error.name, error.code, error.message);
  }
}
