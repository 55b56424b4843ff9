"""leadflow.channel's retries: which calls are attempted again after
UNAVAILABLE, against an in-process server that fails the first attempts.

Run from an environment with the package installed:
    python -m unittest discover -s sdk/python/tests
"""

import threading
import unittest
from concurrent import futures

import grpc

import leadflow
from leadflow.v1 import lead_pb2, lead_service_pb2, lead_service_pb2_grpc


class _FlakyLeads(lead_service_pb2_grpc.LeadServiceServicer):
    """Fails the first `failures` calls of each method with UNAVAILABLE."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.attempts: dict[str, int] = {}
        self._lock = threading.Lock()

    def _attempt(self, method: str, context: grpc.ServicerContext) -> None:
        with self._lock:
            self.attempts[method] = self.attempts.get(method, 0) + 1
            count = self.attempts[method]
        if count <= self.failures:
            context.abort(grpc.StatusCode.UNAVAILABLE, "restarting")

    def GetLead(self, request, context):
        self._attempt("GetLead", context)
        return lead_pb2.Lead(name=request.name)

    def CreateLead(self, request, context):
        self._attempt("CreateLead", context)
        return lead_pb2.Lead(name="leads/1", last_name=request.lead.last_name)

    def UpdateLead(self, request, context):
        self._attempt("UpdateLead", context)
        return request.lead


class RetryTest(unittest.TestCase):
    def start(self, failures: int) -> _FlakyLeads:
        servicer = _FlakyLeads(failures)
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
        lead_service_pb2_grpc.add_LeadServiceServicer_to_server(servicer, self.server)
        port = self.server.add_insecure_port("127.0.0.1:0")
        self.server.start()
        self.addCleanup(self.server.stop, None)
        self.target = f"127.0.0.1:{port}"
        return servicer

    def test_reads_are_retried(self) -> None:
        servicer = self.start(failures=2)
        with leadflow.channel(self.target) as channel:
            lead = lead_service_pb2_grpc.LeadServiceStub(channel).GetLead(
                lead_service_pb2.GetLeadRequest(name="leads/7"), timeout=10
            )
        self.assertEqual(lead.name, "leads/7")
        self.assertEqual(servicer.attempts["GetLead"], 3)

    def test_writes_with_a_request_id_or_an_etag_are_retried(self) -> None:
        servicer = self.start(failures=2)
        with leadflow.channel(self.target) as channel:
            stub = lead_service_pb2_grpc.LeadServiceStub(channel)
            created = stub.CreateLead(
                lead_service_pb2.CreateLeadRequest(
                    lead=lead_pb2.Lead(last_name="Lovelace"), request_id="r-1"
                ),
                timeout=10,
            )
            updated = stub.UpdateLead(
                lead_service_pb2.UpdateLeadRequest(lead=lead_pb2.Lead(name="leads/1", etag="3")),
                timeout=10,
            )
        self.assertEqual(created.last_name, "Lovelace")
        self.assertEqual(updated.etag, "3")
        self.assertEqual(servicer.attempts, {"CreateLead": 3, "UpdateLead": 3})

    def test_writes_that_could_happen_twice_are_not(self) -> None:
        servicer = self.start(failures=1)
        with leadflow.channel(self.target) as channel:
            with self.assertRaises(grpc.RpcError) as failure:
                lead_service_pb2_grpc.LeadServiceStub(channel).CreateLead(
                    lead_service_pb2.CreateLeadRequest(lead=lead_pb2.Lead(last_name="Twice")),
                    timeout=10,
                )
        self.assertEqual(failure.exception.code(), grpc.StatusCode.UNAVAILABLE)
        self.assertEqual(servicer.attempts["CreateLead"], 1)

    def test_retries_can_be_turned_off(self) -> None:
        servicer = self.start(failures=1)
        with leadflow.channel(self.target, retries=False) as channel:
            with self.assertRaises(grpc.RpcError):
                lead_service_pb2_grpc.LeadServiceStub(channel).GetLead(
                    lead_service_pb2.GetLeadRequest(name="leads/7"), timeout=10
                )
        self.assertEqual(servicer.attempts["GetLead"], 1)

    def test_attempts_stop_at_five(self) -> None:
        servicer = self.start(failures=10)
        with leadflow.channel(self.target) as channel:
            with self.assertRaises(grpc.RpcError) as failure:
                lead_service_pb2_grpc.LeadServiceStub(channel).CreateLead(
                    lead_service_pb2.CreateLeadRequest(
                        lead=lead_pb2.Lead(last_name="Lovelace"), request_id="r-2"
                    ),
                    timeout=10,
                )
        self.assertEqual(failure.exception.code(), grpc.StatusCode.UNAVAILABLE)
        self.assertEqual(servicer.attempts["CreateLead"], 5)


if __name__ == "__main__":
    unittest.main()
