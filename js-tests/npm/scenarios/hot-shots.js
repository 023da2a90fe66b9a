'use strict';
// hot-shots: a StatsD client sending counters, gauges, timings, sets, histograms and events with
// tags to a StatsD collector written over dgram; the collector prints what it received.
const dgram = require('dgram');
const StatsD = require('hot-shots');

const collector = dgram.createSocket('udp4');
const received = [];
collector.on('message', (message) => {
  for (const line of String(message).split('\n')) if (line) received.push(line);
});
collector.bind(0, '127.0.0.1', () => {
  const client = new StatsD({
    host: '127.0.0.1', port: collector.address().port, prefix: 'app.', suffix: '.test',
    globalTags: { env: 'ci' }, maxBufferSize: 0,
    errorHandler: (error) => console.log('client error', error.message),
  });
  client.increment('requests');
  client.increment('requests', 3, ['route:home']);
  client.decrement('workers', 2);
  client.gauge('queue.depth', 42);
  client.timing('response.time', 125, { method: 'GET' });
  client.histogram('payload.size', 512);
  client.set('users', 'alice');
  client.distribution('latency', 17.5);
  client.event('deploy', 'version 1.2.3 went out', { alert_type: 'info' });
  client.check('service.up', client.CHECKS.OK, { hostname: 'host-1' }, ['team:core']);
  client.close((error) => {
    console.log('client closed', error ?? null);
    // Let the last datagrams arrive, then print them in a fixed order.
    setTimeout(() => {
      received.sort();
      for (const line of received) console.log('collector got', line);
      console.log('count', received.length);
      collector.close();
    }, 200);
  });
});
