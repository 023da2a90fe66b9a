// ES-module face of ./index.js (datagraal's stand-in for Node's test/common), for `.mjs` tests.
import common from './index.js';

export default common;

export const {
  isWindows,
  isLinux,
  isSunOS,
  isFreeBSD,
  isOpenBSD,
  isOSX,
  isMacOS,
  isAIX,
  isIBMi,
  PORT,
  localhostIPv4,
  localIPv6Hosts,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  expectWarning,
  skip,
  printSkipMessage,
  platformTimeout,
  getArrayBufferViews,
  invalidArgTypeHelper,
} = common;

// Getters in index.js (computed on first use); an ES module exports their values.
export const hasIPv6 = common.hasIPv6;
export const inFreeBSDJail = common.inFreeBSDJail;
