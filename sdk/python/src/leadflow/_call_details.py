"""The call details an interceptor passes on when it changes a call's own."""

from __future__ import annotations

import collections

import grpc


class CallDetails(
    collections.namedtuple(
        "CallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    """A ``grpc.ClientCallDetails`` built from fields."""


def replace(details: grpc.ClientCallDetails, **changes: object) -> CallDetails:
    """``details`` with ``changes`` (e.g. ``timeout=``, ``metadata=``) applied."""
    fields = {
        "method": details.method,
        "timeout": details.timeout,
        "metadata": details.metadata,
        "credentials": details.credentials,
        "wait_for_ready": getattr(details, "wait_for_ready", None),
        "compression": getattr(details, "compression", None),
    }
    fields.update(changes)
    return CallDetails(**fields)
