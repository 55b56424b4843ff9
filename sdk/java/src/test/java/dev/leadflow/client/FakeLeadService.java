package dev.leadflow.client;

import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.GetLeadRequest;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.ListLeadsRequest;
import dev.leadflow.v1.ListLeadsResponse;
import dev.leadflow.v1.UpdateLeadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A LeadService for the tests: ListLeads pages over a fixed list of leads (the token is the
 * next offset); the other calls first throw the queued errors, one per call, then answer.
 */
final class FakeLeadService extends LeadServiceGrpc.LeadServiceImplBase {
  final List<Lead> leads = new CopyOnWriteArrayList<>();
  final List<ListLeadsRequest> listRequests = new CopyOnWriteArrayList<>();
  final ConcurrentLinkedQueue<StatusRuntimeException> failures = new ConcurrentLinkedQueue<>();
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public void listLeads(ListLeadsRequest request, StreamObserver<ListLeadsResponse> reply) {
    listRequests.add(request);
    int from = request.getPageToken().isEmpty() ? 0 : Integer.parseInt(request.getPageToken());
    int to = Math.min(leads.size(), from + request.getPageSize());
    ListLeadsResponse.Builder page = ListLeadsResponse.newBuilder().addAllLeads(leads.subList(from, to));
    if (to < leads.size()) {
      page.setNextPageToken(Integer.toString(to));
    }
    reply.onNext(page.build());
    reply.onCompleted();
  }

  @Override
  public void getLead(GetLeadRequest request, StreamObserver<Lead> reply) {
    answer(Lead.newBuilder().setName(request.getName()).build(), reply);
  }

  @Override
  public void createLead(CreateLeadRequest request, StreamObserver<Lead> reply) {
    answer(request.getLead().toBuilder().setName("leads/1").build(), reply);
  }

  @Override
  public void updateLead(UpdateLeadRequest request, StreamObserver<Lead> reply) {
    answer(request.getLead(), reply);
  }

  private void answer(Lead lead, StreamObserver<Lead> reply) {
    calls.incrementAndGet();
    StatusRuntimeException failure = failures.poll();
    if (failure != null) {
      reply.onError(failure);
      return;
    }
    reply.onNext(lead);
    reply.onCompleted();
  }
}
