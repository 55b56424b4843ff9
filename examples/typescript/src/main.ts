// The lead -> opportunity story through the TypeScript SDK: a web-form lead
// is contacted, agrees to a meeting, is converted, and its opportunity is
// won. Then a refused call, and how to read its error details.
//
//   node dist/main.js HOST:PORT

import {
  BadRequestSchema,
  ConnectError,
  ErrorInfoSchema,
  ForecastCategory,
  codeName,
  createLeadflowClients,
  newRequestId,
} from "@leadflow/client";

async function main(address: string): Promise<void> {
  const leadflow = createLeadflowClients({
    address,
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
    //    id makes a retry return the first reply instead of failing.
    const converted = await leads.convertLead({ name: qualified.name, requestId: newRequestId() });
    const opportunity = converted.opportunity;
    if (!converted.account || !converted.contact || !opportunity) {
      throw new Error("ConvertLead returned no account, contact or opportunity");
    }
    console.log(
      `converted account=${converted.account.name} contact=${converted.contact.name} ` +
        `opportunity=${opportunity.name}`,
    );

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

const address = process.argv[2];
if (!address) {
  console.error("usage: node dist/main.js HOST:PORT");
  process.exit(2);
}
main(address).catch((err: unknown) => {
  console.error(`failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
