'use strict';
// syslog-client: RFC 3164 and RFC 5424 messages over UDP to a syslog collector written over
// dgram; the collector prints each message with its timestamp masked.
const dgram = require('dgram');
const syslog = require('syslog-client');

const collector = dgram.createSocket('udp4');
const messages = [];
collector.on('message', (message) => {
  const text = String(message)
    .replace(/^(<\d+>)[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d /, '$1TIMESTAMP ')
    .replace(/^(<\d+>1 )\S+ (\S+ \S+) \d+ /, '$1TIMESTAMP $2 PID ');
  messages.push(text);
  if (messages.length === 4) {
    for (const line of messages) console.log('collector got', JSON.stringify(line));
    collector.close();
  }
});

collector.bind(0, '127.0.0.1', () => {
  const port = collector.address().port;
  const classic = syslog.createClient('127.0.0.1', { port, transport: syslog.Transport.Udp, syslogHostname: 'app-host', appName: 'demo' });
  const modern = syslog.createClient('127.0.0.1', {
    port, transport: syslog.Transport.Udp, syslogHostname: 'app-host', appName: 'demo', rfc3164: false,
  });
  // One message after the other, so that they arrive in a fixed order.
  classic.log('service started', { facility: syslog.Facility.Daemon, severity: syslog.Severity.Informational }, (error) => {
    console.log('sent 1', error ?? null);
    classic.log('disk almost full', { facility: syslog.Facility.Local0, severity: syslog.Severity.Warning }, (error2) => {
      console.log('sent 2', error2 ?? null);
      modern.log('user logged in', { facility: syslog.Facility.Auth, severity: syslog.Severity.Notice, msgid: 'LOGIN' }, (error3) => {
        console.log('sent 3', error3 ?? null);
        modern.log('plain default', (error4) => {
          console.log('sent 4', error4 ?? null);
          classic.close();
          modern.close();
        });
      });
    });
  });
  classic.on('error', (error) => console.log('error', error.message));
  modern.on('error', (error) => console.log('error', error.message));
});
