'use strict';
// IP literal checks, as net.isIP/isIPv4/isIPv6 answer them.

const ipv4Segment = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const ipv4 = `(?:${ipv4Segment}\\.){3}${ipv4Segment}`;
const ipv4Pattern = new RegExp(`^${ipv4}$`);
const h16 = '(?:[0-9a-fA-F]{1,4})';
const ipv6Pattern = new RegExp('^(?:' +
  `(?:${h16}:){7}(?:${h16}|:)|` +
  `(?:${h16}:){6}(?:${ipv4}|:${h16}|:)|` +
  `(?:${h16}:){5}(?::${ipv4}|(?::${h16}){1,2}|:)|` +
  `(?:${h16}:){4}(?:(?::${h16}){0,1}:${ipv4}|(?::${h16}){1,3}|:)|` +
  `(?:${h16}:){3}(?:(?::${h16}){0,2}:${ipv4}|(?::${h16}){1,4}|:)|` +
  `(?:${h16}:){2}(?:(?::${h16}){0,3}:${ipv4}|(?::${h16}){1,5}|:)|` +
  `(?:${h16}:){1}(?:(?::${h16}){0,4}:${ipv4}|(?::${h16}){1,6}|:)|` +
  `(?::(?:(?::${h16}){0,5}:${ipv4}|(?::${h16}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(input) {
  return ipv4Pattern.test(`${input}`);
}

function isIPv6(input) {
  return ipv6Pattern.test(`${input}`);
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
