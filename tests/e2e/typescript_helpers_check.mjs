// The TypeScript client's helpers against a real Leadflow server, run by
// tests/e2e/typescript_example_test.sh from a project that installed
// @leadflow/client from its tarball. The server is $LEADFLOW_TARGET, the
// bearer token $LEADFLOW_TOKEN.
//
//   node typescript_helpers_check.mjs helpers
//       creates seven leads, lists them back in pages of three with listAll,
//       and reads a refusal with the error helpers
//   node typescript_helpers_check.mjs read [--no-retries] LEAD_NAME
//       one GetLead through the retries interceptor (or without it, to show
//       that an outage is real), started while the server is down
//
// Prints one line per check.
import { randomUUID } from "node:crypto";

import {
  asConnectError,
  codeName,
  createLeadflowClients,
  errorReasonName,
  invalidFields,
  listAll,
} from "@leadflow/client";

function connect(retries) {
  return createLeadflowClients({
    address: process.env.LEADFLOW_TARGET,
    bearerToken: process.env.LEADFLOW_TOKEN,
    // Longer than the outage the test makes, shorter than its patience.
    timeoutMs: 20_000,
    retries,
  });
}

async function helpers() {
  const clients = connect(true);
  try {
    const company = `Paging Check ${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 7; i++) {
      await clients.leads.createLead({ lead: { lastName: `Pager${i}`, company }, requestId: randomUUID() });
    }
    const request = { filter: `company = "${company}"`, orderBy: "last_name", pageSize: 3 };
    const names = [];
    for await (const lead of listAll((r) => clients.leads.listLeads(r), request, (page) => page.leads)) {
      names.push(lead.lastName);
    }
    console.log(`listed ${names.length} leads in pages of 3: ${names.join(",")}`);
    try {
      await clients.leads.updateLead({
        lead: { name: "leads/not-a-lead-id!", lastName: "X" },
        updateMask: { paths: ["last_name"] },
      });
      throw new Error("an update of a malformed name was accepted");
    } catch (err) {
      const code = codeName(asConnectError(err).code);
      console.log(`refused code=${code} reason=${errorReasonName(err)} fields=${invalidFields(err).join(",")}`);
    }
  } finally {
    clients.close();
  }
}

async function read(name, retries) {
  const clients = connect(retries);
  try {
    const lead = await clients.leads.getLead({ name });
    console.log(`read ${lead.name} last_name=${lead.lastName}`);
    return 0;
  } catch (err) {
    console.log(`failed ${codeName(asConnectError(err).code)}`);
    return 1;
  } finally {
    clients.close();
  }
}

const args = process.argv.slice(2);
if (args.length === 1 && args[0] === "helpers") {
  await helpers();
} else if (args.length === 2 && args[0] === "read") {
  process.exitCode = await read(args[1], true);
} else if (args.length === 3 && args[0] === "read" && args[1] === "--no-retries") {
  process.exitCode = await read(args[2], false);
} else {
  console.error("usage: typescript_helpers_check.mjs helpers | read [--no-retries] LEAD_NAME");
  process.exitCode = 2;
}
