#!/usr/bin/env python3
"""The Python client's helpers against a real Leadflow server.

Usage: python python_helpers_check.py   (server: $LEADFLOW_TARGET, token: $LEADFLOW_TOKEN)

Creates seven leads, lists them back in pages of three with
leadflow.paging.list_all, and reads a refusal with leadflow.errors.details.
Prints one line per check; tests/e2e/python_example_test.sh runs it.
"""

import os
import uuid

import grpc
from google.protobuf import field_mask_pb2

import leadflow
from leadflow.v1 import lead_pb2, lead_service_pb2, lead_service_pb2_grpc


def main() -> None:
    target = os.environ.get("LEADFLOW_TARGET", "127.0.0.1:50051")
    with leadflow.channel(target, token=os.environ.get("LEADFLOW_TOKEN")) as channel:
        leads = lead_service_pb2_grpc.LeadServiceStub(channel)
        company = f"Paging Check {uuid.uuid4().hex[:8]}"
        for i in range(7):
            leads.CreateLead(
                lead_service_pb2.CreateLeadRequest(
                    lead=lead_pb2.Lead(last_name=f"Pager{i}", company=company),
                    request_id=str(uuid.uuid4()),
                ),
                timeout=10,
            )
        request = lead_service_pb2.ListLeadsRequest(
            filter=f'company = "{company}"', order_by="last_name", page_size=3
        )
        names = [lead.last_name for lead in leadflow.paging.list_all(leads.ListLeads, request, timeout=10)]
        print(f"listed {len(names)} leads in pages of 3: {','.join(names)}")

        try:
            leads.UpdateLead(
                lead_service_pb2.UpdateLeadRequest(
                    lead=lead_pb2.Lead(name="leads/not-a-lead-id!", last_name="X"),
                    update_mask=field_mask_pb2.FieldMask(paths=["last_name"]),
                ),
                timeout=10,
            )
        except grpc.RpcError as error:
            details = leadflow.errors.details(error)
            print(f"refused code={details.code.name} reason={details.reason} fields={','.join(details.fields)}")


if __name__ == "__main__":
    main()
