'use strict';
// k-rpc: the KRPC protocol of the BitTorrent DHT (bencoded queries and responses over UDP).
// One node answers 'ping' and 'find_node'; another queries it and prints the decoded replies.
const KRPC = require('k-rpc');

const serverId = Buffer.alloc(20, 0xaa);
const clientId = Buffer.alloc(20, 0xbb);
const server = KRPC({ id: serverId, timeout: 2000 });
const client = KRPC({ id: clientId, timeout: 2000, bootstrap: [] });

server.on('query', (query, peer) => {
  const method = String(query.q);
  console.log('server got', method, 'from id', query.a.id.toString('hex').slice(0, 8), 'peer is local', peer.address === '127.0.0.1');
  if (method === 'ping') server.response(peer, query, { id: serverId });
  else if (method === 'find_node') {
    server.response(peer, query, { id: serverId }, [{ id: Buffer.alloc(20, 0xcc), host: '127.0.0.1', port: 6881 }]);
  } else server.error(peer, query, [204, 'Method Unknown']);
});

server.bind(0, '127.0.0.1', () => {
  const peer = { host: '127.0.0.1', port: server.address().port };
  client.query(peer, { q: 'ping', a: { id: clientId } }, (error, reply) => {
    console.log('ping reply', error ?? null, 'y', String(reply.y), 'id', reply.r.id.toString('hex'));
    client.query(peer, { q: 'find_node', a: { id: clientId, target: Buffer.alloc(20, 0xcc) } }, (error2, reply2) => {
      const nodes = reply2.r.nodes;
      console.log('find_node reply', error2 ?? null, 'node', nodes.subarray(0, 20).toString('hex').slice(0, 8),
        'at', `${nodes[20]}.${nodes[21]}.${nodes[22]}.${nodes[23]}:${nodes.readUInt16BE(24)}`);
      client.query(peer, { q: 'vote', a: { id: clientId } }, (error3) => {
        console.log('vote error', error3 && error3.message);
        client.destroy();
        server.destroy();
      });
    });
  });
});
