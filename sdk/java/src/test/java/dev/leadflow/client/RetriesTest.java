package dev.leadflow.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.GetLeadRequest;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.UpdateLeadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The retries of LeadflowChannels.withRetries, through a real gRPC channel. */
class RetriesTest {
  private static void failWith(InProcessLeadflow leadflow, Status.Code code, int times) {
    for (int i = 0; i < times; i++) {
      leadflow.service.failures.add(Status.fromCode(code).withDescription("attempt " + i).asRuntimeException());
    }
  }

  private static LeadServiceGrpc.LeadServiceBlockingStub stub(InProcessLeadflow leadflow) {
    return LeadServiceGrpc.newBlockingStub(leadflow.channel).withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  @Test
  void aReadIsRetriedAfterUnavailable() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 2);

      Lead lead = stub(leadflow).getLead(GetLeadRequest.newBuilder().setName("leads/9").build());

      assertEquals("leads/9", lead.getName());
      assertEquals(3, leadflow.service.calls.get());
    }
  }

  @Test
  void aReadIsNotRetriedAfterOtherErrors() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.INTERNAL, 2);

      StatusRuntimeException e =
          assertThrows(StatusRuntimeException.class, () -> stub(leadflow).getLead(GetLeadRequest.getDefaultInstance()));

      assertEquals(Status.Code.INTERNAL, e.getStatus().getCode());
      assertEquals(1, leadflow.service.calls.get());
    }
  }

  @Test
  void aWriteWithoutRequestIdIsNotRetried() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 2);
      CreateLeadRequest request =
          CreateLeadRequest.newBuilder().setLead(Lead.newBuilder().setLastName("Once")).build();

      StatusRuntimeException e =
          assertThrows(StatusRuntimeException.class, () -> stub(leadflow).createLead(request));

      assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
      assertEquals(1, leadflow.service.calls.get());
    }
  }

  @Test
  void aWriteWithRequestIdIsRetried() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 2);
      CreateLeadRequest request =
          CreateLeadRequest.newBuilder()
              .setLead(Lead.newBuilder().setLastName("Twice"))
              .setRequestId("7b0c")
              .build();

      Lead lead = stub(leadflow).createLead(request);

      assertEquals("Twice", lead.getLastName());
      assertEquals(3, leadflow.service.calls.get());
    }
  }

  @Test
  void anUpdateCarryingItsResourcesEtagIsRetried() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 1);
      UpdateLeadRequest request =
          UpdateLeadRequest.newBuilder()
              .setLead(Lead.newBuilder().setName("leads/3").setEtag("e1").setStatus("Working"))
              .build();

      Lead lead = stub(leadflow).updateLead(request);

      assertEquals("Working", lead.getStatus());
      assertEquals(2, leadflow.service.calls.get());
    }
  }

  @Test
  void aWriteGivesUpAfterTheLastAttempt() throws Exception {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    RetryWritesInterceptor quick =
        new RetryWritesInterceptor(
            new RetryWritesInterceptor.Backoff(5, Duration.ofMillis(1), Duration.ofMillis(5), 2.0),
            scheduler);
    try (InProcessLeadflow leadflow = new InProcessLeadflow(builder -> builder.intercept(quick))) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 10);
      CreateLeadRequest request = CreateLeadRequest.newBuilder().setRequestId("r").build();

      StatusRuntimeException e =
          assertThrows(StatusRuntimeException.class, () -> stub(leadflow).createLead(request));

      assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode());
      assertEquals("attempt 4", e.getStatus().getDescription());
      assertEquals(5, leadflow.service.calls.get());
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void noAttemptStartsAfterTheDeadline() throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(LeadflowChannels::withRetries)) {
      failWith(leadflow, Status.Code.UNAVAILABLE, 10);
      CreateLeadRequest request = CreateLeadRequest.newBuilder().setRequestId("r").build();
      long start = System.nanoTime();

      StatusRuntimeException e =
          assertThrows(
              StatusRuntimeException.class,
              () ->
                  LeadServiceGrpc.newBlockingStub(leadflow.channel)
                      .withDeadlineAfter(300, TimeUnit.MILLISECONDS)
                      .createLead(request));

      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(
          Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED).contains(e.getStatus().getCode()),
          e.getStatus().toString());
      // Five attempts would pause up to 7.5 s in all.
      assertTrue(elapsedMillis < 1000, "took " + elapsedMillis + " ms");
    }
  }
}
