"""Python client for the Leadflow gRPC API.

The generated messages and stubs live in :mod:`leadflow.v1`::

    from leadflow.v1 import lead_pb2, lead_service_pb2, lead_service_pb2_grpc

:func:`leadflow.channel` opens a channel that sends a bearer token on every
call, over TLS when given certificates, and attempts calls that are safe to
repeat again after ``UNAVAILABLE``. :func:`leadflow.errors.details` reads
why a call failed (its ``ErrorReason``, the fields and preconditions
concerned); :func:`leadflow.paging.list_all` iterates over every item of a
List call, page after page.

``google.api``, ``google.rpc`` and ``google.type`` come from
``googleapis-common-protos``.
"""

from leadflow import errors, paging
from leadflow._channel import channel

__all__ = ["channel", "errors", "paging"]
__version__ = "0.1.0"
