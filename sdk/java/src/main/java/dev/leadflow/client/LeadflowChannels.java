package dev.leadflow.client;

import io.grpc.ManagedChannelBuilder;

/** Settings for a channel to a Leadflow server. */
public final class LeadflowChannels {
  private LeadflowChannels() {}

  /**
   * Turns on the retries of {@link LeadflowRetries} for the channel {@code builder} makes: reads
   * through gRPC's own retries (a default service config), writes carrying a {@code request_id}
   * or an {@code etag} through a {@link RetryWritesInterceptor}, since a service config cannot
   * look into a request. Other writes fail at once.
   *
   * <pre>{@code
   * ManagedChannel channel = LeadflowChannels.withRetries(
   *     Grpc.newChannelBuilder(target, InsecureChannelCredentials.create())).build();
   * }</pre>
   *
   * @return {@code builder}, for chaining
   */
  public static ManagedChannelBuilder<?> withRetries(ManagedChannelBuilder<?> builder) {
    return builder
        .defaultServiceConfig(LeadflowRetries.serviceConfig())
        .enableRetry()
        .intercept(new RetryWritesInterceptor());
  }
}
