"""Opening a channel to Leadflow with a bearer token and, optionally, TLS."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Optional

import grpc

from leadflow import _call_details, _retry

__all__ = ["channel"]


def channel(
    target: str,
    *,
    token: Optional[str] = None,
    root_certificates: Optional[bytes] = None,
    certificate_chain: Optional[bytes] = None,
    private_key: Optional[bytes] = None,
    tls: Optional[bool] = None,
    retries: bool = True,
    options: Sequence[tuple[str, Any]] = (),
) -> grpc.Channel:
    """A channel to ``target`` (``host:port``) that authenticates every call.

    ``token`` is sent as ``authorization: Bearer <token>`` on every call.
    TLS is used when ``tls`` is true or any PEM argument is given:
    ``root_certificates`` (the CA that signed the server's certificate; the
    system's roots when ``None``) and, for mutual TLS, ``certificate_chain``
    and ``private_key``. Without TLS the channel is plaintext, for loopback
    and trusted networks only.

    With ``retries`` (the default) a call that fails with ``UNAVAILABLE``
    is attempted again, with backoff, when that cannot do anything twice:
    reads, and writes that carry a ``request_id`` or an ``etag`` (see
    ``leadflow._retry``), as the C++ SDK does.
    """
    if retries:
        options = [*options, *_retry.channel_options()]
    interceptors: list[Any] = [_retry.RetryWrites()] if retries else []
    if tls is None:
        tls = any(pem is not None for pem in (root_certificates, certificate_chain, private_key))
    if tls:
        credentials = grpc.ssl_channel_credentials(root_certificates, private_key, certificate_chain)
        if token:
            # gRPC's call credentials: attached only to calls on a secure channel.
            credentials = grpc.composite_channel_credentials(
                credentials, grpc.access_token_call_credentials(token)
            )
        secure = grpc.secure_channel(target, credentials, options=options)
        return grpc.intercept_channel(secure, *interceptors) if interceptors else secure
    plain = grpc.insecure_channel(target, options=options)
    if token:
        # gRPC refuses call credentials on a plaintext channel, so an
        # interceptor adds the header instead, on every attempt.
        interceptors.append(_BearerToken(token))
    return grpc.intercept_channel(plain, *interceptors) if interceptors else plain


class _BearerToken(
    grpc.UnaryUnaryClientInterceptor,
    grpc.UnaryStreamClientInterceptor,
    grpc.StreamUnaryClientInterceptor,
    grpc.StreamStreamClientInterceptor,
):
    """Adds ``authorization: Bearer <token>`` to every call that has none."""

    def __init__(self, token: str) -> None:
        self._header = ("authorization", f"Bearer {token}")

    def _with_token(self, details: grpc.ClientCallDetails) -> grpc.ClientCallDetails:
        metadata = list(details.metadata or ())
        if not any(key == "authorization" for key, _ in metadata):  # a call's own wins
            metadata.append(self._header)
        return _call_details.replace(details, metadata=metadata)

    def intercept_unary_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        return continuation(self._with_token(client_call_details), request)

    def intercept_unary_stream(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Any], Any],
        client_call_details: grpc.ClientCallDetails,
        request: Any,
    ) -> Any:
        return continuation(self._with_token(client_call_details), request)

    def intercept_stream_unary(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Iterator[Any]], Any],
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Iterator[Any],
    ) -> Any:
        return continuation(self._with_token(client_call_details), request_iterator)

    def intercept_stream_stream(
        self,
        continuation: Callable[[grpc.ClientCallDetails, Iterator[Any]], Any],
        client_call_details: grpc.ClientCallDetails,
        request_iterator: Iterator[Any],
    ) -> Any:
        return continuation(self._with_token(client_call_details), request_iterator)
