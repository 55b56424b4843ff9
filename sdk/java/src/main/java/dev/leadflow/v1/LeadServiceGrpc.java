package dev.leadflow.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Captures leads and tracks their qualification.
 * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
 * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
 * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
 * errors a `google.rpc.PreconditionFailure`. A refused request changes
 * nothing. Error messages quote at most a short prefix of a bad value.
 * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
 * the request bytes do not parse as its request message (e.g. invalid
 * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
 * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
 * (STORAGE_FULL) for a write when the database's disk is full; and
 * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
 * Text fields hold at most the number of characters their comment states,
 * and never control characters (NUL, escape sequences, ...) or Unicode
 * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
 * descriptions and street addresses may hold line breaks and tabs.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class LeadServiceGrpc {

  private LeadServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leadflow.v1.LeadService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.CreateLeadRequest,
      dev.leadflow.v1.Lead> getCreateLeadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateLead",
      requestType = dev.leadflow.v1.CreateLeadRequest.class,
      responseType = dev.leadflow.v1.Lead.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.CreateLeadRequest,
      dev.leadflow.v1.Lead> getCreateLeadMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.CreateLeadRequest, dev.leadflow.v1.Lead> getCreateLeadMethod;
    if ((getCreateLeadMethod = LeadServiceGrpc.getCreateLeadMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getCreateLeadMethod = LeadServiceGrpc.getCreateLeadMethod) == null) {
          LeadServiceGrpc.getCreateLeadMethod = getCreateLeadMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.CreateLeadRequest, dev.leadflow.v1.Lead>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateLead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.CreateLeadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Lead.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("CreateLead"))
              .build();
        }
      }
    }
    return getCreateLeadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.BatchCreateLeadsRequest,
      dev.leadflow.v1.BatchCreateLeadsResponse> getBatchCreateLeadsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "BatchCreateLeads",
      requestType = dev.leadflow.v1.BatchCreateLeadsRequest.class,
      responseType = dev.leadflow.v1.BatchCreateLeadsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.BatchCreateLeadsRequest,
      dev.leadflow.v1.BatchCreateLeadsResponse> getBatchCreateLeadsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.BatchCreateLeadsRequest, dev.leadflow.v1.BatchCreateLeadsResponse> getBatchCreateLeadsMethod;
    if ((getBatchCreateLeadsMethod = LeadServiceGrpc.getBatchCreateLeadsMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getBatchCreateLeadsMethod = LeadServiceGrpc.getBatchCreateLeadsMethod) == null) {
          LeadServiceGrpc.getBatchCreateLeadsMethod = getBatchCreateLeadsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.BatchCreateLeadsRequest, dev.leadflow.v1.BatchCreateLeadsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "BatchCreateLeads"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.BatchCreateLeadsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.BatchCreateLeadsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("BatchCreateLeads"))
              .build();
        }
      }
    }
    return getBatchCreateLeadsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ImportLeadsRequest,
      dev.leadflow.v1.ImportLeadsResponse> getImportLeadsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ImportLeads",
      requestType = dev.leadflow.v1.ImportLeadsRequest.class,
      responseType = dev.leadflow.v1.ImportLeadsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ImportLeadsRequest,
      dev.leadflow.v1.ImportLeadsResponse> getImportLeadsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ImportLeadsRequest, dev.leadflow.v1.ImportLeadsResponse> getImportLeadsMethod;
    if ((getImportLeadsMethod = LeadServiceGrpc.getImportLeadsMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getImportLeadsMethod = LeadServiceGrpc.getImportLeadsMethod) == null) {
          LeadServiceGrpc.getImportLeadsMethod = getImportLeadsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ImportLeadsRequest, dev.leadflow.v1.ImportLeadsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.CLIENT_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ImportLeads"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ImportLeadsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ImportLeadsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("ImportLeads"))
              .build();
        }
      }
    }
    return getImportLeadsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.FindDuplicatesRequest,
      dev.leadflow.v1.FindDuplicatesResponse> getFindDuplicatesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindDuplicates",
      requestType = dev.leadflow.v1.FindDuplicatesRequest.class,
      responseType = dev.leadflow.v1.FindDuplicatesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.FindDuplicatesRequest,
      dev.leadflow.v1.FindDuplicatesResponse> getFindDuplicatesMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.FindDuplicatesRequest, dev.leadflow.v1.FindDuplicatesResponse> getFindDuplicatesMethod;
    if ((getFindDuplicatesMethod = LeadServiceGrpc.getFindDuplicatesMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getFindDuplicatesMethod = LeadServiceGrpc.getFindDuplicatesMethod) == null) {
          LeadServiceGrpc.getFindDuplicatesMethod = getFindDuplicatesMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.FindDuplicatesRequest, dev.leadflow.v1.FindDuplicatesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindDuplicates"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.FindDuplicatesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.FindDuplicatesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("FindDuplicates"))
              .build();
        }
      }
    }
    return getFindDuplicatesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadRequest,
      dev.leadflow.v1.Lead> getGetLeadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLead",
      requestType = dev.leadflow.v1.GetLeadRequest.class,
      responseType = dev.leadflow.v1.Lead.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadRequest,
      dev.leadflow.v1.Lead> getGetLeadMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadRequest, dev.leadflow.v1.Lead> getGetLeadMethod;
    if ((getGetLeadMethod = LeadServiceGrpc.getGetLeadMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getGetLeadMethod = LeadServiceGrpc.getGetLeadMethod) == null) {
          LeadServiceGrpc.getGetLeadMethod = getGetLeadMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetLeadRequest, dev.leadflow.v1.Lead>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetLeadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Lead.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("GetLead"))
              .build();
        }
      }
    }
    return getGetLeadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadsRequest,
      dev.leadflow.v1.ListLeadsResponse> getListLeadsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListLeads",
      requestType = dev.leadflow.v1.ListLeadsRequest.class,
      responseType = dev.leadflow.v1.ListLeadsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadsRequest,
      dev.leadflow.v1.ListLeadsResponse> getListLeadsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadsRequest, dev.leadflow.v1.ListLeadsResponse> getListLeadsMethod;
    if ((getListLeadsMethod = LeadServiceGrpc.getListLeadsMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getListLeadsMethod = LeadServiceGrpc.getListLeadsMethod) == null) {
          LeadServiceGrpc.getListLeadsMethod = getListLeadsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListLeadsRequest, dev.leadflow.v1.ListLeadsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListLeads"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListLeadsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListLeadsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("ListLeads"))
              .build();
        }
      }
    }
    return getListLeadsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateLeadRequest,
      dev.leadflow.v1.Lead> getUpdateLeadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateLead",
      requestType = dev.leadflow.v1.UpdateLeadRequest.class,
      responseType = dev.leadflow.v1.Lead.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateLeadRequest,
      dev.leadflow.v1.Lead> getUpdateLeadMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateLeadRequest, dev.leadflow.v1.Lead> getUpdateLeadMethod;
    if ((getUpdateLeadMethod = LeadServiceGrpc.getUpdateLeadMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getUpdateLeadMethod = LeadServiceGrpc.getUpdateLeadMethod) == null) {
          LeadServiceGrpc.getUpdateLeadMethod = getUpdateLeadMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.UpdateLeadRequest, dev.leadflow.v1.Lead>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateLead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.UpdateLeadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Lead.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("UpdateLead"))
              .build();
        }
      }
    }
    return getUpdateLeadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteLeadRequest,
      com.google.protobuf.Empty> getDeleteLeadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteLead",
      requestType = dev.leadflow.v1.DeleteLeadRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteLeadRequest,
      com.google.protobuf.Empty> getDeleteLeadMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteLeadRequest, com.google.protobuf.Empty> getDeleteLeadMethod;
    if ((getDeleteLeadMethod = LeadServiceGrpc.getDeleteLeadMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getDeleteLeadMethod = LeadServiceGrpc.getDeleteLeadMethod) == null) {
          LeadServiceGrpc.getDeleteLeadMethod = getDeleteLeadMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.DeleteLeadRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteLead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.DeleteLeadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("DeleteLead"))
              .build();
        }
      }
    }
    return getDeleteLeadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadStatusesRequest,
      dev.leadflow.v1.ListLeadStatusesResponse> getListLeadStatusesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListLeadStatuses",
      requestType = dev.leadflow.v1.ListLeadStatusesRequest.class,
      responseType = dev.leadflow.v1.ListLeadStatusesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadStatusesRequest,
      dev.leadflow.v1.ListLeadStatusesResponse> getListLeadStatusesMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListLeadStatusesRequest, dev.leadflow.v1.ListLeadStatusesResponse> getListLeadStatusesMethod;
    if ((getListLeadStatusesMethod = LeadServiceGrpc.getListLeadStatusesMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getListLeadStatusesMethod = LeadServiceGrpc.getListLeadStatusesMethod) == null) {
          LeadServiceGrpc.getListLeadStatusesMethod = getListLeadStatusesMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListLeadStatusesRequest, dev.leadflow.v1.ListLeadStatusesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListLeadStatuses"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListLeadStatusesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListLeadStatusesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("ListLeadStatuses"))
              .build();
        }
      }
    }
    return getListLeadStatusesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ConvertLeadRequest,
      dev.leadflow.v1.ConvertLeadResponse> getConvertLeadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConvertLead",
      requestType = dev.leadflow.v1.ConvertLeadRequest.class,
      responseType = dev.leadflow.v1.ConvertLeadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ConvertLeadRequest,
      dev.leadflow.v1.ConvertLeadResponse> getConvertLeadMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ConvertLeadRequest, dev.leadflow.v1.ConvertLeadResponse> getConvertLeadMethod;
    if ((getConvertLeadMethod = LeadServiceGrpc.getConvertLeadMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getConvertLeadMethod = LeadServiceGrpc.getConvertLeadMethod) == null) {
          LeadServiceGrpc.getConvertLeadMethod = getConvertLeadMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ConvertLeadRequest, dev.leadflow.v1.ConvertLeadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConvertLead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ConvertLeadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ConvertLeadResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("ConvertLead"))
              .build();
        }
      }
    }
    return getConvertLeadMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.FindConversionMatchesRequest,
      dev.leadflow.v1.FindConversionMatchesResponse> getFindConversionMatchesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "FindConversionMatches",
      requestType = dev.leadflow.v1.FindConversionMatchesRequest.class,
      responseType = dev.leadflow.v1.FindConversionMatchesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.FindConversionMatchesRequest,
      dev.leadflow.v1.FindConversionMatchesResponse> getFindConversionMatchesMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.FindConversionMatchesRequest, dev.leadflow.v1.FindConversionMatchesResponse> getFindConversionMatchesMethod;
    if ((getFindConversionMatchesMethod = LeadServiceGrpc.getFindConversionMatchesMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getFindConversionMatchesMethod = LeadServiceGrpc.getFindConversionMatchesMethod) == null) {
          LeadServiceGrpc.getFindConversionMatchesMethod = getFindConversionMatchesMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.FindConversionMatchesRequest, dev.leadflow.v1.FindConversionMatchesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "FindConversionMatches"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.FindConversionMatchesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.FindConversionMatchesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("FindConversionMatches"))
              .build();
        }
      }
    }
    return getFindConversionMatchesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadFunnelRequest,
      dev.leadflow.v1.LeadFunnel> getGetLeadFunnelMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetLeadFunnel",
      requestType = dev.leadflow.v1.GetLeadFunnelRequest.class,
      responseType = dev.leadflow.v1.LeadFunnel.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadFunnelRequest,
      dev.leadflow.v1.LeadFunnel> getGetLeadFunnelMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetLeadFunnelRequest, dev.leadflow.v1.LeadFunnel> getGetLeadFunnelMethod;
    if ((getGetLeadFunnelMethod = LeadServiceGrpc.getGetLeadFunnelMethod) == null) {
      synchronized (LeadServiceGrpc.class) {
        if ((getGetLeadFunnelMethod = LeadServiceGrpc.getGetLeadFunnelMethod) == null) {
          LeadServiceGrpc.getGetLeadFunnelMethod = getGetLeadFunnelMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetLeadFunnelRequest, dev.leadflow.v1.LeadFunnel>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetLeadFunnel"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetLeadFunnelRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.LeadFunnel.getDefaultInstance()))
              .setSchemaDescriptor(new LeadServiceMethodDescriptorSupplier("GetLeadFunnel"))
              .build();
        }
      }
    }
    return getGetLeadFunnelMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static LeadServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LeadServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LeadServiceStub>() {
        @java.lang.Override
        public LeadServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LeadServiceStub(channel, callOptions);
        }
      };
    return LeadServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static LeadServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LeadServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LeadServiceBlockingV2Stub>() {
        @java.lang.Override
        public LeadServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LeadServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return LeadServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static LeadServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LeadServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LeadServiceBlockingStub>() {
        @java.lang.Override
        public LeadServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LeadServiceBlockingStub(channel, callOptions);
        }
      };
    return LeadServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static LeadServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<LeadServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<LeadServiceFutureStub>() {
        @java.lang.Override
        public LeadServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new LeadServiceFutureStub(channel, callOptions);
        }
      };
    return LeadServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates a lead. The status defaults to the configured default status.
     * A lead created without an owner gets one from the first configured
     * assignment rule that matches it (unless `bypass_assignment_rules`), in
     * the same transaction; `Lead.assignment_rule` names that rule.
     * Errors: INVALID_ARGUMENT when a field is missing, too long or not an
     * allowed value, when the status is a converted status, or when
     * `request_id` was used before for a different request; ALREADY_EXISTS
     * (DUPLICATE_FOUND) when `duplicate_policy` is SKIP or REFUSE and the lead
     * matches existing leads or contacts (see FindDuplicates).
     * </pre>
     */
    default void createLead(dev.leadflow.v1.CreateLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateLeadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1,000 leads in one call, each as CreateLead would
     * (assignment rules, duplicate policy), in request order, so a later lead
     * of the batch can match an earlier one as a duplicate.
     * With `all_or_none` the batch is one transaction: the first lead that
     * fails fails the call with that lead's error, its field named as
     * `leads[i].field`, and nothing is created. Without it, each lead's result
     * says whether it was created, skipped as a duplicate or failed, and the
     * call itself succeeds.
     * Errors: INVALID_ARGUMENT for no leads, more than 1,000, or (with
     * `all_or_none`) an invalid lead; ALREADY_EXISTS (DUPLICATE_FOUND) with
     * `all_or_none` when a lead is refused as a duplicate.
     * </pre>
     */
    default void batchCreateLeads(dev.leadflow.v1.BatchCreateLeadsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.BatchCreateLeadsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getBatchCreateLeadsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Imports a list of any length as a stream of rows, committed in chunks
     * of a few thousand rows as they arrive, so neither side ever holds the
     * whole list. The first message carries the import's `request_id`,
     * source and duplicate policy; every message may carry rows. Invalid rows
     * and refused duplicates are rejected one by one (the reply lists them)
     * and never stop the import.
     * An import is resumable: the server records, in the transaction of each
     * chunk, the last row it has committed. Sent again with the same
     * `request_id` (after a dropped connection, say), rows up to that one are
     * counted as `already_imported` and not created again; the server sends
     * that row number at once in the response header
     * `leadflow-resume-after-row`, so a client can skip ahead.
     * Errors: INVALID_ARGUMENT when the first message has no header, a later
     * one has one, `request_id` is missing or was used for an import with
     * another header (REQUEST_ID_REUSED), or row numbers do not increase.
     * Rows committed before an error stay committed.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<dev.leadflow.v1.ImportLeadsRequest> importLeads(
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ImportLeadsResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getImportLeadsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists existing leads (not converted) and contacts that a candidate lead
     * matches under the duplicate rules, ranked, each with the rules that
     * fired and the fields that matched. Nothing is created: call it before
     * creating a lead, or let CreateLead's `duplicate_policy` do it.
     * Errors: INVALID_ARGUMENT for a candidate without a last name, email,
     * phone or website to match on, or a `max_matches` below zero.
     * </pre>
     */
    default void findDuplicates(dev.leadflow.v1.FindDuplicatesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.FindDuplicatesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindDuplicatesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a lead. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed name.
     * </pre>
     */
    default void getLead(dev.leadflow.v1.GetLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLeadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists leads one page at a time, filtered and ordered.
     * Errors: INVALID_ARGUMENT for a bad `filter` (the message gives the
     * position), `order_by`, `page_size` or `page_token`.
     * </pre>
     */
    default void listLeads(dev.leadflow.v1.ListLeadsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListLeadsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of a lead named in `update_mask`.
     * Errors: NOT_FOUND; ABORTED when `lead.etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted; INVALID_ARGUMENT as for
     * CreateLead, or for an unknown or output-only field in the mask.
     * </pre>
     */
    default void updateLead(dev.leadflow.v1.UpdateLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateLeadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a lead permanently.
     * Errors: NOT_FOUND; ABORTED when `etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted (converted leads are kept
     * as the record of where an account came from).
     * </pre>
     */
    default void deleteLead(dev.leadflow.v1.DeleteLeadRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteLeadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the configured lead statuses, in process order.
     * </pre>
     */
    default void listLeadStatuses(dev.leadflow.v1.ListLeadStatusesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadStatusesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListLeadStatusesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Converts a qualified lead, in one transaction, into an account (new, or
     * an existing one), a contact (new, or an existing one of that account)
     * and, unless asked not to, an opportunity (new, or an existing one of
     * that account), and sets the lead's status to a converted status. Either
     * all of it happens or none of it does.
     * New records take their fields from the lead:
     *  - account: company → display_name, website, phone, industry,
     *    annual_revenue, number_of_employees, address → billing_address,
     *    lead_source → account_source;
     *  - contact: salutation, first_name, last_name, title, email, phone,
     *    mobile_phone, address → mailing_address, lead_source,
     *    has_opted_out_of_email, do_not_call, description;
     *  - opportunity: opportunity_name or company → display_name, lead_source,
     *    opportunity_amount → amount, opportunity_close_date → close_date,
     *    first open stage with its probability and forecast category.
     * `owner` (default: the lead's owner) owns every record created. An
     * existing account or contact only has its empty fields filled from the
     * lead; nothing it holds is overwritten, except the contact's lead source
     * with `overwrite_lead_source`. The reply's `plan` says, per record,
     * whether it was created or linked and which fields the lead filled.
     * A converted lead is frozen. Converting it again is refused with
     * FAILED_PRECONDITION (LEAD_CONVERTED), except a retry with the same
     * `request_id`, which returns the first reply unchanged. Concurrent
     * conversions of one lead convert it exactly once.
     * Errors: NOT_FOUND when the lead does not exist; INVALID_ARGUMENT for
     * contradictory options (both fields named), a status that is not a
     * converted status, a named account, contact or opportunity that does not
     * exist (REFERENCE_NOT_FOUND), a contact or opportunity of another
     * account; FAILED_PRECONDITION for a converted lead or a closed
     * opportunity (OPPORTUNITY_CLOSED).
     * </pre>
     */
    default void convertLead(dev.leadflow.v1.ConvertLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ConvertLeadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConvertLeadMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists existing accounts and contacts that look like the lead: accounts
     * whose normalised name matches the lead's company (case, punctuation and
     * legal suffixes such as "Inc." ignored) or whose website domain matches
     * the lead's website or email domain, and contacts with the lead's email
     * address. What a seller checks before choosing to attach the lead to an
     * existing account rather than create one; ConvertLead never merges on
     * its own. At most 20 of each. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    default void findConversionMatches(dev.leadflow.v1.FindConversionMatchesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.FindConversionMatchesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFindConversionMatchesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns the lead funnel: leads per status and per source, how many were
     * converted, the conversion rate and the median time from creation to
     * conversion. Computed in the database. Errors: INVALID_ARGUMENT for a
     * timestamp outside 0001-01-01..9999-12-31 or with nanos outside
     * 0..999,999,999, or a start after the end.
     * </pre>
     */
    default void getLeadFunnel(dev.leadflow.v1.GetLeadFunnelRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.LeadFunnel> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetLeadFunnelMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service LeadService.
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public static abstract class LeadServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return LeadServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service LeadService.
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public static final class LeadServiceStub
      extends io.grpc.stub.AbstractAsyncStub<LeadServiceStub> {
    private LeadServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LeadServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LeadServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a lead. The status defaults to the configured default status.
     * A lead created without an owner gets one from the first configured
     * assignment rule that matches it (unless `bypass_assignment_rules`), in
     * the same transaction; `Lead.assignment_rule` names that rule.
     * Errors: INVALID_ARGUMENT when a field is missing, too long or not an
     * allowed value, when the status is a converted status, or when
     * `request_id` was used before for a different request; ALREADY_EXISTS
     * (DUPLICATE_FOUND) when `duplicate_policy` is SKIP or REFUSE and the lead
     * matches existing leads or contacts (see FindDuplicates).
     * </pre>
     */
    public void createLead(dev.leadflow.v1.CreateLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateLeadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates up to 1,000 leads in one call, each as CreateLead would
     * (assignment rules, duplicate policy), in request order, so a later lead
     * of the batch can match an earlier one as a duplicate.
     * With `all_or_none` the batch is one transaction: the first lead that
     * fails fails the call with that lead's error, its field named as
     * `leads[i].field`, and nothing is created. Without it, each lead's result
     * says whether it was created, skipped as a duplicate or failed, and the
     * call itself succeeds.
     * Errors: INVALID_ARGUMENT for no leads, more than 1,000, or (with
     * `all_or_none`) an invalid lead; ALREADY_EXISTS (DUPLICATE_FOUND) with
     * `all_or_none` when a lead is refused as a duplicate.
     * </pre>
     */
    public void batchCreateLeads(dev.leadflow.v1.BatchCreateLeadsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.BatchCreateLeadsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getBatchCreateLeadsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Imports a list of any length as a stream of rows, committed in chunks
     * of a few thousand rows as they arrive, so neither side ever holds the
     * whole list. The first message carries the import's `request_id`,
     * source and duplicate policy; every message may carry rows. Invalid rows
     * and refused duplicates are rejected one by one (the reply lists them)
     * and never stop the import.
     * An import is resumable: the server records, in the transaction of each
     * chunk, the last row it has committed. Sent again with the same
     * `request_id` (after a dropped connection, say), rows up to that one are
     * counted as `already_imported` and not created again; the server sends
     * that row number at once in the response header
     * `leadflow-resume-after-row`, so a client can skip ahead.
     * Errors: INVALID_ARGUMENT when the first message has no header, a later
     * one has one, `request_id` is missing or was used for an import with
     * another header (REQUEST_ID_REUSED), or row numbers do not increase.
     * Rows committed before an error stay committed.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<dev.leadflow.v1.ImportLeadsRequest> importLeads(
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ImportLeadsResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncClientStreamingCall(
          getChannel().newCall(getImportLeadsMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Lists existing leads (not converted) and contacts that a candidate lead
     * matches under the duplicate rules, ranked, each with the rules that
     * fired and the fields that matched. Nothing is created: call it before
     * creating a lead, or let CreateLead's `duplicate_policy` do it.
     * Errors: INVALID_ARGUMENT for a candidate without a last name, email,
     * phone or website to match on, or a `max_matches` below zero.
     * </pre>
     */
    public void findDuplicates(dev.leadflow.v1.FindDuplicatesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.FindDuplicatesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindDuplicatesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a lead. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed name.
     * </pre>
     */
    public void getLead(dev.leadflow.v1.GetLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLeadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists leads one page at a time, filtered and ordered.
     * Errors: INVALID_ARGUMENT for a bad `filter` (the message gives the
     * position), `order_by`, `page_size` or `page_token`.
     * </pre>
     */
    public void listLeads(dev.leadflow.v1.ListLeadsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListLeadsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of a lead named in `update_mask`.
     * Errors: NOT_FOUND; ABORTED when `lead.etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted; INVALID_ARGUMENT as for
     * CreateLead, or for an unknown or output-only field in the mask.
     * </pre>
     */
    public void updateLead(dev.leadflow.v1.UpdateLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateLeadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a lead permanently.
     * Errors: NOT_FOUND; ABORTED when `etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted (converted leads are kept
     * as the record of where an account came from).
     * </pre>
     */
    public void deleteLead(dev.leadflow.v1.DeleteLeadRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteLeadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the configured lead statuses, in process order.
     * </pre>
     */
    public void listLeadStatuses(dev.leadflow.v1.ListLeadStatusesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadStatusesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListLeadStatusesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Converts a qualified lead, in one transaction, into an account (new, or
     * an existing one), a contact (new, or an existing one of that account)
     * and, unless asked not to, an opportunity (new, or an existing one of
     * that account), and sets the lead's status to a converted status. Either
     * all of it happens or none of it does.
     * New records take their fields from the lead:
     *  - account: company → display_name, website, phone, industry,
     *    annual_revenue, number_of_employees, address → billing_address,
     *    lead_source → account_source;
     *  - contact: salutation, first_name, last_name, title, email, phone,
     *    mobile_phone, address → mailing_address, lead_source,
     *    has_opted_out_of_email, do_not_call, description;
     *  - opportunity: opportunity_name or company → display_name, lead_source,
     *    opportunity_amount → amount, opportunity_close_date → close_date,
     *    first open stage with its probability and forecast category.
     * `owner` (default: the lead's owner) owns every record created. An
     * existing account or contact only has its empty fields filled from the
     * lead; nothing it holds is overwritten, except the contact's lead source
     * with `overwrite_lead_source`. The reply's `plan` says, per record,
     * whether it was created or linked and which fields the lead filled.
     * A converted lead is frozen. Converting it again is refused with
     * FAILED_PRECONDITION (LEAD_CONVERTED), except a retry with the same
     * `request_id`, which returns the first reply unchanged. Concurrent
     * conversions of one lead convert it exactly once.
     * Errors: NOT_FOUND when the lead does not exist; INVALID_ARGUMENT for
     * contradictory options (both fields named), a status that is not a
     * converted status, a named account, contact or opportunity that does not
     * exist (REFERENCE_NOT_FOUND), a contact or opportunity of another
     * account; FAILED_PRECONDITION for a converted lead or a closed
     * opportunity (OPPORTUNITY_CLOSED).
     * </pre>
     */
    public void convertLead(dev.leadflow.v1.ConvertLeadRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ConvertLeadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConvertLeadMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists existing accounts and contacts that look like the lead: accounts
     * whose normalised name matches the lead's company (case, punctuation and
     * legal suffixes such as "Inc." ignored) or whose website domain matches
     * the lead's website or email domain, and contacts with the lead's email
     * address. What a seller checks before choosing to attach the lead to an
     * existing account rather than create one; ConvertLead never merges on
     * its own. At most 20 of each. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public void findConversionMatches(dev.leadflow.v1.FindConversionMatchesRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.FindConversionMatchesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFindConversionMatchesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns the lead funnel: leads per status and per source, how many were
     * converted, the conversion rate and the median time from creation to
     * conversion. Computed in the database. Errors: INVALID_ARGUMENT for a
     * timestamp outside 0001-01-01..9999-12-31 or with nanos outside
     * 0..999,999,999, or a start after the end.
     * </pre>
     */
    public void getLeadFunnel(dev.leadflow.v1.GetLeadFunnelRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.LeadFunnel> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetLeadFunnelMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service LeadService.
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public static final class LeadServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<LeadServiceBlockingV2Stub> {
    private LeadServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LeadServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LeadServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a lead. The status defaults to the configured default status.
     * A lead created without an owner gets one from the first configured
     * assignment rule that matches it (unless `bypass_assignment_rules`), in
     * the same transaction; `Lead.assignment_rule` names that rule.
     * Errors: INVALID_ARGUMENT when a field is missing, too long or not an
     * allowed value, when the status is a converted status, or when
     * `request_id` was used before for a different request; ALREADY_EXISTS
     * (DUPLICATE_FOUND) when `duplicate_policy` is SKIP or REFUSE and the lead
     * matches existing leads or contacts (see FindDuplicates).
     * </pre>
     */
    public dev.leadflow.v1.Lead createLead(dev.leadflow.v1.CreateLeadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1,000 leads in one call, each as CreateLead would
     * (assignment rules, duplicate policy), in request order, so a later lead
     * of the batch can match an earlier one as a duplicate.
     * With `all_or_none` the batch is one transaction: the first lead that
     * fails fails the call with that lead's error, its field named as
     * `leads[i].field`, and nothing is created. Without it, each lead's result
     * says whether it was created, skipped as a duplicate or failed, and the
     * call itself succeeds.
     * Errors: INVALID_ARGUMENT for no leads, more than 1,000, or (with
     * `all_or_none`) an invalid lead; ALREADY_EXISTS (DUPLICATE_FOUND) with
     * `all_or_none` when a lead is refused as a duplicate.
     * </pre>
     */
    public dev.leadflow.v1.BatchCreateLeadsResponse batchCreateLeads(dev.leadflow.v1.BatchCreateLeadsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getBatchCreateLeadsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Imports a list of any length as a stream of rows, committed in chunks
     * of a few thousand rows as they arrive, so neither side ever holds the
     * whole list. The first message carries the import's `request_id`,
     * source and duplicate policy; every message may carry rows. Invalid rows
     * and refused duplicates are rejected one by one (the reply lists them)
     * and never stop the import.
     * An import is resumable: the server records, in the transaction of each
     * chunk, the last row it has committed. Sent again with the same
     * `request_id` (after a dropped connection, say), rows up to that one are
     * counted as `already_imported` and not created again; the server sends
     * that row number at once in the response header
     * `leadflow-resume-after-row`, so a client can skip ahead.
     * Errors: INVALID_ARGUMENT when the first message has no header, a later
     * one has one, `request_id` is missing or was used for an import with
     * another header (REQUEST_ID_REUSED), or row numbers do not increase.
     * Rows committed before an error stay committed.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<dev.leadflow.v1.ImportLeadsRequest, dev.leadflow.v1.ImportLeadsResponse>
        importLeads() {
      return io.grpc.stub.ClientCalls.blockingClientStreamingCall(
          getChannel(), getImportLeadsMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Lists existing leads (not converted) and contacts that a candidate lead
     * matches under the duplicate rules, ranked, each with the rules that
     * fired and the fields that matched. Nothing is created: call it before
     * creating a lead, or let CreateLead's `duplicate_policy` do it.
     * Errors: INVALID_ARGUMENT for a candidate without a last name, email,
     * phone or website to match on, or a `max_matches` below zero.
     * </pre>
     */
    public dev.leadflow.v1.FindDuplicatesResponse findDuplicates(dev.leadflow.v1.FindDuplicatesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindDuplicatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a lead. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed name.
     * </pre>
     */
    public dev.leadflow.v1.Lead getLead(dev.leadflow.v1.GetLeadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists leads one page at a time, filtered and ordered.
     * Errors: INVALID_ARGUMENT for a bad `filter` (the message gives the
     * position), `order_by`, `page_size` or `page_token`.
     * </pre>
     */
    public dev.leadflow.v1.ListLeadsResponse listLeads(dev.leadflow.v1.ListLeadsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListLeadsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of a lead named in `update_mask`.
     * Errors: NOT_FOUND; ABORTED when `lead.etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted; INVALID_ARGUMENT as for
     * CreateLead, or for an unknown or output-only field in the mask.
     * </pre>
     */
    public dev.leadflow.v1.Lead updateLead(dev.leadflow.v1.UpdateLeadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a lead permanently.
     * Errors: NOT_FOUND; ABORTED when `etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted (converted leads are kept
     * as the record of where an account came from).
     * </pre>
     */
    public com.google.protobuf.Empty deleteLead(dev.leadflow.v1.DeleteLeadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configured lead statuses, in process order.
     * </pre>
     */
    public dev.leadflow.v1.ListLeadStatusesResponse listLeadStatuses(dev.leadflow.v1.ListLeadStatusesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListLeadStatusesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Converts a qualified lead, in one transaction, into an account (new, or
     * an existing one), a contact (new, or an existing one of that account)
     * and, unless asked not to, an opportunity (new, or an existing one of
     * that account), and sets the lead's status to a converted status. Either
     * all of it happens or none of it does.
     * New records take their fields from the lead:
     *  - account: company → display_name, website, phone, industry,
     *    annual_revenue, number_of_employees, address → billing_address,
     *    lead_source → account_source;
     *  - contact: salutation, first_name, last_name, title, email, phone,
     *    mobile_phone, address → mailing_address, lead_source,
     *    has_opted_out_of_email, do_not_call, description;
     *  - opportunity: opportunity_name or company → display_name, lead_source,
     *    opportunity_amount → amount, opportunity_close_date → close_date,
     *    first open stage with its probability and forecast category.
     * `owner` (default: the lead's owner) owns every record created. An
     * existing account or contact only has its empty fields filled from the
     * lead; nothing it holds is overwritten, except the contact's lead source
     * with `overwrite_lead_source`. The reply's `plan` says, per record,
     * whether it was created or linked and which fields the lead filled.
     * A converted lead is frozen. Converting it again is refused with
     * FAILED_PRECONDITION (LEAD_CONVERTED), except a retry with the same
     * `request_id`, which returns the first reply unchanged. Concurrent
     * conversions of one lead convert it exactly once.
     * Errors: NOT_FOUND when the lead does not exist; INVALID_ARGUMENT for
     * contradictory options (both fields named), a status that is not a
     * converted status, a named account, contact or opportunity that does not
     * exist (REFERENCE_NOT_FOUND), a contact or opportunity of another
     * account; FAILED_PRECONDITION for a converted lead or a closed
     * opportunity (OPPORTUNITY_CLOSED).
     * </pre>
     */
    public dev.leadflow.v1.ConvertLeadResponse convertLead(dev.leadflow.v1.ConvertLeadRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getConvertLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists existing accounts and contacts that look like the lead: accounts
     * whose normalised name matches the lead's company (case, punctuation and
     * legal suffixes such as "Inc." ignored) or whose website domain matches
     * the lead's website or email domain, and contacts with the lead's email
     * address. What a seller checks before choosing to attach the lead to an
     * existing account rather than create one; ConvertLead never merges on
     * its own. At most 20 of each. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public dev.leadflow.v1.FindConversionMatchesResponse findConversionMatches(dev.leadflow.v1.FindConversionMatchesRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getFindConversionMatchesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the lead funnel: leads per status and per source, how many were
     * converted, the conversion rate and the median time from creation to
     * conversion. Computed in the database. Errors: INVALID_ARGUMENT for a
     * timestamp outside 0001-01-01..9999-12-31 or with nanos outside
     * 0..999,999,999, or a start after the end.
     * </pre>
     */
    public dev.leadflow.v1.LeadFunnel getLeadFunnel(dev.leadflow.v1.GetLeadFunnelRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetLeadFunnelMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service LeadService.
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public static final class LeadServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<LeadServiceBlockingStub> {
    private LeadServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LeadServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LeadServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a lead. The status defaults to the configured default status.
     * A lead created without an owner gets one from the first configured
     * assignment rule that matches it (unless `bypass_assignment_rules`), in
     * the same transaction; `Lead.assignment_rule` names that rule.
     * Errors: INVALID_ARGUMENT when a field is missing, too long or not an
     * allowed value, when the status is a converted status, or when
     * `request_id` was used before for a different request; ALREADY_EXISTS
     * (DUPLICATE_FOUND) when `duplicate_policy` is SKIP or REFUSE and the lead
     * matches existing leads or contacts (see FindDuplicates).
     * </pre>
     */
    public dev.leadflow.v1.Lead createLead(dev.leadflow.v1.CreateLeadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates up to 1,000 leads in one call, each as CreateLead would
     * (assignment rules, duplicate policy), in request order, so a later lead
     * of the batch can match an earlier one as a duplicate.
     * With `all_or_none` the batch is one transaction: the first lead that
     * fails fails the call with that lead's error, its field named as
     * `leads[i].field`, and nothing is created. Without it, each lead's result
     * says whether it was created, skipped as a duplicate or failed, and the
     * call itself succeeds.
     * Errors: INVALID_ARGUMENT for no leads, more than 1,000, or (with
     * `all_or_none`) an invalid lead; ALREADY_EXISTS (DUPLICATE_FOUND) with
     * `all_or_none` when a lead is refused as a duplicate.
     * </pre>
     */
    public dev.leadflow.v1.BatchCreateLeadsResponse batchCreateLeads(dev.leadflow.v1.BatchCreateLeadsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getBatchCreateLeadsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists existing leads (not converted) and contacts that a candidate lead
     * matches under the duplicate rules, ranked, each with the rules that
     * fired and the fields that matched. Nothing is created: call it before
     * creating a lead, or let CreateLead's `duplicate_policy` do it.
     * Errors: INVALID_ARGUMENT for a candidate without a last name, email,
     * phone or website to match on, or a `max_matches` below zero.
     * </pre>
     */
    public dev.leadflow.v1.FindDuplicatesResponse findDuplicates(dev.leadflow.v1.FindDuplicatesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindDuplicatesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a lead. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed name.
     * </pre>
     */
    public dev.leadflow.v1.Lead getLead(dev.leadflow.v1.GetLeadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists leads one page at a time, filtered and ordered.
     * Errors: INVALID_ARGUMENT for a bad `filter` (the message gives the
     * position), `order_by`, `page_size` or `page_token`.
     * </pre>
     */
    public dev.leadflow.v1.ListLeadsResponse listLeads(dev.leadflow.v1.ListLeadsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListLeadsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of a lead named in `update_mask`.
     * Errors: NOT_FOUND; ABORTED when `lead.etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted; INVALID_ARGUMENT as for
     * CreateLead, or for an unknown or output-only field in the mask.
     * </pre>
     */
    public dev.leadflow.v1.Lead updateLead(dev.leadflow.v1.UpdateLeadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a lead permanently.
     * Errors: NOT_FOUND; ABORTED when `etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted (converted leads are kept
     * as the record of where an account came from).
     * </pre>
     */
    public com.google.protobuf.Empty deleteLead(dev.leadflow.v1.DeleteLeadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the configured lead statuses, in process order.
     * </pre>
     */
    public dev.leadflow.v1.ListLeadStatusesResponse listLeadStatuses(dev.leadflow.v1.ListLeadStatusesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListLeadStatusesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Converts a qualified lead, in one transaction, into an account (new, or
     * an existing one), a contact (new, or an existing one of that account)
     * and, unless asked not to, an opportunity (new, or an existing one of
     * that account), and sets the lead's status to a converted status. Either
     * all of it happens or none of it does.
     * New records take their fields from the lead:
     *  - account: company → display_name, website, phone, industry,
     *    annual_revenue, number_of_employees, address → billing_address,
     *    lead_source → account_source;
     *  - contact: salutation, first_name, last_name, title, email, phone,
     *    mobile_phone, address → mailing_address, lead_source,
     *    has_opted_out_of_email, do_not_call, description;
     *  - opportunity: opportunity_name or company → display_name, lead_source,
     *    opportunity_amount → amount, opportunity_close_date → close_date,
     *    first open stage with its probability and forecast category.
     * `owner` (default: the lead's owner) owns every record created. An
     * existing account or contact only has its empty fields filled from the
     * lead; nothing it holds is overwritten, except the contact's lead source
     * with `overwrite_lead_source`. The reply's `plan` says, per record,
     * whether it was created or linked and which fields the lead filled.
     * A converted lead is frozen. Converting it again is refused with
     * FAILED_PRECONDITION (LEAD_CONVERTED), except a retry with the same
     * `request_id`, which returns the first reply unchanged. Concurrent
     * conversions of one lead convert it exactly once.
     * Errors: NOT_FOUND when the lead does not exist; INVALID_ARGUMENT for
     * contradictory options (both fields named), a status that is not a
     * converted status, a named account, contact or opportunity that does not
     * exist (REFERENCE_NOT_FOUND), a contact or opportunity of another
     * account; FAILED_PRECONDITION for a converted lead or a closed
     * opportunity (OPPORTUNITY_CLOSED).
     * </pre>
     */
    public dev.leadflow.v1.ConvertLeadResponse convertLead(dev.leadflow.v1.ConvertLeadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConvertLeadMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists existing accounts and contacts that look like the lead: accounts
     * whose normalised name matches the lead's company (case, punctuation and
     * legal suffixes such as "Inc." ignored) or whose website domain matches
     * the lead's website or email domain, and contacts with the lead's email
     * address. What a seller checks before choosing to attach the lead to an
     * existing account rather than create one; ConvertLead never merges on
     * its own. At most 20 of each. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public dev.leadflow.v1.FindConversionMatchesResponse findConversionMatches(dev.leadflow.v1.FindConversionMatchesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFindConversionMatchesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns the lead funnel: leads per status and per source, how many were
     * converted, the conversion rate and the median time from creation to
     * conversion. Computed in the database. Errors: INVALID_ARGUMENT for a
     * timestamp outside 0001-01-01..9999-12-31 or with nanos outside
     * 0..999,999,999, or a start after the end.
     * </pre>
     */
    public dev.leadflow.v1.LeadFunnel getLeadFunnel(dev.leadflow.v1.GetLeadFunnelRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetLeadFunnelMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service LeadService.
   * <pre>
   * Captures leads and tracks their qualification.
   * Every error carries a `google.rpc.ErrorInfo` detail whose `reason` is a
   * `leadflow.v1.ErrorReason` name; INVALID_ARGUMENT errors also carry a
   * `google.rpc.BadRequest` naming the offending field(s), FAILED_PRECONDITION
   * errors a `google.rpc.PreconditionFailure`. A refused request changes
   * nothing. Error messages quote at most a short prefix of a bad value.
   * Every method may also answer: INVALID_ARGUMENT (REQUEST_MALFORMED) when
   * the request bytes do not parse as its request message (e.g. invalid
   * UTF-8 in a string field); RESOURCE_EXHAUSTED (SERVER_BUSY) at once when
   * the server is at its limit of calls in flight; RESOURCE_EXHAUSTED
   * (STORAGE_FULL) for a write when the database's disk is full; and
   * UNAVAILABLE (SERVICE_UNAVAILABLE) while the server shuts down.
   * Text fields hold at most the number of characters their comment states,
   * and never control characters (NUL, escape sequences, ...) or Unicode
   * bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069);
   * descriptions and street addresses may hold line breaks and tabs.
   * </pre>
   */
  public static final class LeadServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<LeadServiceFutureStub> {
    private LeadServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected LeadServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new LeadServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a lead. The status defaults to the configured default status.
     * A lead created without an owner gets one from the first configured
     * assignment rule that matches it (unless `bypass_assignment_rules`), in
     * the same transaction; `Lead.assignment_rule` names that rule.
     * Errors: INVALID_ARGUMENT when a field is missing, too long or not an
     * allowed value, when the status is a converted status, or when
     * `request_id` was used before for a different request; ALREADY_EXISTS
     * (DUPLICATE_FOUND) when `duplicate_policy` is SKIP or REFUSE and the lead
     * matches existing leads or contacts (see FindDuplicates).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Lead> createLead(
        dev.leadflow.v1.CreateLeadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateLeadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates up to 1,000 leads in one call, each as CreateLead would
     * (assignment rules, duplicate policy), in request order, so a later lead
     * of the batch can match an earlier one as a duplicate.
     * With `all_or_none` the batch is one transaction: the first lead that
     * fails fails the call with that lead's error, its field named as
     * `leads[i].field`, and nothing is created. Without it, each lead's result
     * says whether it was created, skipped as a duplicate or failed, and the
     * call itself succeeds.
     * Errors: INVALID_ARGUMENT for no leads, more than 1,000, or (with
     * `all_or_none`) an invalid lead; ALREADY_EXISTS (DUPLICATE_FOUND) with
     * `all_or_none` when a lead is refused as a duplicate.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.BatchCreateLeadsResponse> batchCreateLeads(
        dev.leadflow.v1.BatchCreateLeadsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getBatchCreateLeadsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists existing leads (not converted) and contacts that a candidate lead
     * matches under the duplicate rules, ranked, each with the rules that
     * fired and the fields that matched. Nothing is created: call it before
     * creating a lead, or let CreateLead's `duplicate_policy` do it.
     * Errors: INVALID_ARGUMENT for a candidate without a last name, email,
     * phone or website to match on, or a `max_matches` below zero.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.FindDuplicatesResponse> findDuplicates(
        dev.leadflow.v1.FindDuplicatesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindDuplicatesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a lead. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Lead> getLead(
        dev.leadflow.v1.GetLeadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLeadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists leads one page at a time, filtered and ordered.
     * Errors: INVALID_ARGUMENT for a bad `filter` (the message gives the
     * position), `order_by`, `page_size` or `page_token`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListLeadsResponse> listLeads(
        dev.leadflow.v1.ListLeadsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListLeadsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields of a lead named in `update_mask`.
     * Errors: NOT_FOUND; ABORTED when `lead.etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted; INVALID_ARGUMENT as for
     * CreateLead, or for an unknown or output-only field in the mask.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Lead> updateLead(
        dev.leadflow.v1.UpdateLeadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateLeadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a lead permanently.
     * Errors: NOT_FOUND; ABORTED when `etag` is set and stale;
     * FAILED_PRECONDITION when the lead is converted (converted leads are kept
     * as the record of where an account came from).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteLead(
        dev.leadflow.v1.DeleteLeadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteLeadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the configured lead statuses, in process order.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListLeadStatusesResponse> listLeadStatuses(
        dev.leadflow.v1.ListLeadStatusesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListLeadStatusesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Converts a qualified lead, in one transaction, into an account (new, or
     * an existing one), a contact (new, or an existing one of that account)
     * and, unless asked not to, an opportunity (new, or an existing one of
     * that account), and sets the lead's status to a converted status. Either
     * all of it happens or none of it does.
     * New records take their fields from the lead:
     *  - account: company → display_name, website, phone, industry,
     *    annual_revenue, number_of_employees, address → billing_address,
     *    lead_source → account_source;
     *  - contact: salutation, first_name, last_name, title, email, phone,
     *    mobile_phone, address → mailing_address, lead_source,
     *    has_opted_out_of_email, do_not_call, description;
     *  - opportunity: opportunity_name or company → display_name, lead_source,
     *    opportunity_amount → amount, opportunity_close_date → close_date,
     *    first open stage with its probability and forecast category.
     * `owner` (default: the lead's owner) owns every record created. An
     * existing account or contact only has its empty fields filled from the
     * lead; nothing it holds is overwritten, except the contact's lead source
     * with `overwrite_lead_source`. The reply's `plan` says, per record,
     * whether it was created or linked and which fields the lead filled.
     * A converted lead is frozen. Converting it again is refused with
     * FAILED_PRECONDITION (LEAD_CONVERTED), except a retry with the same
     * `request_id`, which returns the first reply unchanged. Concurrent
     * conversions of one lead convert it exactly once.
     * Errors: NOT_FOUND when the lead does not exist; INVALID_ARGUMENT for
     * contradictory options (both fields named), a status that is not a
     * converted status, a named account, contact or opportunity that does not
     * exist (REFERENCE_NOT_FOUND), a contact or opportunity of another
     * account; FAILED_PRECONDITION for a converted lead or a closed
     * opportunity (OPPORTUNITY_CLOSED).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ConvertLeadResponse> convertLead(
        dev.leadflow.v1.ConvertLeadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConvertLeadMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists existing accounts and contacts that look like the lead: accounts
     * whose normalised name matches the lead's company (case, punctuation and
     * legal suffixes such as "Inc." ignored) or whose website domain matches
     * the lead's website or email domain, and contacts with the lead's email
     * address. What a seller checks before choosing to attach the lead to an
     * existing account rather than create one; ConvertLead never merges on
     * its own. At most 20 of each. Errors: NOT_FOUND; INVALID_ARGUMENT for a
     * malformed name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.FindConversionMatchesResponse> findConversionMatches(
        dev.leadflow.v1.FindConversionMatchesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFindConversionMatchesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns the lead funnel: leads per status and per source, how many were
     * converted, the conversion rate and the median time from creation to
     * conversion. Computed in the database. Errors: INVALID_ARGUMENT for a
     * timestamp outside 0001-01-01..9999-12-31 or with nanos outside
     * 0..999,999,999, or a start after the end.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.LeadFunnel> getLeadFunnel(
        dev.leadflow.v1.GetLeadFunnelRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetLeadFunnelMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_LEAD = 0;
  private static final int METHODID_BATCH_CREATE_LEADS = 1;
  private static final int METHODID_FIND_DUPLICATES = 2;
  private static final int METHODID_GET_LEAD = 3;
  private static final int METHODID_LIST_LEADS = 4;
  private static final int METHODID_UPDATE_LEAD = 5;
  private static final int METHODID_DELETE_LEAD = 6;
  private static final int METHODID_LIST_LEAD_STATUSES = 7;
  private static final int METHODID_CONVERT_LEAD = 8;
  private static final int METHODID_FIND_CONVERSION_MATCHES = 9;
  private static final int METHODID_GET_LEAD_FUNNEL = 10;
  private static final int METHODID_IMPORT_LEADS = 11;

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
        case METHODID_CREATE_LEAD:
          serviceImpl.createLead((dev.leadflow.v1.CreateLeadRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead>) responseObserver);
          break;
        case METHODID_BATCH_CREATE_LEADS:
          serviceImpl.batchCreateLeads((dev.leadflow.v1.BatchCreateLeadsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.BatchCreateLeadsResponse>) responseObserver);
          break;
        case METHODID_FIND_DUPLICATES:
          serviceImpl.findDuplicates((dev.leadflow.v1.FindDuplicatesRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.FindDuplicatesResponse>) responseObserver);
          break;
        case METHODID_GET_LEAD:
          serviceImpl.getLead((dev.leadflow.v1.GetLeadRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead>) responseObserver);
          break;
        case METHODID_LIST_LEADS:
          serviceImpl.listLeads((dev.leadflow.v1.ListLeadsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_LEAD:
          serviceImpl.updateLead((dev.leadflow.v1.UpdateLeadRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Lead>) responseObserver);
          break;
        case METHODID_DELETE_LEAD:
          serviceImpl.deleteLead((dev.leadflow.v1.DeleteLeadRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_LIST_LEAD_STATUSES:
          serviceImpl.listLeadStatuses((dev.leadflow.v1.ListLeadStatusesRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListLeadStatusesResponse>) responseObserver);
          break;
        case METHODID_CONVERT_LEAD:
          serviceImpl.convertLead((dev.leadflow.v1.ConvertLeadRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ConvertLeadResponse>) responseObserver);
          break;
        case METHODID_FIND_CONVERSION_MATCHES:
          serviceImpl.findConversionMatches((dev.leadflow.v1.FindConversionMatchesRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.FindConversionMatchesResponse>) responseObserver);
          break;
        case METHODID_GET_LEAD_FUNNEL:
          serviceImpl.getLeadFunnel((dev.leadflow.v1.GetLeadFunnelRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.LeadFunnel>) responseObserver);
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
        case METHODID_IMPORT_LEADS:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.importLeads(
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ImportLeadsResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateLeadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.CreateLeadRequest,
              dev.leadflow.v1.Lead>(
                service, METHODID_CREATE_LEAD)))
        .addMethod(
          getBatchCreateLeadsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.BatchCreateLeadsRequest,
              dev.leadflow.v1.BatchCreateLeadsResponse>(
                service, METHODID_BATCH_CREATE_LEADS)))
        .addMethod(
          getImportLeadsMethod(),
          io.grpc.stub.ServerCalls.asyncClientStreamingCall(
            new MethodHandlers<
              dev.leadflow.v1.ImportLeadsRequest,
              dev.leadflow.v1.ImportLeadsResponse>(
                service, METHODID_IMPORT_LEADS)))
        .addMethod(
          getFindDuplicatesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.FindDuplicatesRequest,
              dev.leadflow.v1.FindDuplicatesResponse>(
                service, METHODID_FIND_DUPLICATES)))
        .addMethod(
          getGetLeadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetLeadRequest,
              dev.leadflow.v1.Lead>(
                service, METHODID_GET_LEAD)))
        .addMethod(
          getListLeadsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListLeadsRequest,
              dev.leadflow.v1.ListLeadsResponse>(
                service, METHODID_LIST_LEADS)))
        .addMethod(
          getUpdateLeadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.UpdateLeadRequest,
              dev.leadflow.v1.Lead>(
                service, METHODID_UPDATE_LEAD)))
        .addMethod(
          getDeleteLeadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.DeleteLeadRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_LEAD)))
        .addMethod(
          getListLeadStatusesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListLeadStatusesRequest,
              dev.leadflow.v1.ListLeadStatusesResponse>(
                service, METHODID_LIST_LEAD_STATUSES)))
        .addMethod(
          getConvertLeadMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ConvertLeadRequest,
              dev.leadflow.v1.ConvertLeadResponse>(
                service, METHODID_CONVERT_LEAD)))
        .addMethod(
          getFindConversionMatchesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.FindConversionMatchesRequest,
              dev.leadflow.v1.FindConversionMatchesResponse>(
                service, METHODID_FIND_CONVERSION_MATCHES)))
        .addMethod(
          getGetLeadFunnelMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetLeadFunnelRequest,
              dev.leadflow.v1.LeadFunnel>(
                service, METHODID_GET_LEAD_FUNNEL)))
        .build();
  }

  private static abstract class LeadServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    LeadServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.leadflow.v1.LeadServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("LeadService");
    }
  }

  private static final class LeadServiceFileDescriptorSupplier
      extends LeadServiceBaseDescriptorSupplier {
    LeadServiceFileDescriptorSupplier() {}
  }

  private static final class LeadServiceMethodDescriptorSupplier
      extends LeadServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    LeadServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (LeadServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new LeadServiceFileDescriptorSupplier())
              .addMethod(getCreateLeadMethod())
              .addMethod(getBatchCreateLeadsMethod())
              .addMethod(getImportLeadsMethod())
              .addMethod(getFindDuplicatesMethod())
              .addMethod(getGetLeadMethod())
              .addMethod(getListLeadsMethod())
              .addMethod(getUpdateLeadMethod())
              .addMethod(getDeleteLeadMethod())
              .addMethod(getListLeadStatusesMethod())
              .addMethod(getConvertLeadMethod())
              .addMethod(getFindConversionMatchesMethod())
              .addMethod(getGetLeadFunnelMethod())
              .build();
        }
      }
    }
    return result;
  }
}
