"""Python client for the Leadflow gRPC API.

The generated messages and stubs live in :mod:`leadflow.v1`::

    from leadflow.v1 import lead_pb2, lead_service_pb2, lead_service_pb2_grpc

:func:`leadflow.channel` opens a channel that sends a bearer token on every
call, over TLS when given certificates.

``google.api``, ``google.rpc`` and ``google.type`` come from
``googleapis-common-protos``; rich error details are read with
``grpc_status.rpc_status.from_call`` (package ``grpcio-status``).
"""

from leadflow._channel import channel

__all__ = ["channel"]
__version__ = "0.1.0"
