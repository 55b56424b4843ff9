// The lead -> opportunity story through the TypeScript SDK: a web-form lead
// is contacted, agrees to a meeting, is converted (while a change-feed
// consumer follows the events the conversion commits, see feed.ts), and its
// opportunity is won. Then a refused call, and how to read its error details.
//
//   node dist/main.js [HOST:PORT]
//
// The server is HOST:PORT, else $LEADFLOW_TARGET, else 127.0.0.1:50051. Every
// call sends the bearer token in $LEADFLOW_TOKEN, when set. $LEADFLOW_TLS_CA
// (a PEM file: the CA that signed the server's certificate) switches to TLS;
// $LEADFLOW_TLS_CERT and $LEADFLOW_TLS_KEY add a client certificate (mutual
// TLS).

import { readFileSync } from "node:fs";
import {
  BadRequestSchema,
  ConnectError,
  ErrorInfoSchema,
  Event_Type,
  ForecastCategory,
  codeName,
  createLeadflowClients,
  newRequestId,
  type TlsOptions,
} from "@leadflow/client";
import { ConversionWatcher } from "./feed.js";

/** TLS from the environment, or undefined (plaintext) without $LEADFLOW_TLS_CA. */
function tlsFromEnv(): TlsOptions | undefined {
  const { LEADFLOW_TLS_CA: ca, LEADFLOW_TLS_CERT: cert, LEADFLOW_TLS_KEY: key } = process.env;
  if (!ca) return undefined;
  return {
    ca: readFileSync(ca),
    cert: cert ? readFileSync(cert) : undefined,
    key: key ? readFileSync(key) : undefined,
  };
}

async function main(address: string): Promise<void> {
  const leadflow = createLeadflowClients({
    address,
    bearerToken: process.env.LEADFLOW_TOKEN,
    tls: tlsFromEnv(),
    actor: "users/example-seller",
    timeoutMs: 10_000,
    userAgent: "leadflow-example-typescript/0.1.0",
  });
  const { leads, opportunities } = leadflow;
  try {
    // 1. A visitor fills in the pricing form.
    const created = await leads.createLead({
      lead: {
        firstName: "Ada",
        lastName: "Lovelace",
        company: "Analytical Engines Ltd",
        email: "ada@engines.example",
        leadSource: "Web",
        sourceDetail: {
          detail: { case: "webForm", value: { form: "pricing-page", submission: `sub-${newRequestId()}` } },
        },
      },
      requestId: newRequestId(),
    });
    console.log(`created ${created.name} status=${created.status}`);

    // 2. The seller calls: only `status` changes, and only if nobody changed
    //    the lead since it was read (the etag).
    const working = await leads.updateLead({
      lead: { name: created.name, status: "Working - Contacted", etag: created.etag },
      updateMask: { paths: ["status"] },
    });
    console.log(`updated status=${working.status}`);

    // 3. A meeting is agreed.
    const qualified = await leads.updateLead({
      lead: { name: working.name, meetingAgreed: true, etag: working.etag },
      updateMask: { paths: ["meeting_agreed"] },
    });
    console.log(`meeting agreed=${qualified.meetingAgreed}`);

    // 4. Convert: account, contact and opportunity in one step; the request
    //    id makes a retry return the first reply instead of failing. A
    //    change-feed consumer follows along from just before.
    const watcher = new ConversionWatcher(leadflow.events, qualified.name);
    await watcher.waitStarted(10_000);
    const converted = await leads.convertLead({ name: qualified.name, requestId: newRequestId() });
    const opportunity = converted.opportunity;
    if (!converted.account || !converted.contact || !opportunity) {
      throw new Error("ConvertLead returned no account, contact or opportunity");
    }
    console.log(
      `converted account=${converted.account.name} contact=${converted.contact.name} ` +
        `opportunity=${opportunity.name}`,
    );
    for (const event of await watcher.waitConverted(10_000)) {
      console.log(`event ${event.sequence} ${Event_Type[event.type]} ${event.resource}`);
    }

    // 5. The deal is won: the stage brings its probability and forecast category.
    const won = await opportunities.updateOpportunity({
      opportunity: { name: opportunity.name, stage: "Closed Won", etag: opportunity.etag },
      updateMask: { paths: ["stage"] },
    });
    console.log(
      `won stage=${won.stage} probability=${won.probability} ` +
        `forecast=${ForecastCategory[won.forecastCategory]}`,
    );

    // 6. A lead without a last name is refused. The reason and the field come
    //    from the google.rpc details in the grpc-status-details-bin trailer.
    try {
      await leads.createLead({ lead: { company: "Nameless Ltd", leadSource: "Web" } });
      throw new Error("a lead without last_name was accepted");
    } catch (err) {
      if (!(err instanceof ConnectError)) throw err;
      const info = err.findDetails(ErrorInfoSchema)[0];
      const fields = err.findDetails(BadRequestSchema).flatMap((b) => b.fieldViolations.map((v) => v.field));
      console.log(`refused code=${codeName(err.code)} reason=${info?.reason ?? "?"} field=${fields.join(",")}`);
    }
  } finally {
    leadflow.close();
  }
}

if (process.argv.length > 3) {
  console.error("usage: node dist/main.js [HOST:PORT]");
  process.exit(2);
}
const address = process.argv[2] ?? process.env.LEADFLOW_TARGET ?? "127.0.0.1:50051";
main(address).catch((err: unknown) => {
  // A refused call names its gRPC code, e.g. UNAUTHENTICATED without a token.
  if (err instanceof ConnectError) console.error(`failed: ${codeName(err.code)}: ${err.rawMessage}`);
  else console.error(`failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
