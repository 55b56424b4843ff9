#!/usr/bin/env python3
"""One read through leadflow.channel, started while the server is down.

Usage: python python_restart_read.py [--no-retries] LEAD_NAME
  (server: $LEADFLOW_TARGET, token: $LEADFLOW_TOKEN)

tests/e2e/python_example_test.sh starts it while the server is stopped and
starts the server again on the same port a second later: the read gets
through only thanks to the channel's retry policy (leadflow._retry), which
--no-retries turns off to show that the outage is real. Prints
"read NAME last_name=..." or, when the read fails, "failed CODE".
"""

import os
import sys

import grpc

import leadflow
from leadflow.v1 import lead_service_pb2, lead_service_pb2_grpc

# Longer than the outage the test makes, shorter than the test's patience.
TIMEOUT_SECONDS = 20


def main(argv: list[str]) -> int:
    retries = "--no-retries" not in argv[1:]
    names = [arg for arg in argv[1:] if arg != "--no-retries"]
    if len(names) != 1:
        print(f"usage: {argv[0]} [--no-retries] LEAD_NAME", file=sys.stderr)
        return 2
    target = os.environ.get("LEADFLOW_TARGET", "127.0.0.1:50051")
    with leadflow.channel(target, token=os.environ.get("LEADFLOW_TOKEN"), retries=retries) as channel:
        try:
            lead = lead_service_pb2_grpc.LeadServiceStub(channel).GetLead(
                lead_service_pb2.GetLeadRequest(name=names[0]), timeout=TIMEOUT_SECONDS
            )
        except grpc.RpcError as error:
            print(f"failed {leadflow.errors.details(error).code.name}")
            return 1
    print(f"read {lead.name} last_name={lead.last_name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
