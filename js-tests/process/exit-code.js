// process.exitCode and process.exit() take integers or integer strings (kept as given), and reject
// anything else with Node 20's errors; exit('6') ends with status 6 after the 'exit' listeners.
for (const v of ['abc', 1.5, {}, '2', null, undefined, 3]) {
  try { process.exitCode = v; console.log(JSON.stringify(v), '->', process.exitCode); } catch (e) { console.log(JSON.stringify(v), e.name, e.code, e.message); }
}
for (const v of ['abc', 1.5]) { try { process.exit(v); } catch (e) { console.log('exit', e.name, e.code, e.message); } }
process.exitCode = 0;
process.on('exit', (c) => { console.log('exit', c); });
process.exit('6');
