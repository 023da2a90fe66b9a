// CommonJS basics: relative files, .json, the node: prefix, the cache, missing modules.
const helper = require('./fixtures/helper');
console.log(helper.name, helper.file, helper.dir, helper.sameModule);
console.log(require('./fixtures/data.json').answer, require('./fixtures/data').list.length);
console.log(require('./fixtures/helper.js') === helper);
console.log(require('node:dgram') === require('dgram'), typeof require('node:events'));
try {
  require('./fixtures/missing');
} catch (error) {
  console.log(error.code, error.message.split('\n')[0].replace(__dirname, '<dir>'));
}
console.log(typeof module, module.id, require.main === module);
