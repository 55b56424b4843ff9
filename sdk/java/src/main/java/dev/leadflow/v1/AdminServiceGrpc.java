package dev.leadflow.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Operates the server itself rather than its records: today, online
 * backups of its database. Every method requires the `admin` scope.
 * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
 * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
 * `google.rpc.PreconditionFailure`); any method may also answer
 * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
 * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
 * without credentials holding the scope, and UNAVAILABLE while the server
 * shuts down.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AdminServiceGrpc {

  private AdminServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leadflow.v1.AdminService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.BackupRequest,
      dev.leadflow.v1.BackupProgress> getBackupMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Backup",
      requestType = dev.leadflow.v1.BackupRequest.class,
      responseType = dev.leadflow.v1.BackupProgress.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.BackupRequest,
      dev.leadflow.v1.BackupProgress> getBackupMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.BackupRequest, dev.leadflow.v1.BackupProgress> getBackupMethod;
    if ((getBackupMethod = AdminServiceGrpc.getBackupMethod) == null) {
      synchronized (AdminServiceGrpc.class) {
        if ((getBackupMethod = AdminServiceGrpc.getBackupMethod) == null) {
          AdminServiceGrpc.getBackupMethod = getBackupMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.BackupRequest, dev.leadflow.v1.BackupProgress>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Backup"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.BackupRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.BackupProgress.getDefaultInstance()))
              .setSchemaDescriptor(new AdminServiceMethodDescriptorSupplier("Backup"))
              .build();
        }
      }
    }
    return getBackupMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AdminServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceStub>() {
        @java.lang.Override
        public AdminServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceStub(channel, callOptions);
        }
      };
    return AdminServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AdminServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingV2Stub>() {
        @java.lang.Override
        public AdminServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AdminServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AdminServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceBlockingStub>() {
        @java.lang.Override
        public AdminServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceBlockingStub(channel, callOptions);
        }
      };
    return AdminServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AdminServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AdminServiceFutureStub>() {
        @java.lang.Override
        public AdminServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AdminServiceFutureStub(channel, callOptions);
        }
      };
    return AdminServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Writes a consistent copy of the whole database to a file on the
     * server's machine while the server keeps serving reads and writes.
     * The copy is a snapshot of one instant, taken when the call starts: it
     * holds every write acknowledged before the call was made, and no write
     * committed after `BackupResult.snapshot_time`. It is one self-contained
     * SQLite file (no `-wal` beside it) that a server can be started on as
     * is (see "Backup and restore" in the README). It is written under a
     * temporary name in the destination's directory and renamed into place
     * only once complete and synced: the destination never holds a partial
     * copy, and a failed or cancelled backup leaves nothing behind.
     * Server-streaming, so that whoever runs it (`grpcurl` included) sees it
     * advance: one `BackupProgress` as soon as the size of the snapshot is
     * known, then about every 200 ms while pages are copied, and a last one,
     * with `result` set, once the file is in place. A backup takes seconds
     * per gigabyte; cancelling the call stops it and removes the partial
     * copy. While it runs, the write-ahead log cannot be folded into the
     * database past the snapshot, so the `-wal` file grows by what is written
     * meanwhile (it shrinks again at the next checkpoint after the backup).
     * The server closes connections after its maximum connection age (plus
     * grace), which ends longer backups: back up very large databases with
     * the `leadflow-server backup` command instead.
     * Errors (the status ends the stream; nothing is written):
     * INVALID_ARGUMENT (FIELD_INVALID, field `destination`) when the
     * destination is empty, not an absolute path, names a directory, or is
     * the live database or one of its `-wal`, `-shm`, `-journal` files;
     * FAILED_PRECONDITION (BACKUP_DESTINATION_UNUSABLE, subject: the path)
     * when its directory does not exist or cannot be written, a file is
     * already there and `overwrite` is not set, something other than a
     * regular file is there, or a `-wal` or `-journal` file lies next to it;
     * RESOURCE_EXHAUSTED (STORAGE_FULL) when the destination's disk fills up;
     * CANCELLED when the call is cancelled.
     * </pre>
     */
    default void backup(dev.leadflow.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.BackupProgress> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBackupMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AdminService.
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public static abstract class AdminServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AdminServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AdminService.
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public static final class AdminServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AdminServiceStub> {
    private AdminServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the whole database to a file on the
     * server's machine while the server keeps serving reads and writes.
     * The copy is a snapshot of one instant, taken when the call starts: it
     * holds every write acknowledged before the call was made, and no write
     * committed after `BackupResult.snapshot_time`. It is one self-contained
     * SQLite file (no `-wal` beside it) that a server can be started on as
     * is (see "Backup and restore" in the README). It is written under a
     * temporary name in the destination's directory and renamed into place
     * only once complete and synced: the destination never holds a partial
     * copy, and a failed or cancelled backup leaves nothing behind.
     * Server-streaming, so that whoever runs it (`grpcurl` included) sees it
     * advance: one `BackupProgress` as soon as the size of the snapshot is
     * known, then about every 200 ms while pages are copied, and a last one,
     * with `result` set, once the file is in place. A backup takes seconds
     * per gigabyte; cancelling the call stops it and removes the partial
     * copy. While it runs, the write-ahead log cannot be folded into the
     * database past the snapshot, so the `-wal` file grows by what is written
     * meanwhile (it shrinks again at the next checkpoint after the backup).
     * The server closes connections after its maximum connection age (plus
     * grace), which ends longer backups: back up very large databases with
     * the `leadflow-server backup` command instead.
     * Errors (the status ends the stream; nothing is written):
     * INVALID_ARGUMENT (FIELD_INVALID, field `destination`) when the
     * destination is empty, not an absolute path, names a directory, or is
     * the live database or one of its `-wal`, `-shm`, `-journal` files;
     * FAILED_PRECONDITION (BACKUP_DESTINATION_UNUSABLE, subject: the path)
     * when its directory does not exist or cannot be written, a file is
     * already there and `overwrite` is not set, something other than a
     * regular file is there, or a `-wal` or `-journal` file lies next to it;
     * RESOURCE_EXHAUSTED (STORAGE_FULL) when the destination's disk fills up;
     * CANCELLED when the call is cancelled.
     * </pre>
     */
    public void backup(dev.leadflow.v1.BackupRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.BackupProgress> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getBackupMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AdminService.
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public static final class AdminServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingV2Stub> {
    private AdminServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the whole database to a file on the
     * server's machine while the server keeps serving reads and writes.
     * The copy is a snapshot of one instant, taken when the call starts: it
     * holds every write acknowledged before the call was made, and no write
     * committed after `BackupResult.snapshot_time`. It is one self-contained
     * SQLite file (no `-wal` beside it) that a server can be started on as
     * is (see "Backup and restore" in the README). It is written under a
     * temporary name in the destination's directory and renamed into place
     * only once complete and synced: the destination never holds a partial
     * copy, and a failed or cancelled backup leaves nothing behind.
     * Server-streaming, so that whoever runs it (`grpcurl` included) sees it
     * advance: one `BackupProgress` as soon as the size of the snapshot is
     * known, then about every 200 ms while pages are copied, and a last one,
     * with `result` set, once the file is in place. A backup takes seconds
     * per gigabyte; cancelling the call stops it and removes the partial
     * copy. While it runs, the write-ahead log cannot be folded into the
     * database past the snapshot, so the `-wal` file grows by what is written
     * meanwhile (it shrinks again at the next checkpoint after the backup).
     * The server closes connections after its maximum connection age (plus
     * grace), which ends longer backups: back up very large databases with
     * the `leadflow-server backup` command instead.
     * Errors (the status ends the stream; nothing is written):
     * INVALID_ARGUMENT (FIELD_INVALID, field `destination`) when the
     * destination is empty, not an absolute path, names a directory, or is
     * the live database or one of its `-wal`, `-shm`, `-journal` files;
     * FAILED_PRECONDITION (BACKUP_DESTINATION_UNUSABLE, subject: the path)
     * when its directory does not exist or cannot be written, a file is
     * already there and `overwrite` is not set, something other than a
     * regular file is there, or a `-wal` or `-journal` file lies next to it;
     * RESOURCE_EXHAUSTED (STORAGE_FULL) when the destination's disk fills up;
     * CANCELLED when the call is cancelled.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, dev.leadflow.v1.BackupProgress>
        backup(dev.leadflow.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AdminService.
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public static final class AdminServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AdminServiceBlockingStub> {
    private AdminServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Writes a consistent copy of the whole database to a file on the
     * server's machine while the server keeps serving reads and writes.
     * The copy is a snapshot of one instant, taken when the call starts: it
     * holds every write acknowledged before the call was made, and no write
     * committed after `BackupResult.snapshot_time`. It is one self-contained
     * SQLite file (no `-wal` beside it) that a server can be started on as
     * is (see "Backup and restore" in the README). It is written under a
     * temporary name in the destination's directory and renamed into place
     * only once complete and synced: the destination never holds a partial
     * copy, and a failed or cancelled backup leaves nothing behind.
     * Server-streaming, so that whoever runs it (`grpcurl` included) sees it
     * advance: one `BackupProgress` as soon as the size of the snapshot is
     * known, then about every 200 ms while pages are copied, and a last one,
     * with `result` set, once the file is in place. A backup takes seconds
     * per gigabyte; cancelling the call stops it and removes the partial
     * copy. While it runs, the write-ahead log cannot be folded into the
     * database past the snapshot, so the `-wal` file grows by what is written
     * meanwhile (it shrinks again at the next checkpoint after the backup).
     * The server closes connections after its maximum connection age (plus
     * grace), which ends longer backups: back up very large databases with
     * the `leadflow-server backup` command instead.
     * Errors (the status ends the stream; nothing is written):
     * INVALID_ARGUMENT (FIELD_INVALID, field `destination`) when the
     * destination is empty, not an absolute path, names a directory, or is
     * the live database or one of its `-wal`, `-shm`, `-journal` files;
     * FAILED_PRECONDITION (BACKUP_DESTINATION_UNUSABLE, subject: the path)
     * when its directory does not exist or cannot be written, a file is
     * already there and `overwrite` is not set, something other than a
     * regular file is there, or a `-wal` or `-journal` file lies next to it;
     * RESOURCE_EXHAUSTED (STORAGE_FULL) when the destination's disk fills up;
     * CANCELLED when the call is cancelled.
     * </pre>
     */
    public java.util.Iterator<dev.leadflow.v1.BackupProgress> backup(
        dev.leadflow.v1.BackupRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getBackupMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AdminService.
   * <pre>
   * Operates the server itself rather than its records: today, online
   * backups of its database. Every method requires the `admin` scope.
   * Errors carry a `google.rpc.ErrorInfo` detail as in the other services
   * (INVALID_ARGUMENT also a `google.rpc.BadRequest`, FAILED_PRECONDITION a
   * `google.rpc.PreconditionFailure`); any method may also answer
   * RESOURCE_EXHAUSTED (SERVER_BUSY) at once when the server is at its limit
   * of calls in flight, UNAUTHENTICATED or PERMISSION_DENIED (SCOPE_MISSING)
   * without credentials holding the scope, and UNAVAILABLE while the server
   * shuts down.
   * </pre>
   */
  public static final class AdminServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AdminServiceFutureStub> {
    private AdminServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AdminServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AdminServiceFutureStub(channel, callOptions);
    }
  }

  private static final int METHODID_BACKUP = 0;

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
        case METHODID_BACKUP:
          serviceImpl.backup((dev.leadflow.v1.BackupRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.BackupProgress>) responseObserver);
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
          getBackupMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              dev.leadflow.v1.BackupRequest,
              dev.leadflow.v1.BackupProgress>(
                service, METHODID_BACKUP)))
        .build();
  }

  private static abstract class AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AdminServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.leadflow.v1.AdminServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AdminService");
    }
  }

  private static final class AdminServiceFileDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier {
    AdminServiceFileDescriptorSupplier() {}
  }

  private static final class AdminServiceMethodDescriptorSupplier
      extends AdminServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AdminServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AdminServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AdminServiceFileDescriptorSupplier())
              .addMethod(getBackupMethod())
              .build();
        }
      }
    }
    return result;
  }
}
