'use strict';
// net-snmp: an SNMPv2c trap receiver and an agent with a scalar MIB provider, both on
// 127.0.0.1; a session sends a trap and reads and writes the agent's scalar.
const snmp = require('net-snmp');

const trapPort = 20000 + (process.pid % 10000);
const agentPort = trapPort + 10000;

const receiver = snmp.createReceiver({ port: trapPort, address: '127.0.0.1', disableAuthorization: true }, (error, notification) => {
  if (error) {
    console.log('receiver error', error.message);
    return;
  }
  const pdu = notification.pdu;
  console.log('receiver got', snmp.PduType[pdu.type], 'community', pdu.community ?? notification.pdu.community);
  for (const varbind of pdu.varbinds) {
    if (varbind.oid === '1.3.6.1.2.1.1.3.0') continue; // sysUpTime: changes with every run
    console.log('  varbind', varbind.oid, snmp.ObjectType[varbind.type], String(varbind.value));
  }
  queryAgent();
});

const agent = snmp.createAgent({ port: agentPort, address: '127.0.0.1', disableAuthorization: true }, (error) => {
  if (error) console.log('agent error', error.message);
});
agent.getAuthorizer().addCommunity('public');
agent.getMib().registerProvider({
  name: 'sysContact', type: snmp.MibProviderType.Scalar, oid: '1.3.6.1.2.1.1.4',
  scalarType: snmp.ObjectType.OctetString, maxAccess: snmp.MaxAccess['read-write'],
});
agent.getMib().setScalarValue('sysContact', 'ops@example.test');

const session = snmp.createSession('127.0.0.1', 'public', { version: snmp.Version2c, port: agentPort, trapPort, timeout: 3000, retries: 0 });

function queryAgent() {
  session.get(['1.3.6.1.2.1.1.4.0'], (error, varbinds) => {
    if (error) {
      console.log('get error', error.message);
    } else {
      for (const varbind of varbinds) console.log('get', varbind.oid, snmp.ObjectType[varbind.type], String(varbind.value));
    }
    session.set([{ oid: '1.3.6.1.2.1.1.4.0', type: snmp.ObjectType.OctetString, value: 'noc@example.test' }], (error2, varbinds2) => {
      console.log('set', error2 ? error2.message : String(varbinds2[0].value), 'now', agent.getMib().getScalarValue('sysContact'));
      session.get(['1.3.6.1.2.1.1.5.0'], (error3, varbinds3) => {
        console.log('missing oid', error3 ? error3.message : snmp.isVarbindError(varbinds3[0]) ? snmp.varbindError(varbinds3[0]) : 'present');
        session.close();
        agent.close();
        receiver.close();
      });
    });
  });
}

session.trap(snmp.TrapType.LinkDown, [{ oid: '1.3.6.1.2.1.2.2.1.1.3', type: snmp.ObjectType.Integer, value: 3 }], (error) => {
  console.log('trap sent', error ? error.message : null);
});
