#!/usr/bin/env python3
"""Leadflow from Python: a web-form lead becomes a won deal.

Usage: python leadflow_story.py [HOST:PORT]

The server is HOST:PORT, else $LEADFLOW_TARGET, else 127.0.0.1:50051. Every
call sends the bearer token in $LEADFLOW_TOKEN, when set. $LEADFLOW_TLS_CA
(a PEM file: the CA that signed the server's certificate) switches to TLS;
$LEADFLOW_TLS_CERT and $LEADFLOW_TLS_KEY add a client certificate (mutual
TLS).

Captures a lead from a web form, marks it contacted, records the agreed
meeting, converts it into an account, a contact and an opportunity, wins the
opportunity, and finally shows how a refused request explains itself through
the rich error details (google.rpc.Status in the grpc-status-details-bin
trailer). Needs the leadflow-client package (pip install ./sdk/python).
"""

import os
import sys
import uuid

import grpc
from google.protobuf import field_mask_pb2
from google.rpc import error_details_pb2
from grpc_status import rpc_status

import leadflow
from leadflow.v1 import (
    lead_pb2,
    lead_service_pb2,
    lead_service_pb2_grpc,
    opportunity_pb2,
    opportunity_service_pb2,
    opportunity_service_pb2_grpc,
)

# Every call carries a deadline; writes say who made them (kept in the
# opportunity's history).
TIMEOUT_SECONDS = 10
METADATA = (("leadflow-actor", "users/python-example"),)


def story(channel: grpc.Channel) -> None:
    leads = lead_service_pb2_grpc.LeadServiceStub(channel)
    opportunities = opportunity_service_pb2_grpc.OpportunityServiceStub(channel)
    call = {"timeout": TIMEOUT_SECONDS, "metadata": METADATA}

    # 1. A lead from the pricing page's contact form. The request id makes
    #    the call safe to retry: a retry returns the same lead.
    lead = leads.CreateLead(
        lead_service_pb2.CreateLeadRequest(
            lead=lead_pb2.Lead(
                first_name="Ada",
                last_name="Lovelace",
                company="Analytical Engines",
                email="ada@analytical-engines.example",
                lead_source="Web",
                source_detail=lead_pb2.LeadSourceDetail(
                    web_form=lead_pb2.LeadSourceDetail.WebForm(
                        form="pricing-page-contact",
                        submission=f"sub-{uuid.uuid4().hex[:12]}",
                    )
                ),
            ),
            request_id=str(uuid.uuid4()),
        ),
        **call,
    )
    print(f"created {lead.name} status={lead.status}")

    # 2. The seller called: change only the status, and only if nobody else
    #    changed the lead since we read it (the etag).
    lead = leads.UpdateLead(
        lead_service_pb2.UpdateLeadRequest(
            lead=lead_pb2.Lead(name=lead.name, etag=lead.etag, status="Working - Contacted"),
            update_mask=field_mask_pb2.FieldMask(paths=["status"]),
        ),
        **call,
    )
    print(f"updated status={lead.status}")

    # 3. Both sides agreed to a meeting: a qualification signal.
    lead = leads.UpdateLead(
        lead_service_pb2.UpdateLeadRequest(
            lead=lead_pb2.Lead(name=lead.name, etag=lead.etag, meeting_agreed=True),
            update_mask=field_mask_pb2.FieldMask(paths=["meeting_agreed"]),
        ),
        **call,
    )
    print(f"meeting agreed={str(lead.meeting_agreed).lower()}")

    # 4. Convert: one transaction creates the account, the contact and the
    #    opportunity. A retry with the same request id returns the same reply.
    converted = leads.ConvertLead(
        lead_service_pb2.ConvertLeadRequest(name=lead.name, request_id=str(uuid.uuid4())),
        **call,
    )
    print(
        f"converted account={converted.account.name} contact={converted.contact.name} "
        f"opportunity={converted.opportunity.name}"
    )

    # 5. Win the deal. Moving the stage also sets probability and forecast
    #    category to the stage's defaults.
    won = opportunities.UpdateOpportunity(
        opportunity_service_pb2.UpdateOpportunityRequest(
            opportunity=opportunity_pb2.Opportunity(
                name=converted.opportunity.name,
                etag=converted.opportunity.etag,
                stage="Closed Won",
            ),
            update_mask=field_mask_pb2.FieldMask(paths=["stage"]),
        ),
        **call,
    )
    forecast = opportunity_pb2.ForecastCategory.Name(won.forecast_category)
    print(f"won stage={won.stage} probability={won.probability} forecast={forecast}")

    # 6. A lead without a last name is refused. The reason and the offending
    #    field travel as google.rpc.ErrorInfo and google.rpc.BadRequest details.
    try:
        leads.CreateLead(
            lead_service_pb2.CreateLeadRequest(lead=lead_pb2.Lead(company="Nameless Ltd")),
            **call,
        )
    except grpc.RpcError as error:
        reason, fields = error_details(error)
        print(f"refused code={error.code().name} reason={reason} field={','.join(fields)}")
    else:
        raise RuntimeError("a lead without last_name was accepted")


def error_details(error: grpc.RpcError) -> tuple[str, list[str]]:
    """The ErrorInfo reason and the BadRequest fields of a failed call."""
    status = rpc_status.from_call(error)  # None when the trailer is absent
    reason = ""
    fields: list[str] = []
    if status is None:
        return reason, fields
    for detail in status.details:  # google.protobuf.Any
        if detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
            info = error_details_pb2.ErrorInfo()
            detail.Unpack(info)
            reason = info.reason
        elif detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad_request = error_details_pb2.BadRequest()
            detail.Unpack(bad_request)
            fields.extend(violation.field for violation in bad_request.field_violations)
    return reason, fields


def pem(variable: str) -> bytes | None:
    """The contents of the PEM file named by an environment variable, if set."""
    path = os.environ.get(variable)
    if not path:
        return None
    with open(path, "rb") as file:
        return file.read()


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(f"usage: {argv[0]} [HOST:PORT]", file=sys.stderr)
        return 2
    target = argv[1] if len(argv) == 2 else os.environ.get("LEADFLOW_TARGET", "127.0.0.1:50051")
    with leadflow.channel(
        target,
        token=os.environ.get("LEADFLOW_TOKEN"),
        root_certificates=pem("LEADFLOW_TLS_CA"),
        certificate_chain=pem("LEADFLOW_TLS_CERT"),
        private_key=pem("LEADFLOW_TLS_KEY"),
    ) as channel:
        try:
            story(channel)
        except grpc.RpcError as error:
            reason, fields = error_details(error)
            print(
                f"error: {error.code().name}: {error.details()} reason={reason} fields={fields}",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
