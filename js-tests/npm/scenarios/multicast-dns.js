'use strict';
// multicast-dns on the loopback interface: one instance answers A and SRV queries for a local
// service name, another asks over multicast and prints the decoded answers.
const mdns = require('multicast-dns');

// A port of its own (not 5353), so that no system mDNS responder and no parallel run interferes.
const port = 20000 + (process.pid % 20000);
// Bound to every address (a socket bound to 127.0.0.1 would not see multicast datagrams), the
// group joined and the queries sent on the loopback interface.
const options = { port, interface: '127.0.0.1', bind: '0.0.0.0', ip: '224.0.0.251', loopback: true, reuseAddr: true, multicast: true };

const responder = mdns(options);
const asker = mdns(options);
let answered = false;

responder.on('query', (query) => {
  for (const question of query.questions) {
    if (question.name !== 'printer.local' && question.name !== '_ipp._tcp.local') continue;
    console.log('responder got query', question.type, question.name);
    if (question.type === 'A') {
      responder.respond({ answers: [{ name: 'printer.local', type: 'A', ttl: 120, data: '127.0.0.1' }] });
    } else if (question.type === 'SRV') {
      responder.respond({
        answers: [{ name: '_ipp._tcp.local', type: 'SRV', ttl: 120, data: { port: 631, target: 'printer.local', priority: 0, weight: 0 } }],
      });
    }
  }
});

const seen = new Set();
asker.on('response', (response) => {
  for (const answer of response.answers) {
    const key = `${answer.type} ${answer.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    console.log('asker got', answer.type, answer.name, answer.ttl, JSON.stringify(answer.data));
    if (answer.type === 'A') asker.query({ questions: [{ name: '_ipp._tcp.local', type: 'SRV' }] });
    if (answer.type === 'SRV' && !answered) {
      answered = true;
      asker.destroy();
      responder.destroy(() => console.log('done'));
    }
  }
});

let ready = 0;
const start = () => {
  if (++ready === 2) asker.query({ questions: [{ name: 'printer.local', type: 'A' }] });
};
responder.on('ready', start);
asker.on('ready', start);
for (const instance of [responder, asker]) instance.on('error', (error) => console.log('error', error.message));
