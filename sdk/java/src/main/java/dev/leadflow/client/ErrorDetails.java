package dev.leadflow.client;

import dev.leadflow.v1.ErrorReason;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a failed Leadflow call and every detail the server attached to it; made by
 * {@link LeadflowErrors#details}.
 *
 * @param code the gRPC status code
 * @param message the status message (for people, not for branching on)
 * @param reason the {@code leadflow.v1.ErrorReason} name (e.g. {@code "FIELD_INVALID"}); empty
 *     when the error carries none, as one that did not come from a Leadflow server
 * @param metadata {@code ErrorInfo.metadata}, e.g. {@code {"scope": "leads.write"}}
 * @param fieldViolations the request fields refused ({@code google.rpc.BadRequest})
 * @param preconditionViolations the states that kept the call from going ahead ({@code
 *     google.rpc.PreconditionFailure})
 * @param resourceType {@code ResourceInfo.resource_type}, or empty
 * @param resourceName {@code ResourceInfo.resource_name}, or empty
 * @param retryDelay how long to wait before trying again, when the server said ({@code
 *     google.rpc.RetryInfo})
 */
public record ErrorDetails(
    Status.Code code,
    String message,
    String reason,
    Map<String, String> metadata,
    List<FieldViolation> fieldViolations,
    List<PreconditionViolation> preconditionViolations,
    String resourceType,
    String resourceName,
    Optional<Duration> retryDelay) {

  /** A request field the server refused, and why. */
  public record FieldViolation(String field, String description) {
    public FieldViolation {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(description, "description");
    }
  }

  /** A state of the system that kept the call from going ahead. */
  public record PreconditionViolation(String type, String subject, String description) {
    public PreconditionViolation {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(description, "description");
    }
  }

  public ErrorDetails {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(retryDelay, "retryDelay");
    // Copies, so that a value handed out can never change under its reader.
    metadata = Map.copyOf(metadata);
    fieldViolations = List.copyOf(fieldViolations);
    preconditionViolations = List.copyOf(preconditionViolations);
  }

  /** The names of the fields in {@link #fieldViolations}, in order. */
  public List<String> fields() {
    return fieldViolations.stream().map(FieldViolation::field).toList();
  }

  /**
   * {@link #reason} as the enum: {@code ERROR_REASON_UNSPECIFIED} when there is none, {@code
   * UNRECOGNIZED} for a reason newer than this client.
   */
  public ErrorReason errorReason() {
    if (reason.isEmpty()) {
      return ErrorReason.ERROR_REASON_UNSPECIFIED;
    }
    for (ErrorReason known : ErrorReason.values()) {
      if (known != ErrorReason.UNRECOGNIZED && known.name().equals(reason)) {
        return known;
      }
    }
    return ErrorReason.UNRECOGNIZED;
  }
}
