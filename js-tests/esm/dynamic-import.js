// import() from CommonJS: relative to this file, of ES modules, CommonJS files, JSON (with its
// attribute) and built-ins; a rejection for what cannot be found.
const path = require('path');

(async () => {
  const tla = await import('./fixtures/tla-late.mjs');
  console.log(tla.late, Object.keys(tla));
  const cjs = await import('./fixtures/cjs/literal.cjs');
  console.log(Object.keys(cjs), cjs.default === require('./fixtures/cjs/literal.cjs'));
  const dgram = await import('dgram');
  console.log(dgram.default === require('dgram'), typeof dgram.createSocket);
  const data = await import('./fixtures/data.json', { with: { type: 'json' } });
  console.log(data.default, Object.keys(data));
  const again = await import('./fixtures/data.json', { with: { type: 'json' } });
  console.log(again === data);
  try {
    await import('./fixtures/nothing-here.mjs');
  } catch (error) {
    console.log(error.code, error.message.replaceAll(__dirname, '<dir>'));
  }
  const nested = require('./fixtures/cjs-importer.js');
  console.log(await nested.load());
})();
