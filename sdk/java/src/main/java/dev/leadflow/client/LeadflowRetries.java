package dev.leadflow.client;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.google.protobuf.Message;
import dev.leadflow.v1.AccountServiceGrpc;
import dev.leadflow.v1.AdminServiceGrpc;
import dev.leadflow.v1.AnnotationsProto;
import dev.leadflow.v1.EventServiceGrpc;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.OpportunityServiceGrpc;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which Leadflow calls are safe to attempt again, and how.
 *
 * <p>The rule is the C++ SDK's: a call that failed with {@code UNAVAILABLE} (the server
 * restarting, a connection dropped) is attempted again, up to {@link #MAX_ATTEMPTS} attempts
 * with exponential backoff, when repeating it cannot do anything twice. That holds for every
 * read (a method whose {@code leadflow.v1.required_scope} ends in {@code .read}), and for a
 * write that carries a {@code request_id} (the server answers a repeat with the first reply)
 * or an {@code etag} (a repeat of an applied update is refused as stale instead of applied
 * again). {@link LeadflowChannels#withRetries} puts both on a channel.
 */
public final class LeadflowRetries {
  /** Attempts of one call, the first included. */
  public static final int MAX_ATTEMPTS = 5;

  /**
   * The longest pause before the second attempt; each later one may be {@link
   * #BACKOFF_MULTIPLIER} times longer, up to {@link #MAX_BACKOFF}. Pauses are drawn at random
   * below that bound, as gRPC's own retries do, so that clients spread out.
   *
   * <p>Longer than the other clients' 0.1 s: while grpc-java waits to reconnect to a server that
   * refused a connection (about 1 s, then 1.6 s), every attempt fails at once, so shorter pauses
   * would spend all five attempts before the server could be reached again.
   */
  public static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

  public static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
  public static final double BACKOFF_MULTIPLIER = 2.0;

  private static final Set<String> READS = findReads();

  private LeadflowRetries() {}

  /**
   * The full names ({@code leadflow.v1.LeadService/GetLead}) of every read: retried whatever
   * the request.
   */
  public static Set<String> readMethods() {
    return READS;
  }

  /**
   * The gRPC service config that retries reads on {@code UNAVAILABLE}, for {@code
   * ManagedChannelBuilder.defaultServiceConfig} (with {@code enableRetry()}).
   */
  public static Map<String, ?> serviceConfig() {
    List<Map<String, String>> names = new ArrayList<>();
    for (String read : READS) {
      int slash = read.indexOf('/');
      names.add(Map.of("service", read.substring(0, slash), "method", read.substring(slash + 1)));
    }
    // gRPC reads this as parsed JSON, where every number is a Double.
    Map<String, Object> retryPolicy =
        Map.of(
            "maxAttempts", (double) MAX_ATTEMPTS,
            "initialBackoff", seconds(INITIAL_BACKOFF),
            "maxBackoff", seconds(MAX_BACKOFF),
            "backoffMultiplier", BACKOFF_MULTIPLIER,
            "retryableStatusCodes", List.of("UNAVAILABLE"));
    return Map.of("methodConfig", List.of(Map.of("name", names, "retryPolicy", retryPolicy)));
  }

  /**
   * Whether a write may be sent again: it carries a {@code request_id} or an {@code etag}, its
   * own or its resource's ({@code UpdateLeadRequest.lead.etag}).
   */
  public static boolean repeatableWrite(Object request) {
    if (!(request instanceof Message message)) {
      return false; // not a Leadflow request
    }
    if (hasText(message, "request_id") || hasText(message, "etag")) {
      return true;
    }
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      if (field.getValue() instanceof Message inner && hasText(inner, "etag")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasText(Message message, String name) {
    FieldDescriptor field = message.getDescriptorForType().findFieldByName(name);
    return field != null
        && !field.isRepeated()
        && field.getJavaType() == FieldDescriptor.JavaType.STRING
        && !((String) message.getField(field)).isEmpty();
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() / 1000.0 + "s";
  }

  private static Set<String> findReads() {
    Set<String> reads = new TreeSet<>();
    for (io.grpc.ServiceDescriptor grpcService :
        List.of(
            AccountServiceGrpc.getServiceDescriptor(),
            AdminServiceGrpc.getServiceDescriptor(),
            EventServiceGrpc.getServiceDescriptor(),
            LeadServiceGrpc.getServiceDescriptor(),
            OpportunityServiceGrpc.getServiceDescriptor())) {
      ServiceDescriptor service =
          ((ProtoServiceDescriptorSupplier) grpcService.getSchemaDescriptor())
              .getServiceDescriptor();
      for (MethodDescriptor method : service.getMethods()) {
        String scope = method.getOptions().getExtension(AnnotationsProto.requiredScope);
        if (scope.endsWith(".read")) {
          reads.add(service.getFullName() + "/" + method.getName());
        }
      }
    }
    return Set.copyOf(reads);
  }
}
