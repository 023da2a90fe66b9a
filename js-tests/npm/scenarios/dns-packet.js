'use strict';
// dns-packet: a DNS server and a client written over dgram on 127.0.0.1. The client encodes an
// A/AAAA/TXT query, the server decodes it and answers, the client decodes and prints the answer.
const dgram = require('dgram');
const dnsPacket = require('dns-packet');

const records = {
  A: { type: 'A', data: '192.0.2.10' },
  AAAA: { type: 'AAAA', data: '2001:db8::10' },
  TXT: { type: 'TXT', data: ['v=spf1 -all', 'hello'] },
  MX: { type: 'MX', data: { preference: 10, exchange: 'mail.example.test' } },
};

const server = dgram.createSocket('udp4');
server.on('message', (message, rinfo) => {
  const query = dnsPacket.decode(message);
  console.log('server got query', query.id, query.questions.map((q) => `${q.type} ${q.name}`).join(', '),
    'rd', query.flags & dnsPacket.RECURSION_DESIRED ? 1 : 0);
  const answers = query.questions.map((q) => ({ name: q.name, ttl: 300, class: 'IN', ...records[q.type] }));
  const response = dnsPacket.encode({
    type: 'response', id: query.id, flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_DESIRED,
    questions: query.questions, answers,
  });
  server.send(response, rinfo.port, rinfo.address);
});

server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  const names = ['A', 'AAAA', 'TXT', 'MX'];
  let pending = names.length;
  client.on('message', (message) => {
    const response = dnsPacket.decode(message);
    for (const answer of response.answers) {
      const data = Array.isArray(answer.data) ? answer.data.map(String) : answer.data;
      console.log('client got', response.id, response.type, answer.type, answer.name, answer.ttl, JSON.stringify(data),
        'aa', response.flag_aa);
    }
    if (--pending === 0) {
      client.close();
      server.close(() => console.log('done'));
    }
  });
  // One query at a time, so that the output order does not depend on the network.
  const ask = (index) => {
    if (index >= names.length) return;
    const query = dnsPacket.encode({
      type: 'query', id: 1000 + index, flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: names[index], name: `${names[index].toLowerCase()}.example.test` }],
    });
    console.log('query bytes', query.length, query.subarray(0, 4).toString('hex'));
    client.send(query, server.address().port, '127.0.0.1');
    client.once('message', () => setImmediate(ask, index + 1));
  };
  ask(0);
});
