package dev.leadflow.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.PreconditionFailure;
import com.google.rpc.ResourceInfo;
import com.google.rpc.RetryInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a failed Leadflow call says about itself.
 *
 * <p>Every error the server sends carries a {@code google.rpc.Status} in the {@code
 * grpc-status-details-bin} trailer: an {@code ErrorInfo} whose {@code reason} is a {@code
 * leadflow.v1.ErrorReason} name and, as the error calls for, the fields it concerns ({@code
 * BadRequest}), the preconditions that failed ({@code PreconditionFailure}), the resource
 * involved ({@code ResourceInfo}) and how long to wait ({@code RetryInfo}):
 *
 * <pre>{@code
 * try {
 *   leads.createLead(request);
 * } catch (StatusRuntimeException e) {
 *   ErrorDetails details = LeadflowErrors.details(e);
 *   if (details.errorReason() == ErrorReason.FIELD_INVALID) {
 *     System.out.println(details.fields());   // [lead.last_name]
 *   }
 * }
 * }</pre>
 */
public final class LeadflowErrors {
  private LeadflowErrors() {}

  /**
   * Everything {@code error} (a failed call's {@code StatusRuntimeException} or {@code
   * StatusException}, or anything caused by one) says about why it failed. An error without
   * details gives its code and message only.
   */
  public static ErrorDetails details(Throwable error) {
    return decode(Status.fromThrowable(error), StatusProto.fromThrowable(error));
  }

  /** The same, from a call's closing status and trailers (as a {@code ClientCall.Listener} sees). */
  public static ErrorDetails details(Status status, Metadata trailers) {
    return decode(status, trailers == null ? null : StatusProto.fromStatusAndTrailers(status, trailers));
  }

  private static ErrorDetails decode(Status status, com.google.rpc.Status proto) {
    String message = status.getDescription() == null ? "" : status.getDescription();
    String reason = "";
    Map<String, String> metadata = Map.of();
    List<ErrorDetails.FieldViolation> fields = new ArrayList<>();
    List<ErrorDetails.PreconditionViolation> preconditions = new ArrayList<>();
    String resourceType = "";
    String resourceName = "";
    Optional<Duration> retryDelay = Optional.empty();
    if (proto != null) {
      if (message.isEmpty()) {
        message = proto.getMessage();
      }
      for (Any detail : proto.getDetailsList()) {
        try {
          if (detail.is(ErrorInfo.class)) {
            ErrorInfo info = detail.unpack(ErrorInfo.class);
            reason = info.getReason();
            metadata = info.getMetadataMap();
          } else if (detail.is(BadRequest.class)) {
            for (BadRequest.FieldViolation v :
                detail.unpack(BadRequest.class).getFieldViolationsList()) {
              fields.add(new ErrorDetails.FieldViolation(v.getField(), v.getDescription()));
            }
          } else if (detail.is(PreconditionFailure.class)) {
            for (PreconditionFailure.Violation v :
                detail.unpack(PreconditionFailure.class).getViolationsList()) {
              preconditions.add(
                  new ErrorDetails.PreconditionViolation(
                      v.getType(), v.getSubject(), v.getDescription()));
            }
          } else if (detail.is(ResourceInfo.class)) {
            ResourceInfo resource = detail.unpack(ResourceInfo.class);
            resourceType = resource.getResourceType();
            resourceName = resource.getResourceName();
          } else if (detail.is(RetryInfo.class)) {
            com.google.protobuf.Duration delay = detail.unpack(RetryInfo.class).getRetryDelay();
            retryDelay = Optional.of(Duration.ofSeconds(delay.getSeconds(), delay.getNanos()));
          }
        } catch (InvalidProtocolBufferException malformed) {
          // A detail that does not parse says nothing; throwing here would
          // replace the caller's real error with this one.
        }
      }
    }
    return new ErrorDetails(
        status.getCode(),
        message,
        reason,
        metadata,
        fields,
        preconditions,
        resourceType,
        resourceName,
        retryDelay);
  }
}
