package dev.leadflow.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.ErrorReason;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadflowErrorsTest {
  /** Sends {@code failure} from the fake server and returns what the client caught. */
  private static StatusRuntimeException refusedWith(StatusRuntimeException failure)
      throws Exception {
    try (InProcessLeadflow leadflow = new InProcessLeadflow(builder -> builder)) {
      leadflow.service.failures.add(failure);
      return assertThrows(
          StatusRuntimeException.class,
          () ->
              LeadServiceGrpc.newBlockingStub(leadflow.channel)
                  .createLead(CreateLeadRequest.newBuilder().setLead(Lead.getDefaultInstance()).build()));
    }
  }

  @Test
  void decodesEveryDetailTheServerSent() throws Exception {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Code.INVALID_ARGUMENT_VALUE)
            .setMessage("lead.last_name is required")
            .addDetails(
                Any.pack(
                    ErrorInfo.newBuilder()
                        .setReason("FIELD_INVALID")
                        .setDomain("leadflow.dev")
                        .putMetadata("field", "lead.last_name")
                        .build()))
            .addDetails(
                Any.pack(
                    BadRequest.newBuilder()
                        .addFieldViolations(
                            BadRequest.FieldViolation.newBuilder()
                                .setField("lead.last_name")
                                .setDescription("required"))
                        .addFieldViolations(
                            BadRequest.FieldViolation.newBuilder()
                                .setField("lead.email")
                                .setDescription("not an address"))
                        .build()))
            .addDetails(
                Any.pack(
                    PreconditionFailure.newBuilder()
                        .addViolations(
                            PreconditionFailure.Violation.newBuilder()
                                .setType("STATUS")
                                .setSubject("leads/7")
                                .setDescription("already converted"))
                        .build()))
            .addDetails(
                Any.pack(
                    ResourceInfo.newBuilder()
                        .setResourceType("leadflow.dev/Lead")
                        .setResourceName("leads/7")
                        .build()))
            .addDetails(
                Any.pack(
                    RetryInfo.newBuilder()
                        .setRetryDelay(
                            com.google.protobuf.Duration.newBuilder().setSeconds(2).setNanos(500_000_000))
                        .build()))
            .build();

    ErrorDetails details = LeadflowErrors.details(refusedWith(StatusProto.toStatusRuntimeException(status)));

    assertEquals(Status.Code.INVALID_ARGUMENT, details.code());
    assertEquals("lead.last_name is required", details.message());
    assertEquals("FIELD_INVALID", details.reason());
    assertEquals(ErrorReason.FIELD_INVALID, details.errorReason());
    assertEquals(Map.of("field", "lead.last_name"), details.metadata());
    assertEquals(List.of("lead.last_name", "lead.email"), details.fields());
    assertEquals(
        new ErrorDetails.FieldViolation("lead.email", "not an address"), details.fieldViolations().get(1));
    assertEquals(
        List.of(new ErrorDetails.PreconditionViolation("STATUS", "leads/7", "already converted")),
        details.preconditionViolations());
    assertEquals("leadflow.dev/Lead", details.resourceType());
    assertEquals("leads/7", details.resourceName());
    assertEquals(Optional.of(Duration.ofMillis(2500)), details.retryDelay());
  }

  @Test
  void anErrorWithoutDetailsGivesItsCodeAndMessage() throws Exception {
    ErrorDetails details =
        LeadflowErrors.details(refusedWith(Status.UNAVAILABLE.withDescription("restarting").asRuntimeException()));

    assertEquals(Status.Code.UNAVAILABLE, details.code());
    assertEquals("restarting", details.message());
    assertEquals("", details.reason());
    assertEquals(ErrorReason.ERROR_REASON_UNSPECIFIED, details.errorReason());
    assertTrue(details.metadata().isEmpty());
    assertTrue(details.fieldViolations().isEmpty());
    assertEquals(Optional.empty(), details.retryDelay());
  }

  @Test
  void aReasonNewerThanTheClientIsUnrecognized() {
    com.google.rpc.Status status =
        com.google.rpc.Status.newBuilder()
            .setCode(Code.FAILED_PRECONDITION_VALUE)
            .addDetails(Any.pack(ErrorInfo.newBuilder().setReason("SOMETHING_NEW").build()))
            .build();

    ErrorDetails details = LeadflowErrors.details(StatusProto.toStatusException(status));

    assertEquals("SOMETHING_NEW", details.reason());
    assertEquals(ErrorReason.UNRECOGNIZED, details.errorReason());
  }

  @Test
  void theValueCannotBeChangedThroughItsLists() throws Exception {
    ErrorDetails details =
        LeadflowErrors.details(refusedWith(Status.INTERNAL.asRuntimeException()));

    assertThrows(UnsupportedOperationException.class, () -> details.fields().add("x"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> details.fieldViolations().add(new ErrorDetails.FieldViolation("a", "b")));
  }
}
