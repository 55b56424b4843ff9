import dev.leadflow.client.BearerToken;
import dev.leadflow.client.ErrorDetails;
import dev.leadflow.client.LeadflowChannels;
import dev.leadflow.client.LeadflowErrors;
import dev.leadflow.client.LeadflowPages;
import dev.leadflow.v1.CreateLeadRequest;
import dev.leadflow.v1.Lead;
import dev.leadflow.v1.LeadServiceGrpc;
import dev.leadflow.v1.ListLeadsRequest;
import dev.leadflow.v1.ListLeadsResponse;
import dev.leadflow.v1.UpdateLeadRequest;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ClientStreamTracer;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The Java client's helpers against a real Leadflow server; tests/e2e/java_example_test.sh runs
 * it as a single source file on the example's classpath, one mode at a time:
 *
 * <ul>
 *   <li>{@code pages COMPANY}: creates seven leads of COMPANY and lists them back in pages of
 *       three with LeadflowPages;
 *   <li>{@code refused}: reads a refusal with LeadflowErrors;
 *   <li>{@code restart COMPANY}: lists COMPANY's leads while the server is down, so that the
 *       channel's retries (LeadflowChannels.withRetries) carry the call over its restart, and
 *       says how many attempts the longest call took.
 * </ul>
 *
 * <p>The server is $LEADFLOW_TARGET, the token $LEADFLOW_TOKEN; one line is printed per check.
 */
public final class JavaHelpersCheck {
  private static final long DEADLINE_SECONDS = 30;

  public static void main(String[] args) throws Exception {
    ManagedChannel channel =
        LeadflowChannels.withRetries(
                Grpc.newChannelBuilder(System.getenv("LEADFLOW_TARGET"), InsecureChannelCredentials.create()))
            .build();
    LeadServiceGrpc.LeadServiceBlockingStub leads =
        LeadServiceGrpc.newBlockingStub(channel)
            .withCallCredentials(BearerToken.allowingPlaintext(System.getenv("LEADFLOW_TOKEN")));
    try {
      switch (args[0]) {
        case "pages" -> pages(leads, args[1]);
        case "refused" -> refused(leads);
        case "restart" -> restart(leads, args[1]);
        default -> throw new IllegalArgumentException("unknown mode " + args[0]);
      }
    } finally {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static void pages(LeadServiceGrpc.LeadServiceBlockingStub leads, String company) {
    for (int i = 0; i < 7; i++) {
      leads
          .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
          .createLead(
              CreateLeadRequest.newBuilder()
                  .setLead(Lead.newBuilder().setLastName("Pager" + i).setCompany(company))
                  .setRequestId(UUID.randomUUID().toString())
                  .build());
    }
    List<String> names = lastNames(leads, company);
    System.out.println(
        "listed " + names.size() + " leads in pages of 3: " + String.join(",", names));
  }

  private static void refused(LeadServiceGrpc.LeadServiceBlockingStub leads) {
    try {
      leads
          .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
          .updateLead(
              UpdateLeadRequest.newBuilder()
                  .setLead(Lead.newBuilder().setName("leads/not-a-lead-id!").setLastName("X"))
                  .setUpdateMask(com.google.protobuf.FieldMask.newBuilder().addPaths("last_name"))
                  .build());
      System.out.println("accepted a lead name that is not one");
    } catch (StatusRuntimeException e) {
      ErrorDetails details = LeadflowErrors.details(e);
      System.out.println(
          "refused code=" + details.code().name() + " reason=" + details.reason()
              + " fields=" + String.join(",", details.fields()));
    }
  }

  private static void restart(LeadServiceGrpc.LeadServiceBlockingStub leads, String company) {
    AttemptCounter attempts = new AttemptCounter();
    List<String> names = lastNames(leads.withInterceptors(attempts), company);
    System.out.println(
        "after the restart: listed " + names.size() + " leads, in at most "
            + attempts.most.get() + " attempts per call");
  }

  private static List<String> lastNames(LeadServiceGrpc.LeadServiceBlockingStub leads, String company) {
    ListLeadsRequest request =
        ListLeadsRequest.newBuilder()
            .setFilter("company = \"" + company + "\"")
            .setOrderBy("last_name")
            .setPageSize(3)
            .build();
    return LeadflowPages.stream(
            r -> leads.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).listLeads(r),
            request,
            ListLeadsResponse::getLeadsList)
        .map(Lead::getLastName)
        .collect(Collectors.toList());
  }

  /**
   * Notes the most attempts any call made (gRPC starts a stream tracer for each) and says when
   * the first one failed.
   */
  private static final class AttemptCounter extends ClientStreamTracer.Factory
      implements ClientInterceptor {
    final AtomicInteger most = new AtomicInteger();
    private final AtomicBoolean firstFailure = new AtomicBoolean();

    @Override
    public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
        MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
      return next.newCall(method, callOptions.withStreamTracerFactory(this));
    }

    @Override
    public ClientStreamTracer newClientStreamTracer(
        ClientStreamTracer.StreamInfo info, Metadata headers) {
      int attempt = info.getPreviousAttempts() + 1;
      most.accumulateAndGet(attempt, Math::max);
      return new ClientStreamTracer() {
        @Override
        public void streamClosed(Status status) {
          // The test starts the server again once the first attempt has failed.
          if (attempt == 1 && !status.isOk() && firstFailure.compareAndSet(false, true)) {
            System.out.println("first attempt failed: " + status.getCode());
            System.out.flush();
          }
        }
      };
    }
  }
}
