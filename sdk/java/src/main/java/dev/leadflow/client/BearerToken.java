package dev.leadflow.client;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import io.grpc.SecurityLevel;
import io.grpc.Status;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Call credentials that send {@code authorization: Bearer <token>} with every
 * call of a stub: {@code LeadServiceGrpc.newBlockingStub(channel)
 * .withCallCredentials(BearerToken.of(token))}.
 *
 * <p>{@link #of} sends the token only over a TLS channel and fails the call
 * otherwise, so that a token never crosses the network readable; {@link
 * #allowingPlaintext} also sends it over plaintext, for a server on loopback.
 */
public final class BearerToken extends CallCredentials {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String header;
  private final boolean allowPlaintext;

  private BearerToken(String token, boolean allowPlaintext) {
    this.header = "Bearer " + Objects.requireNonNull(token, "token");
    this.allowPlaintext = allowPlaintext;
  }

  /** The token, sent only over TLS. */
  public static BearerToken of(String token) {
    return new BearerToken(token, false);
  }

  /** The token, sent over plaintext channels too: for a server on loopback only. */
  public static BearerToken allowingPlaintext(String token) {
    return new BearerToken(token, true);
  }

  @Override
  public void applyRequestMetadata(
      RequestInfo requestInfo, Executor appExecutor, MetadataApplier applier) {
    if (!allowPlaintext && requestInfo.getSecurityLevel() != SecurityLevel.PRIVACY_AND_INTEGRITY) {
      applier.fail(
          Status.UNAUTHENTICATED.withDescription(
              "BearerToken.of sends the token only over TLS; use BearerToken.allowingPlaintext"
                  + " for a server on loopback"));
      return;
    }
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, header);
    applier.apply(headers);
  }
}
