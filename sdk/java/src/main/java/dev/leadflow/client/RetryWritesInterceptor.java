package dev.leadflow.client;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Attempts a unary Leadflow write again after {@code UNAVAILABLE} when its request carries a
 * {@code request_id} or an {@code etag} ({@link LeadflowRetries#repeatableWrite}), with the
 * backoff of {@link LeadflowRetries}; other calls pass through untouched. Reads are left to the
 * channel's service config. {@link LeadflowChannels#withRetries} installs it.
 *
 * <p>The call's deadline covers all its attempts: no attempt starts after it.
 */
public final class RetryWritesInterceptor implements ClientInterceptor {
  private final Backoff backoff;
  private final ScheduledExecutorService scheduler;

  /** With the backoff of {@link LeadflowRetries}. */
  public RetryWritesInterceptor() {
    this(
        new Backoff(
            LeadflowRetries.MAX_ATTEMPTS,
            LeadflowRetries.INITIAL_BACKOFF,
            LeadflowRetries.MAX_BACKOFF,
            LeadflowRetries.BACKOFF_MULTIPLIER),
        SharedScheduler.INSTANCE);
  }

  // Tests shorten the pauses through this.
  RetryWritesInterceptor(Backoff backoff, ScheduledExecutorService scheduler) {
    this.backoff = backoff;
    this.scheduler = scheduler;
  }

  /** How many attempts, and the bounds of the pauses between them. */
  record Backoff(int maxAttempts, Duration initial, Duration max, double multiplier) {}

  @Override
  public <ReqT, RespT> ClientCall<ReqT, RespT> interceptCall(
      MethodDescriptor<ReqT, RespT> method, CallOptions callOptions, Channel next) {
    String name = method.getFullMethodName();
    if (method.getType() != MethodDescriptor.MethodType.UNARY
        || !name.startsWith("leadflow.v1.")
        || LeadflowRetries.readMethods().contains(name)) {
      return next.newCall(method, callOptions);
    }
    return new RetryingCall<>(method, callOptions, next, backoff, scheduler);
  }

  /** A daemon thread for the pauses, so that it never keeps a JVM alive. */
  private static final class SharedScheduler {
    static final ScheduledExecutorService INSTANCE =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "leadflow-retry-writes");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Holds the call's start, request count and message until half-close, when the message says
   * whether it may be repeated, then runs attempts of the real call until one does not fail
   * with UNAVAILABLE. The listener sees only the final attempt.
   */
  private static final class RetryingCall<ReqT, RespT> extends ClientCall<ReqT, RespT> {
    private final MethodDescriptor<ReqT, RespT> method;
    private final CallOptions callOptions;
    private final Channel next;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;

    // Guarded by this.
    private Listener<RespT> listener;
    private Metadata headers;
    private int requested;
    private ReqT message;
    private Boolean messageCompression;
    private boolean repeatable;
    private boolean halfClosed;
    private boolean cancelled;
    private boolean closed;
    private int attempts;
    private Duration bound;
    private ClientCall<ReqT, RespT> current;

    RetryingCall(
        MethodDescriptor<ReqT, RespT> method,
        CallOptions callOptions,
        Channel next,
        Backoff backoff,
        ScheduledExecutorService scheduler) {
      this.method = method;
      this.callOptions = callOptions;
      this.next = next;
      this.backoff = backoff;
      this.scheduler = scheduler;
      this.bound = backoff.initial();
    }

    @Override
    public synchronized void start(Listener<RespT> responseListener, Metadata headers) {
      this.listener = responseListener;
      this.headers = headers;
    }

    @Override
    public void request(int numMessages) {
      ClientCall<ReqT, RespT> call;
      synchronized (this) {
        requested += numMessages;
        call = current;
      }
      if (call != null) {
        call.request(numMessages);
      }
    }

    @Override
    public synchronized void sendMessage(ReqT message) {
      if (this.message != null) {
        throw new IllegalStateException("a unary call sends one message");
      }
      this.message = message;
    }

    @Override
    public synchronized void setMessageCompression(boolean enabled) {
      messageCompression = enabled;
    }

    @Override
    public void halfClose() {
      synchronized (this) {
        halfClosed = true;
        repeatable = LeadflowRetries.repeatableWrite(message);
      }
      attempt();
    }

    @Override
    public void cancel(String why, Throwable cause) {
      ClientCall<ReqT, RespT> call;
      synchronized (this) {
        cancelled = true;
        call = current;
      }
      if (call != null) {
        call.cancel(why, cause); // its close reaches the listener through Attempt
      } else {
        // Nothing in flight (not half-closed yet, or between attempts): close here.
        close(Status.CANCELLED.withDescription(why).withCause(cause), new Metadata());
      }
    }

    @Override
    public synchronized boolean isReady() {
      return current != null && current.isReady();
    }

    private void attempt() {
      ClientCall<ReqT, RespT> call;
      Metadata attemptHeaders = new Metadata();
      int toRequest;
      synchronized (this) {
        if (cancelled || closed) {
          return;
        }
        attempts++;
        call = next.newCall(method, callOptions);
        current = call;
        // gRPC may change a call's headers, so each attempt gets a copy.
        attemptHeaders.merge(headers);
        toRequest = requested;
      }
      call.start(new Attempt(call), attemptHeaders);
      if (messageCompression != null) {
        call.setMessageCompression(messageCompression);
      }
      if (toRequest > 0) {
        call.request(toRequest);
      }
      call.sendMessage(message);
      call.halfClose();
    }

    /** Whether to try again after {@code status}; if so, schedules the next attempt. */
    private synchronized boolean retryAfter(ClientCall<ReqT, RespT> call, Status status) {
      if (call != current
          || cancelled
          || !repeatable
          || status.getCode() != Status.Code.UNAVAILABLE
          || attempts >= backoff.maxAttempts()) {
        return false;
      }
      long pauseNanos = 1 + ThreadLocalRandom.current().nextLong(Math.max(1, bound.toNanos()));
      if (callOptions.getDeadline() != null
          && callOptions.getDeadline().timeRemaining(TimeUnit.NANOSECONDS) <= pauseNanos) {
        return false;
      }
      Duration grown = Duration.ofNanos((long) (bound.toNanos() * backoff.multiplier()));
      bound = grown.compareTo(backoff.max()) > 0 ? backoff.max() : grown;
      current = null;
      scheduler.schedule(this::attempt, pauseNanos, TimeUnit.NANOSECONDS);
      return true;
    }

    private void close(Status status, Metadata trailers) {
      Listener<RespT> to;
      synchronized (this) {
        if (closed || listener == null) {
          return;
        }
        closed = true;
        to = listener;
      }
      to.onClose(status, trailers);
    }

    /** One attempt's listener: keeps its reply until it is known to be the last attempt. */
    private final class Attempt extends Listener<RespT> {
      private final ClientCall<ReqT, RespT> call;
      private Metadata replyHeaders;
      private RespT reply;

      Attempt(ClientCall<ReqT, RespT> call) {
        this.call = call;
      }

      @Override
      public void onHeaders(Metadata headers) {
        replyHeaders = headers;
      }

      @Override
      public void onMessage(RespT message) {
        reply = message;
      }

      @Override
      public void onClose(Status status, Metadata trailers) {
        if (retryAfter(call, status)) {
          return;
        }
        Listener<RespT> to;
        synchronized (RetryingCall.this) {
          if (closed) {
            return;
          }
          to = listener;
        }
        if (replyHeaders != null) {
          to.onHeaders(replyHeaders);
        }
        if (reply != null) {
          to.onMessage(reply);
        }
        close(status, trailers);
      }

      @Override
      public void onReady() {
        Listener<RespT> to;
        synchronized (RetryingCall.this) {
          to = call == current ? listener : null;
        }
        if (to != null) {
          to.onReady();
        }
      }
    }
  }
}
