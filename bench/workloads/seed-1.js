// The start-up workload: examples/seed-1/index.js with one change, the send length 5 instead of 7.
// Node 20 throws ERR_BUFFER_OUT_OF_BOUNDS at 7 before any datagram moves, so with the original
// node would time only its crash; with 5 both runtimes do the same work end to end.
// Node.js program to demonstrate the
// server.unref() property

// Importing dgram module
var dgram = require('dgram');

// Creating and initializing client
// and server socket
var client = dgram.createSocket("udp4");
var server = dgram.createSocket("udp4");

// Handling the message event
server.on("message", function (msg) {

    // Displaying the client message
    process.stdout.write("UDP String: " 
                    + msg + "\n");

    // Exiting process
    process.exit();

})// Binding server with port
    .bind(1234, () => {

        // Getting the reference of the server
        // by using unref() method
        const size = server.unref();

        // Display the result
        console.log(size.eventNames());
    });

// Client sending message to server
client.send("Hello", 0, 5, 1234, "localhost");
