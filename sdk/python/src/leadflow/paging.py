"""Every item of a List call, page after page.

Each Leadflow List RPC takes ``page_size`` and ``page_token`` and answers
with a page of items and ``next_page_token`` (AIP-158).
:func:`list_all` follows the tokens and yields the items one by one, asking
for the next page only when the caller gets that far::

    for lead in leadflow.paging.list_all(
            leads.ListLeads, lead_service_pb2.ListLeadsRequest(filter='lead_source = "Web"')):
        print(lead.name)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Optional, TypeVar

from google.protobuf.message import Message

__all__ = ["list_all"]

Request = TypeVar("Request", bound=Message)


def list_all(
    call: Callable[..., Any],
    request: Request,
    *,
    items: Optional[str] = None,
    **call_kwargs: Any,
) -> Iterator[Any]:
    """The items of every page ``call`` (a List method of a stub) returns.

    ``request`` is not changed; its ``page_token`` says where to start.
    ``items`` names the response's repeated field (by default its first
    repeated message field, e.g. ``leads``). ``call_kwargs`` (``timeout``,
    ``metadata``, ...) go with every page's call. A failed page raises its
    ``grpc.RpcError`` from the iteration.
    """
    page_request = type(request)()
    page_request.CopyFrom(request)
    while True:
        response = call(page_request, **call_kwargs)
        yield from getattr(response, items or _items_field(response))
        token = response.next_page_token
        if not token:
            return
        # Every List request has page_token (AIP-158); Message does not say so.
        setattr(page_request, "page_token", token)


def _items_field(response: Message) -> str:
    for descriptor in response.DESCRIPTOR.fields:
        # protobuf 5 has no is_repeated, only `label`, which the newest
        # type stubs no longer declare.
        repeated = getattr(descriptor, "is_repeated", None)
        if repeated is None:
            repeated = getattr(descriptor, "label") == descriptor.LABEL_REPEATED
        if repeated and descriptor.message_type is not None:
            return descriptor.name
    raise ValueError(f"{response.DESCRIPTOR.full_name} has no repeated message field")
