// The bearer token reaches the server on every call (npm test, after npm run
// build). The server here is a bare HTTP/2 one that answers each gRPC call
// with an empty message, enough to see the headers the client sent.
import assert from "node:assert/strict";
import http2 from "node:http2";
import { after, before, test } from "node:test";

import { createLeadflowClients } from "../dist/index.js";

let server;
let address;
const seen = [];

before(async () => {
  server = http2.createServer();
  server.on("stream", (stream, headers) => {
    seen.push(headers.authorization);
    stream.resume();
    stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
    stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0" }));
    stream.end(Buffer.from([0, 0, 0, 0, 0])); // an empty, uncompressed message
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  address = `127.0.0.1:${server.address().port}`;
});

after(() => server.close());

test("bearerToken is sent on every call, a call's own header wins", async () => {
  seen.length = 0;
  const leadflow = createLeadflowClients({ address, bearerToken: "s3cret" });
  try {
    await leadflow.leads.getLead({ name: "leads/1" });
    await leadflow.opportunities.getOpportunity({ name: "opportunities/1" });
    await leadflow.leads.getLead({ name: "leads/2" }, { headers: { authorization: "Bearer other" } });
  } finally {
    leadflow.close();
  }
  assert.deepEqual(seen, ["Bearer s3cret", "Bearer s3cret", "Bearer other"]);
});

test("no bearerToken, no header", async () => {
  seen.length = 0;
  const leadflow = createLeadflowClients({ address });
  try {
    await leadflow.leads.getLead({ name: "leads/1" });
  } finally {
    leadflow.close();
  }
  assert.deepEqual(seen, [undefined]);
});
