package dev.leadflow.examples;

import com.google.protobuf.Duration;
import dev.leadflow.v1.Event;
import dev.leadflow.v1.EventServiceGrpc;
import dev.leadflow.v1.WatchEventsRequest;
import dev.leadflow.v1.WatchEventsResponse;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A change-feed consumer for the story. Services react to Leadflow by following {@code
 * EventService.WatchEvents} instead of polling the List calls; this one runs on gRPC's threads
 * beside the story, from just before the conversion until the lead's {@code LEAD_CONVERTED},
 * which comes right after the events of the account, contact and opportunity that the conversion
 * created or linked (its {@code conversion} field names them).
 */
final class ConversionWatcher
    implements ClientResponseObserver<WatchEventsRequest, WatchEventsResponse> {
  /** The watch is cancelled once the conversion is seen; the deadline bounds it otherwise. */
  private static final long WATCH_DEADLINE_SECONDS = 60;

  private final String lead;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private final CompletableFuture<List<Event>> converted = new CompletableFuture<>();
  private final List<Event> events = new ArrayList<>();
  /**
   * The cursor: the sequence of the last event processed. A real consumer stores it with what it
   * did with the event; after a restart or a broken stream it resumes right after it, missing
   * nothing and seeing nothing twice: {@code
   * WatchEventsRequest.newBuilder().setAfterSequence(cursor)}.
   */
  private long cursor;

  private ClientCallStreamObserver<WatchEventsRequest> call;

  private ConversionWatcher(String lead) {
    this.lead = lead;
  }

  /** Starts following the feed from its newest event on, until the lead's LEAD_CONVERTED. */
  static ConversionWatcher start(Channel channel, CallCredentials credentials, String lead) {
    ConversionWatcher watcher = new ConversionWatcher(lead);
    // startAtLatest: only changes committed from now on. While nothing happens, a heartbeat
    // comes every second.
    EventServiceGrpc.newStub(channel)
        .withCallCredentials(credentials)
        .withDeadlineAfter(WATCH_DEADLINE_SECONDS, TimeUnit.SECONDS)
        .watchEvents(
            WatchEventsRequest.newBuilder()
                .setStartAtLatest(true)
                .setHeartbeatInterval(Duration.newBuilder().setSeconds(1))
                .build(),
            watcher);
    return watcher;
  }

  @Override
  public void beforeStart(ClientCallStreamObserver<WatchEventsRequest> requestStream) {
    call = requestStream;
  }

  // gRPC calls onNext, onError and onCompleted one at a time, in order.
  @Override
  public void onNext(WatchEventsResponse response) {
    started.complete(null);
    for (Event event : response.getEventsList()) {
      events.add(event);
      cursor = event.getSequence();
      if (event.getType() == Event.Type.LEAD_CONVERTED && event.getResource().equals(lead)) {
        converted.complete(List.copyOf(events));
        call.cancel("the conversion was seen", null);
        return;
      }
    }
    // A heartbeat (no events) advances the cursor as well.
    cursor = Math.max(cursor, response.getCheckpointSequence());
  }

  @Override
  public void onError(Throwable error) {
    // After the cancel above this is CANCELLED, and both futures are already complete.
    started.completeExceptionally(error);
    converted.completeExceptionally(error);
  }

  @Override
  public void onCompleted() {
    IllegalStateException ended = new IllegalStateException("the change feed ended");
    started.completeExceptionally(ended);
    converted.completeExceptionally(ended);
  }

  /**
   * Waits for the stream's first message: the watch has started, so nothing committed from now
   * on can slip in before its starting point.
   */
  void awaitStarted(long timeoutSeconds) {
    await(started, timeoutSeconds, "the change feed sent nothing");
  }

  /** Waits until the lead's LEAD_CONVERTED has been seen; returns every event seen. */
  List<Event> awaitConverted(long timeoutSeconds) {
    return await(converted, timeoutSeconds, "no LEAD_CONVERTED for " + lead + " on the change feed");
  }

  private <T> T await(CompletableFuture<T> future, long timeoutSeconds, String what) {
    try {
      return future.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      call.cancel(what, null);
      throw new IllegalStateException(what + " in " + timeoutSeconds + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel("interrupted", e);
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      // A refused or broken watch: rethrow gRPC's StatusRuntimeException as it came.
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
