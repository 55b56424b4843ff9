package dev.leadflow.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Opportunities: potential sales moving through the configured stages until
 * they are won or lost. Errors follow LeadService's conventions.
 * Writes record who made them from the `leadflow-actor` request metadata
 * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class OpportunityServiceGrpc {

  private OpportunityServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leadflow.v1.OpportunityService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.CreateOpportunityRequest,
      dev.leadflow.v1.Opportunity> getCreateOpportunityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateOpportunity",
      requestType = dev.leadflow.v1.CreateOpportunityRequest.class,
      responseType = dev.leadflow.v1.Opportunity.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.CreateOpportunityRequest,
      dev.leadflow.v1.Opportunity> getCreateOpportunityMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.CreateOpportunityRequest, dev.leadflow.v1.Opportunity> getCreateOpportunityMethod;
    if ((getCreateOpportunityMethod = OpportunityServiceGrpc.getCreateOpportunityMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getCreateOpportunityMethod = OpportunityServiceGrpc.getCreateOpportunityMethod) == null) {
          OpportunityServiceGrpc.getCreateOpportunityMethod = getCreateOpportunityMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.CreateOpportunityRequest, dev.leadflow.v1.Opportunity>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateOpportunity"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.CreateOpportunityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Opportunity.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("CreateOpportunity"))
              .build();
        }
      }
    }
    return getCreateOpportunityMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetOpportunityRequest,
      dev.leadflow.v1.Opportunity> getGetOpportunityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOpportunity",
      requestType = dev.leadflow.v1.GetOpportunityRequest.class,
      responseType = dev.leadflow.v1.Opportunity.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetOpportunityRequest,
      dev.leadflow.v1.Opportunity> getGetOpportunityMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetOpportunityRequest, dev.leadflow.v1.Opportunity> getGetOpportunityMethod;
    if ((getGetOpportunityMethod = OpportunityServiceGrpc.getGetOpportunityMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getGetOpportunityMethod = OpportunityServiceGrpc.getGetOpportunityMethod) == null) {
          OpportunityServiceGrpc.getGetOpportunityMethod = getGetOpportunityMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetOpportunityRequest, dev.leadflow.v1.Opportunity>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOpportunity"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetOpportunityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Opportunity.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("GetOpportunity"))
              .build();
        }
      }
    }
    return getGetOpportunityMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunitiesRequest,
      dev.leadflow.v1.ListOpportunitiesResponse> getListOpportunitiesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOpportunities",
      requestType = dev.leadflow.v1.ListOpportunitiesRequest.class,
      responseType = dev.leadflow.v1.ListOpportunitiesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunitiesRequest,
      dev.leadflow.v1.ListOpportunitiesResponse> getListOpportunitiesMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunitiesRequest, dev.leadflow.v1.ListOpportunitiesResponse> getListOpportunitiesMethod;
    if ((getListOpportunitiesMethod = OpportunityServiceGrpc.getListOpportunitiesMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getListOpportunitiesMethod = OpportunityServiceGrpc.getListOpportunitiesMethod) == null) {
          OpportunityServiceGrpc.getListOpportunitiesMethod = getListOpportunitiesMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListOpportunitiesRequest, dev.leadflow.v1.ListOpportunitiesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOpportunities"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunitiesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunitiesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("ListOpportunities"))
              .build();
        }
      }
    }
    return getListOpportunitiesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateOpportunityRequest,
      dev.leadflow.v1.Opportunity> getUpdateOpportunityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateOpportunity",
      requestType = dev.leadflow.v1.UpdateOpportunityRequest.class,
      responseType = dev.leadflow.v1.Opportunity.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateOpportunityRequest,
      dev.leadflow.v1.Opportunity> getUpdateOpportunityMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateOpportunityRequest, dev.leadflow.v1.Opportunity> getUpdateOpportunityMethod;
    if ((getUpdateOpportunityMethod = OpportunityServiceGrpc.getUpdateOpportunityMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getUpdateOpportunityMethod = OpportunityServiceGrpc.getUpdateOpportunityMethod) == null) {
          OpportunityServiceGrpc.getUpdateOpportunityMethod = getUpdateOpportunityMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.UpdateOpportunityRequest, dev.leadflow.v1.Opportunity>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateOpportunity"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.UpdateOpportunityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Opportunity.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("UpdateOpportunity"))
              .build();
        }
      }
    }
    return getUpdateOpportunityMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteOpportunityRequest,
      com.google.protobuf.Empty> getDeleteOpportunityMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteOpportunity",
      requestType = dev.leadflow.v1.DeleteOpportunityRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteOpportunityRequest,
      com.google.protobuf.Empty> getDeleteOpportunityMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteOpportunityRequest, com.google.protobuf.Empty> getDeleteOpportunityMethod;
    if ((getDeleteOpportunityMethod = OpportunityServiceGrpc.getDeleteOpportunityMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getDeleteOpportunityMethod = OpportunityServiceGrpc.getDeleteOpportunityMethod) == null) {
          OpportunityServiceGrpc.getDeleteOpportunityMethod = getDeleteOpportunityMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.DeleteOpportunityRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteOpportunity"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.DeleteOpportunityRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("DeleteOpportunity"))
              .build();
        }
      }
    }
    return getDeleteOpportunityMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityHistoryRequest,
      dev.leadflow.v1.ListOpportunityHistoryResponse> getListOpportunityHistoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOpportunityHistory",
      requestType = dev.leadflow.v1.ListOpportunityHistoryRequest.class,
      responseType = dev.leadflow.v1.ListOpportunityHistoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityHistoryRequest,
      dev.leadflow.v1.ListOpportunityHistoryResponse> getListOpportunityHistoryMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityHistoryRequest, dev.leadflow.v1.ListOpportunityHistoryResponse> getListOpportunityHistoryMethod;
    if ((getListOpportunityHistoryMethod = OpportunityServiceGrpc.getListOpportunityHistoryMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getListOpportunityHistoryMethod = OpportunityServiceGrpc.getListOpportunityHistoryMethod) == null) {
          OpportunityServiceGrpc.getListOpportunityHistoryMethod = getListOpportunityHistoryMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListOpportunityHistoryRequest, dev.leadflow.v1.ListOpportunityHistoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOpportunityHistory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunityHistoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunityHistoryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("ListOpportunityHistory"))
              .build();
        }
      }
    }
    return getListOpportunityHistoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityStagesRequest,
      dev.leadflow.v1.ListOpportunityStagesResponse> getListOpportunityStagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOpportunityStages",
      requestType = dev.leadflow.v1.ListOpportunityStagesRequest.class,
      responseType = dev.leadflow.v1.ListOpportunityStagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityStagesRequest,
      dev.leadflow.v1.ListOpportunityStagesResponse> getListOpportunityStagesMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListOpportunityStagesRequest, dev.leadflow.v1.ListOpportunityStagesResponse> getListOpportunityStagesMethod;
    if ((getListOpportunityStagesMethod = OpportunityServiceGrpc.getListOpportunityStagesMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getListOpportunityStagesMethod = OpportunityServiceGrpc.getListOpportunityStagesMethod) == null) {
          OpportunityServiceGrpc.getListOpportunityStagesMethod = getListOpportunityStagesMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListOpportunityStagesRequest, dev.leadflow.v1.ListOpportunityStagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOpportunityStages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunityStagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListOpportunityStagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("ListOpportunityStages"))
              .build();
        }
      }
    }
    return getListOpportunityStagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetPipelineSummaryRequest,
      dev.leadflow.v1.PipelineSummary> getGetPipelineSummaryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPipelineSummary",
      requestType = dev.leadflow.v1.GetPipelineSummaryRequest.class,
      responseType = dev.leadflow.v1.PipelineSummary.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetPipelineSummaryRequest,
      dev.leadflow.v1.PipelineSummary> getGetPipelineSummaryMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetPipelineSummaryRequest, dev.leadflow.v1.PipelineSummary> getGetPipelineSummaryMethod;
    if ((getGetPipelineSummaryMethod = OpportunityServiceGrpc.getGetPipelineSummaryMethod) == null) {
      synchronized (OpportunityServiceGrpc.class) {
        if ((getGetPipelineSummaryMethod = OpportunityServiceGrpc.getGetPipelineSummaryMethod) == null) {
          OpportunityServiceGrpc.getGetPipelineSummaryMethod = getGetPipelineSummaryMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetPipelineSummaryRequest, dev.leadflow.v1.PipelineSummary>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPipelineSummary"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetPipelineSummaryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.PipelineSummary.getDefaultInstance()))
              .setSchemaDescriptor(new OpportunityServiceMethodDescriptorSupplier("GetPipelineSummary"))
              .build();
        }
      }
    }
    return getGetPipelineSummaryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static OpportunityServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceStub>() {
        @java.lang.Override
        public OpportunityServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OpportunityServiceStub(channel, callOptions);
        }
      };
    return OpportunityServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static OpportunityServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceBlockingV2Stub>() {
        @java.lang.Override
        public OpportunityServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OpportunityServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return OpportunityServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static OpportunityServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceBlockingStub>() {
        @java.lang.Override
        public OpportunityServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OpportunityServiceBlockingStub(channel, callOptions);
        }
      };
    return OpportunityServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static OpportunityServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<OpportunityServiceFutureStub>() {
        @java.lang.Override
        public OpportunityServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new OpportunityServiceFutureStub(channel, callOptions);
        }
      };
    return OpportunityServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an opportunity for an existing account. The stage defaults to
     * the first open stage, probability and forecast category to the stage's.
     * Errors: INVALID_ARGUMENT for a missing account or display name, an
     * unknown stage or currency, a negative amount, a probability outside
     * 0–100, an invalid close date, a contact of another account, a missing
     * account or contact (REFERENCE_NOT_FOUND), a reused `request_id`.
     * </pre>
     */
    default void createOpportunity(dev.leadflow.v1.CreateOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateOpportunityMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns an opportunity. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    default void getOpportunity(dev.leadflow.v1.GetOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOpportunityMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists opportunities one page at a time.
     * </pre>
     */
    default void listOpportunities(dev.leadflow.v1.ListOpportunitiesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunitiesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOpportunitiesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`, e.g. moves the opportunity to
     * another stage. Errors: NOT_FOUND; ABORTED for a stale etag;
     * INVALID_ARGUMENT as for Create, or when a lost stage needs a
     * `loss_reason` (with `require_loss_reason` configured).
     * </pre>
     */
    default void updateOpportunity(dev.leadflow.v1.UpdateOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateOpportunityMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an opportunity and its history. Errors: NOT_FOUND; ABORTED for
     * a stale etag; FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a
     * converted lead refers to it.
     * </pre>
     */
    default void deleteOpportunity(dev.leadflow.v1.DeleteOpportunityRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteOpportunityMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the history of one opportunity, oldest first.
     * </pre>
     */
    default void listOpportunityHistory(dev.leadflow.v1.ListOpportunityHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityHistoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOpportunityHistoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the configured stages, in process order.
     * </pre>
     */
    default void listOpportunityStages(dev.leadflow.v1.ListOpportunityStagesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityStagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOpportunityStagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Summarises the pipeline: open opportunities per stage and per forecast
     * category (count, total and weighted amount, per currency), and the won
     * and lost opportunities with the win rate. Computed in the database,
     * exactly. Errors: INVALID_ARGUMENT for a date that is not a calendar
     * date, a start after the end, or a malformed `account`.
     * </pre>
     */
    default void getPipelineSummary(dev.leadflow.v1.GetPipelineSummaryRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.PipelineSummary> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPipelineSummaryMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service OpportunityService.
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public static abstract class OpportunityServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return OpportunityServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service OpportunityService.
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public static final class OpportunityServiceStub
      extends io.grpc.stub.AbstractAsyncStub<OpportunityServiceStub> {
    private OpportunityServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OpportunityServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OpportunityServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an opportunity for an existing account. The stage defaults to
     * the first open stage, probability and forecast category to the stage's.
     * Errors: INVALID_ARGUMENT for a missing account or display name, an
     * unknown stage or currency, a negative amount, a probability outside
     * 0–100, an invalid close date, a contact of another account, a missing
     * account or contact (REFERENCE_NOT_FOUND), a reused `request_id`.
     * </pre>
     */
    public void createOpportunity(dev.leadflow.v1.CreateOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateOpportunityMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns an opportunity. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public void getOpportunity(dev.leadflow.v1.GetOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOpportunityMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists opportunities one page at a time.
     * </pre>
     */
    public void listOpportunities(dev.leadflow.v1.ListOpportunitiesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunitiesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOpportunitiesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`, e.g. moves the opportunity to
     * another stage. Errors: NOT_FOUND; ABORTED for a stale etag;
     * INVALID_ARGUMENT as for Create, or when a lost stage needs a
     * `loss_reason` (with `require_loss_reason` configured).
     * </pre>
     */
    public void updateOpportunity(dev.leadflow.v1.UpdateOpportunityRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateOpportunityMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an opportunity and its history. Errors: NOT_FOUND; ABORTED for
     * a stale etag; FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a
     * converted lead refers to it.
     * </pre>
     */
    public void deleteOpportunity(dev.leadflow.v1.DeleteOpportunityRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteOpportunityMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the history of one opportunity, oldest first.
     * </pre>
     */
    public void listOpportunityHistory(dev.leadflow.v1.ListOpportunityHistoryRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityHistoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOpportunityHistoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the configured stages, in process order.
     * </pre>
     */
    public void listOpportunityStages(dev.leadflow.v1.ListOpportunityStagesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityStagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOpportunityStagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Summarises the pipeline: open opportunities per stage and per forecast
     * category (count, total and weighted amount, per currency), and the won
     * and lost opportunities with the win rate. Computed in the database,
     * exactly. Errors: INVALID_ARGUMENT for a date that is not a calendar
     * date, a start after the end, or a malformed `account`.
     * </pre>
     */
    public void getPipelineSummary(dev.leadflow.v1.GetPipelineSummaryRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.PipelineSummary> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPipelineSummaryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service OpportunityService.
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public static final class OpportunityServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<OpportunityServiceBlockingV2Stub> {
    private OpportunityServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OpportunityServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OpportunityServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an opportunity for an existing account. The stage defaults to
     * the first open stage, probability and forecast category to the stage's.
     * Errors: INVALID_ARGUMENT for a missing account or display name, an
     * unknown stage or currency, a negative amount, a probability outside
     * 0–100, an invalid close date, a contact of another account, a missing
     * account or contact (REFERENCE_NOT_FOUND), a reused `request_id`.
     * </pre>
     */
    public dev.leadflow.v1.Opportunity createOpportunity(dev.leadflow.v1.CreateOpportunityRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an opportunity. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public dev.leadflow.v1.Opportunity getOpportunity(dev.leadflow.v1.GetOpportunityRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists opportunities one page at a time.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunitiesResponse listOpportunities(dev.leadflow.v1.ListOpportunitiesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOpportunitiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`, e.g. moves the opportunity to
     * another stage. Errors: NOT_FOUND; ABORTED for a stale etag;
     * INVALID_ARGUMENT as for Create, or when a lost stage needs a
     * `loss_reason` (with `require_loss_reason` configured).
     * </pre>
     */
    public dev.leadflow.v1.Opportunity updateOpportunity(dev.leadflow.v1.UpdateOpportunityRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an opportunity and its history. Errors: NOT_FOUND; ABORTED for
     * a stale etag; FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a
     * converted lead refers to it.
     * </pre>
     */
    public com.google.protobuf.Empty deleteOpportunity(dev.leadflow.v1.DeleteOpportunityRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the history of one opportunity, oldest first.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunityHistoryResponse listOpportunityHistory(dev.leadflow.v1.ListOpportunityHistoryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOpportunityHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configured stages, in process order.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunityStagesResponse listOpportunityStages(dev.leadflow.v1.ListOpportunityStagesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListOpportunityStagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Summarises the pipeline: open opportunities per stage and per forecast
     * category (count, total and weighted amount, per currency), and the won
     * and lost opportunities with the win rate. Computed in the database,
     * exactly. Errors: INVALID_ARGUMENT for a date that is not a calendar
     * date, a start after the end, or a malformed `account`.
     * </pre>
     */
    public dev.leadflow.v1.PipelineSummary getPipelineSummary(dev.leadflow.v1.GetPipelineSummaryRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetPipelineSummaryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service OpportunityService.
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public static final class OpportunityServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<OpportunityServiceBlockingStub> {
    private OpportunityServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OpportunityServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OpportunityServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an opportunity for an existing account. The stage defaults to
     * the first open stage, probability and forecast category to the stage's.
     * Errors: INVALID_ARGUMENT for a missing account or display name, an
     * unknown stage or currency, a negative amount, a probability outside
     * 0–100, an invalid close date, a contact of another account, a missing
     * account or contact (REFERENCE_NOT_FOUND), a reused `request_id`.
     * </pre>
     */
    public dev.leadflow.v1.Opportunity createOpportunity(dev.leadflow.v1.CreateOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an opportunity. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public dev.leadflow.v1.Opportunity getOpportunity(dev.leadflow.v1.GetOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists opportunities one page at a time.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunitiesResponse listOpportunities(dev.leadflow.v1.ListOpportunitiesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOpportunitiesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`, e.g. moves the opportunity to
     * another stage. Errors: NOT_FOUND; ABORTED for a stale etag;
     * INVALID_ARGUMENT as for Create, or when a lost stage needs a
     * `loss_reason` (with `require_loss_reason` configured).
     * </pre>
     */
    public dev.leadflow.v1.Opportunity updateOpportunity(dev.leadflow.v1.UpdateOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an opportunity and its history. Errors: NOT_FOUND; ABORTED for
     * a stale etag; FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a
     * converted lead refers to it.
     * </pre>
     */
    public com.google.protobuf.Empty deleteOpportunity(dev.leadflow.v1.DeleteOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteOpportunityMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the history of one opportunity, oldest first.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunityHistoryResponse listOpportunityHistory(dev.leadflow.v1.ListOpportunityHistoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOpportunityHistoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configured stages, in process order.
     * </pre>
     */
    public dev.leadflow.v1.ListOpportunityStagesResponse listOpportunityStages(dev.leadflow.v1.ListOpportunityStagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOpportunityStagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Summarises the pipeline: open opportunities per stage and per forecast
     * category (count, total and weighted amount, per currency), and the won
     * and lost opportunities with the win rate. Computed in the database,
     * exactly. Errors: INVALID_ARGUMENT for a date that is not a calendar
     * date, a start after the end, or a malformed `account`.
     * </pre>
     */
    public dev.leadflow.v1.PipelineSummary getPipelineSummary(dev.leadflow.v1.GetPipelineSummaryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPipelineSummaryMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service OpportunityService.
   * <pre>
   * Opportunities: potential sales moving through the configured stages until
   * they are won or lost. Errors follow LeadService's conventions.
   * Writes record who made them from the `leadflow-actor` request metadata
   * (e.g. `grpcurl -H 'leadflow-actor: users/kim' ...`), kept in the history.
   * </pre>
   */
  public static final class OpportunityServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<OpportunityServiceFutureStub> {
    private OpportunityServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected OpportunityServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new OpportunityServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an opportunity for an existing account. The stage defaults to
     * the first open stage, probability and forecast category to the stage's.
     * Errors: INVALID_ARGUMENT for a missing account or display name, an
     * unknown stage or currency, a negative amount, a probability outside
     * 0–100, an invalid close date, a contact of another account, a missing
     * account or contact (REFERENCE_NOT_FOUND), a reused `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Opportunity> createOpportunity(
        dev.leadflow.v1.CreateOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateOpportunityMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns an opportunity. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Opportunity> getOpportunity(
        dev.leadflow.v1.GetOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOpportunityMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists opportunities one page at a time.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListOpportunitiesResponse> listOpportunities(
        dev.leadflow.v1.ListOpportunitiesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOpportunitiesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`, e.g. moves the opportunity to
     * another stage. Errors: NOT_FOUND; ABORTED for a stale etag;
     * INVALID_ARGUMENT as for Create, or when a lost stage needs a
     * `loss_reason` (with `require_loss_reason` configured).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Opportunity> updateOpportunity(
        dev.leadflow.v1.UpdateOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateOpportunityMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an opportunity and its history. Errors: NOT_FOUND; ABORTED for
     * a stale etag; FAILED_PRECONDITION (OPPORTUNITY_IN_USE) while a
     * converted lead refers to it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteOpportunity(
        dev.leadflow.v1.DeleteOpportunityRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteOpportunityMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the history of one opportunity, oldest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListOpportunityHistoryResponse> listOpportunityHistory(
        dev.leadflow.v1.ListOpportunityHistoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOpportunityHistoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the configured stages, in process order.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListOpportunityStagesResponse> listOpportunityStages(
        dev.leadflow.v1.ListOpportunityStagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOpportunityStagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Summarises the pipeline: open opportunities per stage and per forecast
     * category (count, total and weighted amount, per currency), and the won
     * and lost opportunities with the win rate. Computed in the database,
     * exactly. Errors: INVALID_ARGUMENT for a date that is not a calendar
     * date, a start after the end, or a malformed `account`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.PipelineSummary> getPipelineSummary(
        dev.leadflow.v1.GetPipelineSummaryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPipelineSummaryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_OPPORTUNITY = 0;
  private static final int METHODID_GET_OPPORTUNITY = 1;
  private static final int METHODID_LIST_OPPORTUNITIES = 2;
  private static final int METHODID_UPDATE_OPPORTUNITY = 3;
  private static final int METHODID_DELETE_OPPORTUNITY = 4;
  private static final int METHODID_LIST_OPPORTUNITY_HISTORY = 5;
  private static final int METHODID_LIST_OPPORTUNITY_STAGES = 6;
  private static final int METHODID_GET_PIPELINE_SUMMARY = 7;

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
        case METHODID_CREATE_OPPORTUNITY:
          serviceImpl.createOpportunity((dev.leadflow.v1.CreateOpportunityRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity>) responseObserver);
          break;
        case METHODID_GET_OPPORTUNITY:
          serviceImpl.getOpportunity((dev.leadflow.v1.GetOpportunityRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity>) responseObserver);
          break;
        case METHODID_LIST_OPPORTUNITIES:
          serviceImpl.listOpportunities((dev.leadflow.v1.ListOpportunitiesRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunitiesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_OPPORTUNITY:
          serviceImpl.updateOpportunity((dev.leadflow.v1.UpdateOpportunityRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Opportunity>) responseObserver);
          break;
        case METHODID_DELETE_OPPORTUNITY:
          serviceImpl.deleteOpportunity((dev.leadflow.v1.DeleteOpportunityRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_LIST_OPPORTUNITY_HISTORY:
          serviceImpl.listOpportunityHistory((dev.leadflow.v1.ListOpportunityHistoryRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityHistoryResponse>) responseObserver);
          break;
        case METHODID_LIST_OPPORTUNITY_STAGES:
          serviceImpl.listOpportunityStages((dev.leadflow.v1.ListOpportunityStagesRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListOpportunityStagesResponse>) responseObserver);
          break;
        case METHODID_GET_PIPELINE_SUMMARY:
          serviceImpl.getPipelineSummary((dev.leadflow.v1.GetPipelineSummaryRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.PipelineSummary>) responseObserver);
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
          getCreateOpportunityMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.CreateOpportunityRequest,
              dev.leadflow.v1.Opportunity>(
                service, METHODID_CREATE_OPPORTUNITY)))
        .addMethod(
          getGetOpportunityMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetOpportunityRequest,
              dev.leadflow.v1.Opportunity>(
                service, METHODID_GET_OPPORTUNITY)))
        .addMethod(
          getListOpportunitiesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListOpportunitiesRequest,
              dev.leadflow.v1.ListOpportunitiesResponse>(
                service, METHODID_LIST_OPPORTUNITIES)))
        .addMethod(
          getUpdateOpportunityMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.UpdateOpportunityRequest,
              dev.leadflow.v1.Opportunity>(
                service, METHODID_UPDATE_OPPORTUNITY)))
        .addMethod(
          getDeleteOpportunityMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.DeleteOpportunityRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_OPPORTUNITY)))
        .addMethod(
          getListOpportunityHistoryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListOpportunityHistoryRequest,
              dev.leadflow.v1.ListOpportunityHistoryResponse>(
                service, METHODID_LIST_OPPORTUNITY_HISTORY)))
        .addMethod(
          getListOpportunityStagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListOpportunityStagesRequest,
              dev.leadflow.v1.ListOpportunityStagesResponse>(
                service, METHODID_LIST_OPPORTUNITY_STAGES)))
        .addMethod(
          getGetPipelineSummaryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetPipelineSummaryRequest,
              dev.leadflow.v1.PipelineSummary>(
                service, METHODID_GET_PIPELINE_SUMMARY)))
        .build();
  }

  private static abstract class OpportunityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    OpportunityServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.leadflow.v1.OpportunityServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("OpportunityService");
    }
  }

  private static final class OpportunityServiceFileDescriptorSupplier
      extends OpportunityServiceBaseDescriptorSupplier {
    OpportunityServiceFileDescriptorSupplier() {}
  }

  private static final class OpportunityServiceMethodDescriptorSupplier
      extends OpportunityServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    OpportunityServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (OpportunityServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new OpportunityServiceFileDescriptorSupplier())
              .addMethod(getCreateOpportunityMethod())
              .addMethod(getGetOpportunityMethod())
              .addMethod(getListOpportunitiesMethod())
              .addMethod(getUpdateOpportunityMethod())
              .addMethod(getDeleteOpportunityMethod())
              .addMethod(getListOpportunityHistoryMethod())
              .addMethod(getListOpportunityStagesMethod())
              .addMethod(getGetPipelineSummaryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
