#!/usr/bin/env python3
"""Leadflow from Python: a web-form lead becomes a won deal.

Usage: python leadflow_story.py [HOST:PORT]

The server is HOST:PORT, else $LEADFLOW_TARGET, else 127.0.0.1:50051. Every
call sends the bearer token in $LEADFLOW_TOKEN, when set. $LEADFLOW_TLS_CA
(a PEM file: the CA that signed the server's certificate) switches to TLS;
$LEADFLOW_TLS_CERT and $LEADFLOW_TLS_KEY add a client certificate (mutual
TLS).

Captures a lead from a web form, marks it contacted, records the agreed
meeting, converts it into an account, a contact and an opportunity (while a
change-feed consumer on another thread follows the events the conversion
commits), wins the opportunity, and finally shows how a refused request
explains itself through the rich error details (google.rpc.Status in the
grpc-status-details-bin trailer). Needs the leadflow-client package
(pip install ./sdk/python).
"""

import os
import sys
import threading
import uuid

import grpc
from google.protobuf import duration_pb2, field_mask_pb2

import leadflow
from leadflow.v1 import (
    event_pb2,
    event_service_pb2,
    event_service_pb2_grpc,
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
# The change-feed watch is cancelled once it has seen the conversion; its
# deadline only bounds it should that never come.
WATCH_TIMEOUT_SECONDS = 60


class ConversionWatcher:
    """A change-feed consumer that follows the feed while the story converts the lead.

    Services react to Leadflow by following EventService.WatchEvents instead
    of polling the List calls. This one runs on its own thread, as a consumer
    runs beside the rest of its program, from just before the conversion
    until the lead's LEAD_CONVERTED, which comes right after the events of
    the account, contact and opportunity that the conversion created or
    linked (its `conversion` field names them).
    """

    def __init__(self, channel: grpc.Channel, lead: str) -> None:
        self.lead = lead
        self.events: list[event_pb2.Event] = []  # every event seen, in order
        # The cursor: the sequence of the last event processed. A real
        # consumer stores it with what it did with the event; after a restart
        # or a broken stream it resumes right after it, missing nothing and
        # seeing nothing twice:
        #   WatchEvents(WatchEventsRequest(after_sequence=self.cursor))
        self.cursor = 0
        self.error: grpc.RpcError | None = None
        self._started = threading.Event()
        # start_at_latest: only changes committed from now on. While nothing
        # happens, a heartbeat comes every second.
        self._call = event_service_pb2_grpc.EventServiceStub(channel).WatchEvents(
            event_service_pb2.WatchEventsRequest(
                start_at_latest=True, heartbeat_interval=duration_pb2.Duration(seconds=1)
            ),
            timeout=WATCH_TIMEOUT_SECONDS,
        )
        self._thread = threading.Thread(target=self._follow, daemon=True)
        self._thread.start()

    def _follow(self) -> None:
        try:
            for response in self._call:
                self._started.set()
                for event in response.events:
                    self.events.append(event)
                    self.cursor = event.sequence
                    if event.type == event_pb2.Event.LEAD_CONVERTED and event.resource == self.lead:
                        self._call.cancel()
                        return
                # A heartbeat (no events) advances the cursor as well.
                self.cursor = max(self.cursor, response.checkpoint_sequence)
        except grpc.RpcError as error:
            self.error = error
        finally:
            self._started.set()

    def wait_started(self, timeout: float) -> None:
        """Waits for the first message: the watch has started, so nothing
        committed from now on can slip in before its starting point."""
        if not self._started.wait(timeout):
            self._call.cancel()
            raise TimeoutError(f"the change feed sent nothing in {timeout} s")
        if self.error is not None:
            raise self.error

    def wait_converted(self, timeout: float) -> list[event_pb2.Event]:
        """Waits until the consumer has seen the lead's LEAD_CONVERTED; returns what it saw."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._call.cancel()
            raise TimeoutError(f"no LEAD_CONVERTED for {self.lead} on the change feed in {timeout} s")
        if self.error is not None:
            raise self.error
        if not self.events or self.events[-1].type != event_pb2.Event.LEAD_CONVERTED:
            raise RuntimeError("the change feed ended before the conversion")
        return self.events


def story(channel: grpc.Channel) -> None:
    leads = lead_service_pb2_grpc.LeadServiceStub(channel)
    opportunities = opportunity_service_pb2_grpc.OpportunityServiceStub(channel)

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
        timeout=TIMEOUT_SECONDS,
        metadata=METADATA,
    )
    print(f"created {lead.name} status={lead.status}")

    # 2. The seller called: change only the status, and only if nobody else
    #    changed the lead since we read it (the etag).
    lead = leads.UpdateLead(
        lead_service_pb2.UpdateLeadRequest(
            lead=lead_pb2.Lead(name=lead.name, etag=lead.etag, status="Working - Contacted"),
            update_mask=field_mask_pb2.FieldMask(paths=["status"]),
        ),
        timeout=TIMEOUT_SECONDS,
        metadata=METADATA,
    )
    print(f"updated status={lead.status}")

    # 3. Both sides agreed to a meeting: a qualification signal.
    lead = leads.UpdateLead(
        lead_service_pb2.UpdateLeadRequest(
            lead=lead_pb2.Lead(name=lead.name, etag=lead.etag, meeting_agreed=True),
            update_mask=field_mask_pb2.FieldMask(paths=["meeting_agreed"]),
        ),
        timeout=TIMEOUT_SECONDS,
        metadata=METADATA,
    )
    print(f"meeting agreed={str(lead.meeting_agreed).lower()}")

    # 4. Convert: one transaction creates the account, the contact and the
    #    opportunity. A retry with the same request id returns the same reply.
    #    A change-feed consumer follows along from just before.
    watcher = ConversionWatcher(channel, lead.name)
    watcher.wait_started(TIMEOUT_SECONDS)
    converted = leads.ConvertLead(
        lead_service_pb2.ConvertLeadRequest(name=lead.name, request_id=str(uuid.uuid4())),
        timeout=TIMEOUT_SECONDS,
        metadata=METADATA,
    )
    print(
        f"converted account={converted.account.name} contact={converted.contact.name} "
        f"opportunity={converted.opportunity.name}"
    )
    for event in watcher.wait_converted(TIMEOUT_SECONDS):
        print(f"event {event.sequence} {event_pb2.Event.Type.Name(event.type)} {event.resource}")

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
        timeout=TIMEOUT_SECONDS,
        metadata=METADATA,
    )
    forecast = opportunity_pb2.ForecastCategory.Name(won.forecast_category)
    print(f"won stage={won.stage} probability={won.probability} forecast={forecast}")

    # 6. A lead without a last name is refused. The reason and the offending
    #    field travel as google.rpc.ErrorInfo and google.rpc.BadRequest details.
    try:
        leads.CreateLead(
            lead_service_pb2.CreateLeadRequest(lead=lead_pb2.Lead(company="Nameless Ltd")),
            timeout=TIMEOUT_SECONDS,
            metadata=METADATA,
        )
    except grpc.RpcError as error:
        refusal = leadflow.errors.details(error)
        print(
            f"refused code={refusal.code.name} reason={refusal.reason} "
            f"field={','.join(refusal.fields)}"
        )
    else:
        raise RuntimeError("a lead without last_name was accepted")


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
            failure = leadflow.errors.details(error)
            print(
                f"error: {failure.code.name}: {failure.message} reason={failure.reason} "
                f"fields={failure.fields}",
                file=sys.stderr,
            )
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
