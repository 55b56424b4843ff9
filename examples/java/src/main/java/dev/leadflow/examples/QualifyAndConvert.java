package dev.leadflow.examples;

import com.google.protobuf.FieldMask;
import dev.leadflow.client.BearerToken;
import dev.leadflow.client.ErrorDetails;
import dev.leadflow.client.LeadflowChannels;
import dev.leadflow.client.LeadflowErrors;
import dev.leadflow.v1.ConvertLeadRequest;
import dev.leadflow.v1.ConvertLeadResponse;
import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.Event;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.LeadSourceDetail;
import dev.leadflow.v1.Opportunity;
import dev.leadflow.v1.OpportunityServiceGrpc;
import dev.leadflow.v1.UpdateLeadRequest;
import dev.leadflow.v1.UpdateOpportunityRequest;
import io.grpc.CallCredentials;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import java.io.File;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Takes one lead from a web form to a won opportunity with the Leadflow Java
 * client, with a change-feed consumer ({@link ConversionWatcher}) following the
 * events its conversion commits, then shows how to read the rich error details
 * of a refused call.
 *
 * <p>Usage: {@code QualifyAndConvert [HOST:PORT]}. The server is HOST:PORT, else
 * {@code $LEADFLOW_TARGET}, else 127.0.0.1:50051. Every call sends the bearer token in
 * {@code $LEADFLOW_TOKEN}, when set. {@code $LEADFLOW_TLS_CA} (a PEM file: the CA that signed
 * the server's certificate) switches to TLS; {@code $LEADFLOW_TLS_CERT} and {@code
 * $LEADFLOW_TLS_KEY} add a client certificate (mutual TLS).
 */
public final class QualifyAndConvert {
  private static final long DEADLINE_SECONDS = 10;

  private QualifyAndConvert() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1) {
      System.err.println("usage: QualifyAndConvert [HOST:PORT]");
      System.exit(2);
    }
    String target = args.length == 1 ? args[0] : env("LEADFLOW_TARGET", "127.0.0.1:50051");
    String ca = env("LEADFLOW_TLS_CA", "");
    // Retries after UNAVAILABLE: reads, and writes carrying a request id or an etag.
    ManagedChannel channel =
        LeadflowChannels.withRetries(Grpc.newChannelBuilder(target, channelCredentials(ca))).build();
    String token = env("LEADFLOW_TOKEN", "");
    // Without TLS the token may only go to a server on loopback: say so explicitly.
    CallCredentials credentials =
        token.isEmpty()
            ? null
            : ca.isEmpty() ? BearerToken.allowingPlaintext(token) : BearerToken.of(token);
    try {
      run(channel, credentials);
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** TLS trusting the CA file (with a client certificate when given), else plaintext. */
  private static ChannelCredentials channelCredentials(String ca) throws IOException {
    if (ca.isEmpty()) {
      return InsecureChannelCredentials.create();
    }
    TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder().trustManager(new File(ca));
    String cert = env("LEADFLOW_TLS_CERT", "");
    if (!cert.isEmpty()) {
      tls.keyManager(new File(cert), new File(env("LEADFLOW_TLS_KEY", "")));
    }
    return tls.build();
  }

  private static void run(ManagedChannel channel, CallCredentials credentials) {
    // withCallCredentials(null) leaves a stub without credentials.
    LeadServiceGrpc.LeadServiceBlockingStub leads =
        LeadServiceGrpc.newBlockingStub(channel).withCallCredentials(credentials);
    OpportunityServiceGrpc.OpportunityServiceBlockingStub opportunities =
        OpportunityServiceGrpc.newBlockingStub(channel).withCallCredentials(credentials);

    // 1. A lead arrives from the pricing page's contact form.
    Lead lead =
        leads
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .createLead(
                CreateLeadRequest.newBuilder()
                    .setLead(
                        Lead.newBuilder()
                            .setFirstName("Ada")
                            .setLastName("Lovelace")
                            .setCompany("Analytical Engines Ltd")
                            .setEmail("ada@analytical-engines.example")
                            .setLeadSource("Web")
                            .setSourceDetail(
                                LeadSourceDetail.newBuilder()
                                    .setWebForm(
                                        LeadSourceDetail.WebForm.newBuilder()
                                            .setForm("pricing-page-contact")
                                            .setSubmission("sub-" + UUID.randomUUID()))))
                    // A retry with the same id creates nothing new.
                    .setRequestId(UUID.randomUUID().toString())
                    .build());
    System.out.println("created " + lead.getName() + " status=" + lead.getStatus());

    // 2. A seller calls back. The etag makes the update conditional: had
    //    someone else changed the lead since we read it, it would fail with
    //    ABORTED and change nothing.
    lead =
        leads
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .updateLead(
                UpdateLeadRequest.newBuilder()
                    .setLead(
                        Lead.newBuilder()
                            .setName(lead.getName())
                            .setEtag(lead.getEtag())
                            .setStatus("Working - Contacted"))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("status"))
                    .build());
    System.out.println("updated status=" + lead.getStatus());

    // 3. They agree to meet.
    lead =
        leads
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .updateLead(
                UpdateLeadRequest.newBuilder()
                    .setLead(
                        Lead.newBuilder()
                            .setName(lead.getName())
                            .setEtag(lead.getEtag())
                            .setMeetingAgreed(true))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("meeting_agreed"))
                    .build());
    System.out.println("meeting agreed=" + lead.getMeetingAgreed());

    // 4. Convert: one transaction creates the account, contact and
    //    opportunity. The request id makes a retry return the same reply. A
    //    change-feed consumer follows along from just before.
    ConversionWatcher watcher = ConversionWatcher.start(channel, credentials, lead.getName());
    watcher.awaitStarted(DEADLINE_SECONDS);
    ConvertLeadResponse converted =
        leads
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .convertLead(
                ConvertLeadRequest.newBuilder()
                    .setName(lead.getName())
                    .setRequestId(UUID.randomUUID().toString())
                    .build());
    System.out.println(
        "converted account="
            + converted.getAccount().getName()
            + " contact="
            + converted.getContact().getName()
            + " opportunity="
            + converted.getOpportunity().getName());
    for (Event event : watcher.awaitConverted(DEADLINE_SECONDS)) {
      System.out.println(
          "event " + event.getSequence() + " " + event.getType().name() + " " + event.getResource());
    }

    // 5. The deal is won. Changing the stage also sets the probability and
    //    forecast category to the stage's defaults.
    Opportunity won =
        opportunities
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .updateOpportunity(
                UpdateOpportunityRequest.newBuilder()
                    .setOpportunity(
                        Opportunity.newBuilder()
                            .setName(converted.getOpportunity().getName())
                            .setEtag(converted.getOpportunity().getEtag())
                            .setStage("Closed Won"))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("stage"))
                    .build());
    System.out.println(
        "won stage="
            + won.getStage()
            + " probability="
            + won.getProbability()
            + " forecast="
            + won.getForecastCategory().name());

    // 6. A refused call: a lead without its required last name. The details
    //    travel in the grpc-status-details-bin trailer; LeadflowErrors reads them.
    try {
      leads
          .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
          .createLead(
              CreateLeadRequest.newBuilder()
                  .setLead(Lead.newBuilder().setFirstName("Nameless").setCompany("Nowhere Inc"))
                  .build());
      throw new IllegalStateException("a lead without last_name was accepted");
    } catch (StatusRuntimeException e) {
      System.out.println(describeRefusal(e));
    }
  }

  /** Formats a refused call from its ErrorInfo and BadRequest details. */
  static String describeRefusal(StatusRuntimeException e) {
    ErrorDetails details = LeadflowErrors.details(e);
    return "refused code=" + details.code().name() + " reason=" + details.reason()
        + " field=" + String.join(",", details.fields());
  }
}
