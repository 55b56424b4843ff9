"""Which Leadflow calls are safe to attempt again, and how.

The rule is the C++ SDK's: a call that failed with ``UNAVAILABLE`` (the
server restarting, a connection dropped) is attempted again, up to five
attempts with exponential backoff, when repeating it cannot do anything
twice. That holds for every read (a method whose scope ends in ``.read``),
and for a write that carries a ``request_id`` (the server answers a repeat
with the first reply) or an ``etag`` (a repeat of an applied update is
refused as stale instead of applied again).

Reads are retried by gRPC itself, through the channel's service config.
Whether a write may be repeated depends on its request, which a service
config cannot see, so those are retried by an interceptor.

Reads also wait for the server (``waitForReady``), up to their deadline,
while the channel cannot connect: gRPC draws each backoff at random between
zero and its cap, so five attempts alone may all be spent within a second,
before a restarting server listens again (and the channel, reconnecting
with its own backoff, notices). Give every read a deadline: without one, a
read waits for as long as the server is away.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterable
from typing import Any, Callable, Optional

import grpc
from google.protobuf.message import Message

from leadflow import _call_details
from leadflow.v1 import (
    account_service_pb2,
    admin_service_pb2,
    annotations_pb2,
    event_service_pb2,
    lead_service_pb2,
    opportunity_service_pb2,
)

# The pauses between attempts are drawn from [0, 0.5], [0, 1], [0, 2] and
# [0, 4] s: 7.5 s at most, 3.75 s on average. (0.1 s at first, as before,
# gave at most 1.5 s.)
MAX_ATTEMPTS = 5
INITIAL_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 5.0
BACKOFF_MULTIPLIER = 2.0

_SERVICE_FILES = (
    account_service_pb2,
    admin_service_pb2,
    event_service_pb2,
    lead_service_pb2,
    opportunity_service_pb2,
)


def _methods() -> Iterable[tuple[str, str, str]]:
    """(service, method, required scope) of every leadflow.v1 RPC."""
    for module in _SERVICE_FILES:
        for service in module.DESCRIPTOR.services_by_name.values():
            for method in service.methods:
                scope = method.GetOptions().Extensions[annotations_pb2.required_scope]
                yield service.full_name, method.name, scope


def read_methods() -> list[tuple[str, str]]:
    """(service, method) of every read: retried whatever the request."""
    return [(service, name) for service, name, scope in _methods() if scope.endswith(".read")]


def service_config() -> str:
    """The gRPC service config that retries reads on UNAVAILABLE."""
    return json.dumps(
        {
            "methodConfig": [
                {
                    "name": [{"service": service, "method": name} for service, name in read_methods()],
                    "waitForReady": True,
                    "retryPolicy": {
                        "maxAttempts": MAX_ATTEMPTS,
                        "initialBackoff": f"{INITIAL_BACKOFF_SECONDS}s",
                        "maxBackoff": f"{MAX_BACKOFF_SECONDS}s",
                        "backoffMultiplier": BACKOFF_MULTIPLIER,
                        "retryableStatusCodes": ["UNAVAILABLE"],
                    },
                }
            ]
        }
    )


def channel_options() -> list[tuple[str, Any]]:
    """Channel options that turn retries on with service_config()."""
    return [("grpc.enable_retries", 1), ("grpc.service_config", service_config())]


def repeatable_write(request: Any) -> bool:
    """Whether a write may be sent again: it carries a request id or an etag."""
    if not isinstance(request, Message):
        return False  # not a Leadflow request (serialized by the caller)
    if getattr(request, "request_id", ""):
        return True
    if getattr(request, "etag", ""):
        return True
    # Updates carry the resource's etag (UpdateLeadRequest.lead.etag, ...).
    for descriptor, value in request.ListFields():
        if descriptor.message_type is not None and isinstance(value, Message):
            if getattr(value, "etag", ""):
                return True
    return False


_READS = frozenset(f"/{service}/{name}" for service, name in read_methods())


class RetryWrites(grpc.UnaryUnaryClientInterceptor):
    """Attempts a repeatable unary write again after UNAVAILABLE."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self._sleep = sleep

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        method = client_call_details.method
        if isinstance(method, bytes):
            method = method.decode()
        if (
            not method.startswith("/leadflow.v1.")
            or method in _READS
            or not repeatable_write(request)
        ):
            return continuation(client_call_details, request)
        delay = INITIAL_BACKOFF_SECONDS
        deadline: Optional[float] = None
        if client_call_details.timeout is not None:
            deadline = time.monotonic() + client_call_details.timeout
        for attempt in range(1, MAX_ATTEMPTS + 1):
            details = client_call_details
            if deadline is not None:
                details = _call_details.replace(
                    client_call_details, timeout=max(0.0, deadline - time.monotonic())
                )
            outcome = continuation(details, request)
            failed = outcome.exception() is not None
            if not failed or outcome.code() != grpc.StatusCode.UNAVAILABLE:
                return outcome
            pause = random.uniform(0, delay)  # jitter, so clients spread out
            if attempt == MAX_ATTEMPTS or (
                deadline is not None and time.monotonic() + pause >= deadline
            ):
                return outcome
            self._sleep(pause)
            delay = min(delay * BACKOFF_MULTIPLIER, MAX_BACKOFF_SECONDS)
        return outcome
