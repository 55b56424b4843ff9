// listAll and the retries interceptor (npm test, after npm run build). The
// server here is a bare HTTP/2 one that fails the first calls of each method
// with UNAVAILABLE and then answers with an empty message.
import assert from "node:assert/strict";
import http2 from "node:http2";
import { after, before, beforeEach, test } from "node:test";

import { Code, ConnectError, createLeadflowClients, listAll } from "../dist/index.js";

let server;
let address;
let failures = 0;
const attempts = new Map();

before(async () => {
  server = http2.createServer();
  server.on("stream", (stream, headers) => {
    const path = headers[":path"];
    attempts.set(path, (attempts.get(path) ?? 0) + 1);
    stream.resume();
    const fail = attempts.get(path) <= failures;
    stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
    stream.on("wantTrailers", () =>
      stream.sendTrailers(fail ? { "grpc-status": "14", "grpc-message": "restarting" } : { "grpc-status": "0" }),
    );
    stream.end(fail ? undefined : Buffer.from([0, 0, 0, 0, 0]));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  address = `127.0.0.1:${server.address().port}`;
});

after(() => server.close());

beforeEach(() => attempts.clear());

// Short pauses: these tests count attempts; the default pauses are for servers.
const fast = { initialDelayMs: 10 };

const count = (method) => attempts.get(`/leadflow.v1.LeadService/${method}`) ?? 0;

test("reads and writes with a request id or an etag are attempted again", async () => {
  failures = 2;
  const clients = createLeadflowClients({ address, timeoutMs: 10_000, retries: fast });
  try {
    await clients.leads.getLead({ name: "leads/7" });
    await clients.leads.createLead({ lead: { lastName: "Lovelace" }, requestId: "r-1" });
    await clients.leads.updateLead({ lead: { name: "leads/7", etag: "3" } });
  } finally {
    clients.close();
  }
  assert.equal(count("GetLead"), 3);
  assert.equal(count("CreateLead"), 3);
  assert.equal(count("UpdateLead"), 3);
});

test("a write that could happen twice fails at once, and attempts stop at five", async () => {
  failures = 10;
  const clients = createLeadflowClients({ address, timeoutMs: 10_000, retries: fast });
  try {
    await assert.rejects(clients.leads.createLead({ lead: { lastName: "Twice" } }), (err) => {
      return ConnectError.from(err).code === Code.Unavailable;
    });
    assert.equal(count("CreateLead"), 1);
    await assert.rejects(clients.leads.getLead({ name: "leads/7" }));
    assert.equal(count("GetLead"), 5);
  } finally {
    clients.close();
  }
});

test("retries: false turns them off", async () => {
  failures = 1;
  const clients = createLeadflowClients({ address, timeoutMs: 10_000, retries: false });
  try {
    await assert.rejects(clients.leads.getLead({ name: "leads/7" }));
  } finally {
    clients.close();
  }
  assert.equal(count("GetLead"), 1);
});

test("listAll follows every page token", async () => {
  const pages = { "": ["a", "b"], p2: ["c", "d"], p3: ["e"] };
  const next = { "": "p2", p2: "p3", p3: "" };
  const asked = [];
  const call = async (request) => {
    asked.push(request.pageToken);
    return { items: pages[request.pageToken], nextPageToken: next[request.pageToken] };
  };
  const items = [];
  for await (const item of listAll(call, { pageSize: 2 }, (page) => page.items)) items.push(item);
  assert.deepEqual(items, ["a", "b", "c", "d", "e"]);
  assert.deepEqual(asked, ["", "p2", "p3"]);
});
