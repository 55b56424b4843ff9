package dev.leadflow.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The change feed: every committed change to a lead, account, contact or
 * opportunity, as an ordered, durable, resumable stream of events (see
 * `Event`). Services react to Leadflow through it instead of polling.
 * The cursor is the event's `sequence`. A consumer keeps the sequence of
 * the last event it has processed and passes it back as `after_sequence`:
 * it then receives every later event exactly once and in order, on any
 * server, across restarts and crashes of the server. Events are kept for a
 * configured time and count (by default 7 days and 10 million events); a
 * cursor older than that is refused with OUT_OF_RANGE.
 * Every method requires the `events.read` scope; events carry the records
 * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
 * other services. Besides those listed below, any method may answer
 * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
 * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
 * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class EventServiceGrpc {

  private EventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leadflow.v1.EventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListEventsRequest,
      dev.leadflow.v1.ListEventsResponse> getListEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListEvents",
      requestType = dev.leadflow.v1.ListEventsRequest.class,
      responseType = dev.leadflow.v1.ListEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListEventsRequest,
      dev.leadflow.v1.ListEventsResponse> getListEventsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListEventsRequest, dev.leadflow.v1.ListEventsResponse> getListEventsMethod;
    if ((getListEventsMethod = EventServiceGrpc.getListEventsMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getListEventsMethod = EventServiceGrpc.getListEventsMethod) == null) {
          EventServiceGrpc.getListEventsMethod = getListEventsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListEventsRequest, dev.leadflow.v1.ListEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("ListEvents"))
              .build();
        }
      }
    }
    return getListEventsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.WatchEventsRequest,
      dev.leadflow.v1.WatchEventsResponse> getWatchEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchEvents",
      requestType = dev.leadflow.v1.WatchEventsRequest.class,
      responseType = dev.leadflow.v1.WatchEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.WatchEventsRequest,
      dev.leadflow.v1.WatchEventsResponse> getWatchEventsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.WatchEventsRequest, dev.leadflow.v1.WatchEventsResponse> getWatchEventsMethod;
    if ((getWatchEventsMethod = EventServiceGrpc.getWatchEventsMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getWatchEventsMethod = EventServiceGrpc.getWatchEventsMethod) == null) {
          EventServiceGrpc.getWatchEventsMethod = getWatchEventsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.WatchEventsRequest, dev.leadflow.v1.WatchEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.WatchEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.WatchEventsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("WatchEvents"))
              .build();
        }
      }
    }
    return getWatchEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceStub>() {
        @java.lang.Override
        public EventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceStub(channel, callOptions);
        }
      };
    return EventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub>() {
        @java.lang.Override
        public EventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub>() {
        @java.lang.Override
        public EventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingStub(channel, callOptions);
        }
      };
    return EventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub>() {
        @java.lang.Override
        public EventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceFutureStub(channel, callOptions);
        }
      };
    return EventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Lists events in sequence order, from `after_sequence` on: the way to
     * read the feed in pages, e.g. to catch up in bulk or to audit a record's
     * changes (`filter.resource`).
     * Errors: INVALID_ARGUMENT for a negative `page_size` or
     * `after_sequence`, an unknown type in the filter, a malformed resource
     * name, or a page token from another query; OUT_OF_RANGE
     * (CURSOR_EXPIRED) when events after `after_sequence` have already been
     * pruned — ErrorInfo.metadata "oldest_sequence" is the oldest event still
     * kept; OUT_OF_RANGE (CURSOR_AHEAD) when `after_sequence` is beyond the
     * newest event, i.e. it comes from another database (or from before a
     * restore from backup) — metadata "latest_sequence" is the newest.
     * </pre>
     */
    default void listEvents(dev.leadflow.v1.ListEventsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListEventsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the feed: first every kept event after `after_sequence`, then
     * each new event as soon as it commits (within milliseconds), in order,
     * with no gap and no duplicate between the two. The first message comes
     * at once — events, or a heartbeat whose `checkpoint_sequence` says where
     * the stream starts — so a client knows when the watch is in place. While
     * nothing matches, a heartbeat message (no events) comes every
     * `heartbeat_interval`, carrying `checkpoint_sequence` so that an idle
     * consumer can advance its cursor.
     * The stream runs until the client cancels it or its deadline passes.
     * The server ends it with UNAVAILABLE when it shuts down, and with
     * RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW) when a message it sent stays
     * unread by the client for a minute (the server's watch_send_timeout); in
     * both cases ErrorInfo.metadata "checkpoint_sequence" is where to resume,
     * and the status follows the messages already sent. A client that still
     * reads nothing for as long again is cut off (CANCELLED, without a
     * checkpoint): it resumes from the last event it processed. Watching costs writers
     * nothing: each stream reads committed events at its own client's pace,
     * holding at most one message of events at a time. Reconnect with the
     * last sequence you processed to resume (the C++ SDK's
     * `EventClient::WatchEvents` does so by itself).
     * Errors: as for ListEvents (INVALID_ARGUMENT, OUT_OF_RANGE); also
     * INVALID_ARGUMENT for a `heartbeat_interval` outside 1 s - 1 h, or for
     * `start_at_latest` with an `after_sequence`.
     * </pre>
     */
    default void watchEvents(dev.leadflow.v1.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.WatchEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchEventsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EventService.
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public static abstract class EventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EventService.
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public static final class EventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EventServiceStub> {
    private EventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events in sequence order, from `after_sequence` on: the way to
     * read the feed in pages, e.g. to catch up in bulk or to audit a record's
     * changes (`filter.resource`).
     * Errors: INVALID_ARGUMENT for a negative `page_size` or
     * `after_sequence`, an unknown type in the filter, a malformed resource
     * name, or a page token from another query; OUT_OF_RANGE
     * (CURSOR_EXPIRED) when events after `after_sequence` have already been
     * pruned — ErrorInfo.metadata "oldest_sequence" is the oldest event still
     * kept; OUT_OF_RANGE (CURSOR_AHEAD) when `after_sequence` is beyond the
     * newest event, i.e. it comes from another database (or from before a
     * restore from backup) — metadata "latest_sequence" is the newest.
     * </pre>
     */
    public void listEvents(dev.leadflow.v1.ListEventsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListEventsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the feed: first every kept event after `after_sequence`, then
     * each new event as soon as it commits (within milliseconds), in order,
     * with no gap and no duplicate between the two. The first message comes
     * at once — events, or a heartbeat whose `checkpoint_sequence` says where
     * the stream starts — so a client knows when the watch is in place. While
     * nothing matches, a heartbeat message (no events) comes every
     * `heartbeat_interval`, carrying `checkpoint_sequence` so that an idle
     * consumer can advance its cursor.
     * The stream runs until the client cancels it or its deadline passes.
     * The server ends it with UNAVAILABLE when it shuts down, and with
     * RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW) when a message it sent stays
     * unread by the client for a minute (the server's watch_send_timeout); in
     * both cases ErrorInfo.metadata "checkpoint_sequence" is where to resume,
     * and the status follows the messages already sent. A client that still
     * reads nothing for as long again is cut off (CANCELLED, without a
     * checkpoint): it resumes from the last event it processed. Watching costs writers
     * nothing: each stream reads committed events at its own client's pace,
     * holding at most one message of events at a time. Reconnect with the
     * last sequence you processed to resume (the C++ SDK's
     * `EventClient::WatchEvents` does so by itself).
     * Errors: as for ListEvents (INVALID_ARGUMENT, OUT_OF_RANGE); also
     * INVALID_ARGUMENT for a `heartbeat_interval` outside 1 s - 1 h, or for
     * `start_at_latest` with an `after_sequence`.
     * </pre>
     */
    public void watchEvents(dev.leadflow.v1.WatchEventsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.WatchEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EventService.
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public static final class EventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingV2Stub> {
    private EventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events in sequence order, from `after_sequence` on: the way to
     * read the feed in pages, e.g. to catch up in bulk or to audit a record's
     * changes (`filter.resource`).
     * Errors: INVALID_ARGUMENT for a negative `page_size` or
     * `after_sequence`, an unknown type in the filter, a malformed resource
     * name, or a page token from another query; OUT_OF_RANGE
     * (CURSOR_EXPIRED) when events after `after_sequence` have already been
     * pruned — ErrorInfo.metadata "oldest_sequence" is the oldest event still
     * kept; OUT_OF_RANGE (CURSOR_AHEAD) when `after_sequence` is beyond the
     * newest event, i.e. it comes from another database (or from before a
     * restore from backup) — metadata "latest_sequence" is the newest.
     * </pre>
     */
    public dev.leadflow.v1.ListEventsResponse listEvents(dev.leadflow.v1.ListEventsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the feed: first every kept event after `after_sequence`, then
     * each new event as soon as it commits (within milliseconds), in order,
     * with no gap and no duplicate between the two. The first message comes
     * at once — events, or a heartbeat whose `checkpoint_sequence` says where
     * the stream starts — so a client knows when the watch is in place. While
     * nothing matches, a heartbeat message (no events) comes every
     * `heartbeat_interval`, carrying `checkpoint_sequence` so that an idle
     * consumer can advance its cursor.
     * The stream runs until the client cancels it or its deadline passes.
     * The server ends it with UNAVAILABLE when it shuts down, and with
     * RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW) when a message it sent stays
     * unread by the client for a minute (the server's watch_send_timeout); in
     * both cases ErrorInfo.metadata "checkpoint_sequence" is where to resume,
     * and the status follows the messages already sent. A client that still
     * reads nothing for as long again is cut off (CANCELLED, without a
     * checkpoint): it resumes from the last event it processed. Watching costs writers
     * nothing: each stream reads committed events at its own client's pace,
     * holding at most one message of events at a time. Reconnect with the
     * last sequence you processed to resume (the C++ SDK's
     * `EventClient::WatchEvents` does so by itself).
     * Errors: as for ListEvents (INVALID_ARGUMENT, OUT_OF_RANGE); also
     * INVALID_ARGUMENT for a `heartbeat_interval` outside 1 s - 1 h, or for
     * `start_at_latest` with an `after_sequence`.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.leadflow.v1.WatchEventsResponse>
        watchEvents(dev.leadflow.v1.WatchEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EventService.
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public static final class EventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingStub> {
    private EventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events in sequence order, from `after_sequence` on: the way to
     * read the feed in pages, e.g. to catch up in bulk or to audit a record's
     * changes (`filter.resource`).
     * Errors: INVALID_ARGUMENT for a negative `page_size` or
     * `after_sequence`, an unknown type in the filter, a malformed resource
     * name, or a page token from another query; OUT_OF_RANGE
     * (CURSOR_EXPIRED) when events after `after_sequence` have already been
     * pruned — ErrorInfo.metadata "oldest_sequence" is the oldest event still
     * kept; OUT_OF_RANGE (CURSOR_AHEAD) when `after_sequence` is beyond the
     * newest event, i.e. it comes from another database (or from before a
     * restore from backup) — metadata "latest_sequence" is the newest.
     * </pre>
     */
    public dev.leadflow.v1.ListEventsResponse listEvents(dev.leadflow.v1.ListEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListEventsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the feed: first every kept event after `after_sequence`, then
     * each new event as soon as it commits (within milliseconds), in order,
     * with no gap and no duplicate between the two. The first message comes
     * at once — events, or a heartbeat whose `checkpoint_sequence` says where
     * the stream starts — so a client knows when the watch is in place. While
     * nothing matches, a heartbeat message (no events) comes every
     * `heartbeat_interval`, carrying `checkpoint_sequence` so that an idle
     * consumer can advance its cursor.
     * The stream runs until the client cancels it or its deadline passes.
     * The server ends it with UNAVAILABLE when it shuts down, and with
     * RESOURCE_EXHAUSTED (CONSUMER_TOO_SLOW) when a message it sent stays
     * unread by the client for a minute (the server's watch_send_timeout); in
     * both cases ErrorInfo.metadata "checkpoint_sequence" is where to resume,
     * and the status follows the messages already sent. A client that still
     * reads nothing for as long again is cut off (CANCELLED, without a
     * checkpoint): it resumes from the last event it processed. Watching costs writers
     * nothing: each stream reads committed events at its own client's pace,
     * holding at most one message of events at a time. Reconnect with the
     * last sequence you processed to resume (the C++ SDK's
     * `EventClient::WatchEvents` does so by itself).
     * Errors: as for ListEvents (INVALID_ARGUMENT, OUT_OF_RANGE); also
     * INVALID_ARGUMENT for a `heartbeat_interval` outside 1 s - 1 h, or for
     * `start_at_latest` with an `after_sequence`.
     * </pre>
     */
    public java.util.Iterator<dev.leadflow.v1.WatchEventsResponse> watchEvents(
        dev.leadflow.v1.WatchEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EventService.
   * <pre>
   * The change feed: every committed change to a lead, account, contact or
   * opportunity, as an ordered, durable, resumable stream of events (see
   * `Event`). Services react to Leadflow through it instead of polling.
   * The cursor is the event's `sequence`. A consumer keeps the sequence of
   * the last event it has processed and passes it back as `after_sequence`:
   * it then receives every later event exactly once and in order, on any
   * server, across restarts and crashes of the server. Events are kept for a
   * configured time and count (by default 7 days and 10 million events); a
   * cursor older than that is refused with OUT_OF_RANGE.
   * Every method requires the `events.read` scope; events carry the records
   * they are about in full. Errors carry a `google.rpc.ErrorInfo` as in the
   * other services. Besides those listed below, any method may answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls or watches, UNAUTHENTICATED or PERMISSION_DENIED
   * (SCOPE_MISSING), and UNAVAILABLE while the server shuts down.
   * </pre>
   */
  public static final class EventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EventServiceFutureStub> {
    private EventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists events in sequence order, from `after_sequence` on: the way to
     * read the feed in pages, e.g. to catch up in bulk or to audit a record's
     * changes (`filter.resource`).
     * Errors: INVALID_ARGUMENT for a negative `page_size` or
     * `after_sequence`, an unknown type in the filter, a malformed resource
     * name, or a page token from another query; OUT_OF_RANGE
     * (CURSOR_EXPIRED) when events after `after_sequence` have already been
     * pruned — ErrorInfo.metadata "oldest_sequence" is the oldest event still
     * kept; OUT_OF_RANGE (CURSOR_AHEAD) when `after_sequence` is beyond the
     * newest event, i.e. it comes from another database (or from before a
     * restore from backup) — metadata "latest_sequence" is the newest.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListEventsResponse> listEvents(
        dev.leadflow.v1.ListEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListEventsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_EVENTS = 0;
  private static final int METHODID_WATCH_EVENTS = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_EVENTS:
          serviceImpl.listEvents((dev.leadflow.v1.ListEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListEventsResponse>) responseObserver);
          break;
        case METHODID_WATCH_EVENTS:
          serviceImpl.watchEvents((dev.leadflow.v1.WatchEventsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.WatchEventsResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getListEventsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListEventsRequest,
              dev.leadflow.v1.ListEventsResponse>(
                service, METHODID_LIST_EVENTS)))
        .addMethod(
          getWatchEventsMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.leadflow.v1.WatchEventsRequest,
              dev.leadflow.v1.WatchEventsResponse>(
                service, METHODID_WATCH_EVENTS)))
        .build();
  }

  private static abstract class EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.leadflow.v1.EventServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EventService");
    }
  }

  private static final class EventServiceFileDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier {
    EventServiceFileDescriptorSupplier() {}
  }

  private static final class EventServiceMethodDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EventServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (EventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EventServiceFileDescriptorSupplier())
              .addMethod(getListEventsMethod())
              .addMethod(getWatchEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
