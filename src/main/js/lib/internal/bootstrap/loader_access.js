'use strict';
// Which built-ins exist, asked of the Java side that holds their sources.
const publicId = /^(?!internal\/)[a-z0-9_/]+$/;
module.exports = {
  hasBuiltin: (id) => publicId.test(id) && require.isBuiltin(id),
};
