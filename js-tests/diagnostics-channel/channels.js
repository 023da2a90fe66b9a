// diagnostics_channel: named channels, subscribers, and tracing channels (as lru-cache uses them).
'use strict';
const dc = require('node:diagnostics_channel');

const ch = dc.channel('demo');
console.log(ch.name, ch.hasSubscribers, dc.hasSubscribers('demo'), dc.channel('demo') === ch);
const seen = (message, name) => console.log('got', message, name);
dc.subscribe('demo', seen);
console.log(ch.hasSubscribers, dc.hasSubscribers('demo'));
ch.publish({ n: 1 });
console.log(dc.unsubscribe('demo', seen), dc.unsubscribe('demo', seen), ch.hasSubscribers);
ch.publish({ n: 2 });
try { ch.subscribe(42); } catch (e) { console.log(e.name, e.code, e.message); }
try { dc.channel(1); } catch (e) { console.log(e.name, e.code, e.message); }

const tc = dc.tracingChannel('work');
console.log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name);
const log = (event) => (context) => console.log(event, JSON.stringify(context));
tc.subscribe({ start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') });
console.log('sync result', tc.traceSync((a, b) => a + b, { op: 'add' }, null, 2, 3));
try { tc.traceSync(() => { throw new Error('bad'); }, { op: 'throw' }); } catch (e) { console.log('caught', e.message); }
tc.tracePromise(async (x) => x * 2, { op: 'double' }, null, 21).then((v) => {
  console.log('promise result', v);
  tc.traceCallback((x, cb) => setImmediate(cb, null, x + 1), -1, { op: 'cb' }, null, 1, (err, v2) => {
    console.log('callback result', err, v2);
  });
});
