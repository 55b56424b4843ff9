package dev.leadflow.client;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A FakeLeadService served in-process, and a channel to it; closing stops both. */
final class InProcessLeadflow implements AutoCloseable {
  final FakeLeadService service = new FakeLeadService();
  final ManagedChannel channel;
  private final Server server;

  /** {@code configure} adjusts the channel, e.g. {@code LeadflowChannels::withRetries}. */
  InProcessLeadflow(UnaryOperator<ManagedChannelBuilder<?>> configure) throws IOException {
    String name = InProcessServerBuilder.generateName();
    server = InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
    channel = configure.apply(InProcessChannelBuilder.forName(name).directExecutor()).build();
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }
}
