package dev.leadflow.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Accounts (companies) and their contacts (people). Errors follow the same
 * conventions as LeadService (including the errors every method may answer
 * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
 * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
 * FAILED_PRECONDITION; a refused request changes nothing.
 * </pre>
 */
@io.grpc.stub.annotations.GrpcGenerated
public final class AccountServiceGrpc {

  private AccountServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "leadflow.v1.AccountService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.CreateAccountRequest,
      dev.leadflow.v1.Account> getCreateAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateAccount",
      requestType = dev.leadflow.v1.CreateAccountRequest.class,
      responseType = dev.leadflow.v1.Account.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.CreateAccountRequest,
      dev.leadflow.v1.Account> getCreateAccountMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.CreateAccountRequest, dev.leadflow.v1.Account> getCreateAccountMethod;
    if ((getCreateAccountMethod = AccountServiceGrpc.getCreateAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getCreateAccountMethod = AccountServiceGrpc.getCreateAccountMethod) == null) {
          AccountServiceGrpc.getCreateAccountMethod = getCreateAccountMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.CreateAccountRequest, dev.leadflow.v1.Account>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.CreateAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Account.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("CreateAccount"))
              .build();
        }
      }
    }
    return getCreateAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetAccountRequest,
      dev.leadflow.v1.Account> getGetAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAccount",
      requestType = dev.leadflow.v1.GetAccountRequest.class,
      responseType = dev.leadflow.v1.Account.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetAccountRequest,
      dev.leadflow.v1.Account> getGetAccountMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetAccountRequest, dev.leadflow.v1.Account> getGetAccountMethod;
    if ((getGetAccountMethod = AccountServiceGrpc.getGetAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getGetAccountMethod = AccountServiceGrpc.getGetAccountMethod) == null) {
          AccountServiceGrpc.getGetAccountMethod = getGetAccountMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetAccountRequest, dev.leadflow.v1.Account>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Account.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("GetAccount"))
              .build();
        }
      }
    }
    return getGetAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListAccountsRequest,
      dev.leadflow.v1.ListAccountsResponse> getListAccountsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAccounts",
      requestType = dev.leadflow.v1.ListAccountsRequest.class,
      responseType = dev.leadflow.v1.ListAccountsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListAccountsRequest,
      dev.leadflow.v1.ListAccountsResponse> getListAccountsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListAccountsRequest, dev.leadflow.v1.ListAccountsResponse> getListAccountsMethod;
    if ((getListAccountsMethod = AccountServiceGrpc.getListAccountsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getListAccountsMethod = AccountServiceGrpc.getListAccountsMethod) == null) {
          AccountServiceGrpc.getListAccountsMethod = getListAccountsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListAccountsRequest, dev.leadflow.v1.ListAccountsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAccounts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListAccountsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListAccountsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("ListAccounts"))
              .build();
        }
      }
    }
    return getListAccountsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateAccountRequest,
      dev.leadflow.v1.Account> getUpdateAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateAccount",
      requestType = dev.leadflow.v1.UpdateAccountRequest.class,
      responseType = dev.leadflow.v1.Account.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateAccountRequest,
      dev.leadflow.v1.Account> getUpdateAccountMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateAccountRequest, dev.leadflow.v1.Account> getUpdateAccountMethod;
    if ((getUpdateAccountMethod = AccountServiceGrpc.getUpdateAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getUpdateAccountMethod = AccountServiceGrpc.getUpdateAccountMethod) == null) {
          AccountServiceGrpc.getUpdateAccountMethod = getUpdateAccountMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.UpdateAccountRequest, dev.leadflow.v1.Account>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.UpdateAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Account.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("UpdateAccount"))
              .build();
        }
      }
    }
    return getUpdateAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteAccountRequest,
      com.google.protobuf.Empty> getDeleteAccountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteAccount",
      requestType = dev.leadflow.v1.DeleteAccountRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteAccountRequest,
      com.google.protobuf.Empty> getDeleteAccountMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteAccountRequest, com.google.protobuf.Empty> getDeleteAccountMethod;
    if ((getDeleteAccountMethod = AccountServiceGrpc.getDeleteAccountMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getDeleteAccountMethod = AccountServiceGrpc.getDeleteAccountMethod) == null) {
          AccountServiceGrpc.getDeleteAccountMethod = getDeleteAccountMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.DeleteAccountRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteAccount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.DeleteAccountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("DeleteAccount"))
              .build();
        }
      }
    }
    return getDeleteAccountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.CreateContactRequest,
      dev.leadflow.v1.Contact> getCreateContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateContact",
      requestType = dev.leadflow.v1.CreateContactRequest.class,
      responseType = dev.leadflow.v1.Contact.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.CreateContactRequest,
      dev.leadflow.v1.Contact> getCreateContactMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.CreateContactRequest, dev.leadflow.v1.Contact> getCreateContactMethod;
    if ((getCreateContactMethod = AccountServiceGrpc.getCreateContactMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getCreateContactMethod = AccountServiceGrpc.getCreateContactMethod) == null) {
          AccountServiceGrpc.getCreateContactMethod = getCreateContactMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.CreateContactRequest, dev.leadflow.v1.Contact>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.CreateContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Contact.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("CreateContact"))
              .build();
        }
      }
    }
    return getCreateContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.GetContactRequest,
      dev.leadflow.v1.Contact> getGetContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetContact",
      requestType = dev.leadflow.v1.GetContactRequest.class,
      responseType = dev.leadflow.v1.Contact.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.GetContactRequest,
      dev.leadflow.v1.Contact> getGetContactMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.GetContactRequest, dev.leadflow.v1.Contact> getGetContactMethod;
    if ((getGetContactMethod = AccountServiceGrpc.getGetContactMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getGetContactMethod = AccountServiceGrpc.getGetContactMethod) == null) {
          AccountServiceGrpc.getGetContactMethod = getGetContactMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.GetContactRequest, dev.leadflow.v1.Contact>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.GetContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Contact.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("GetContact"))
              .build();
        }
      }
    }
    return getGetContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.ListContactsRequest,
      dev.leadflow.v1.ListContactsResponse> getListContactsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListContacts",
      requestType = dev.leadflow.v1.ListContactsRequest.class,
      responseType = dev.leadflow.v1.ListContactsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.ListContactsRequest,
      dev.leadflow.v1.ListContactsResponse> getListContactsMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.ListContactsRequest, dev.leadflow.v1.ListContactsResponse> getListContactsMethod;
    if ((getListContactsMethod = AccountServiceGrpc.getListContactsMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getListContactsMethod = AccountServiceGrpc.getListContactsMethod) == null) {
          AccountServiceGrpc.getListContactsMethod = getListContactsMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.ListContactsRequest, dev.leadflow.v1.ListContactsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListContacts"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListContactsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.ListContactsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("ListContacts"))
              .build();
        }
      }
    }
    return getListContactsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateContactRequest,
      dev.leadflow.v1.Contact> getUpdateContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateContact",
      requestType = dev.leadflow.v1.UpdateContactRequest.class,
      responseType = dev.leadflow.v1.Contact.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateContactRequest,
      dev.leadflow.v1.Contact> getUpdateContactMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.UpdateContactRequest, dev.leadflow.v1.Contact> getUpdateContactMethod;
    if ((getUpdateContactMethod = AccountServiceGrpc.getUpdateContactMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getUpdateContactMethod = AccountServiceGrpc.getUpdateContactMethod) == null) {
          AccountServiceGrpc.getUpdateContactMethod = getUpdateContactMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.UpdateContactRequest, dev.leadflow.v1.Contact>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.UpdateContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.Contact.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("UpdateContact"))
              .build();
        }
      }
    }
    return getUpdateContactMethod;
  }

  private static volatile io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteContactRequest,
      com.google.protobuf.Empty> getDeleteContactMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteContact",
      requestType = dev.leadflow.v1.DeleteContactRequest.class,
      responseType = com.google.protobuf.Empty.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteContactRequest,
      com.google.protobuf.Empty> getDeleteContactMethod() {
    io.grpc.MethodDescriptor<dev.leadflow.v1.DeleteContactRequest, com.google.protobuf.Empty> getDeleteContactMethod;
    if ((getDeleteContactMethod = AccountServiceGrpc.getDeleteContactMethod) == null) {
      synchronized (AccountServiceGrpc.class) {
        if ((getDeleteContactMethod = AccountServiceGrpc.getDeleteContactMethod) == null) {
          AccountServiceGrpc.getDeleteContactMethod = getDeleteContactMethod =
              io.grpc.MethodDescriptor.<dev.leadflow.v1.DeleteContactRequest, com.google.protobuf.Empty>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteContact"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  dev.leadflow.v1.DeleteContactRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.google.protobuf.Empty.getDefaultInstance()))
              .setSchemaDescriptor(new AccountServiceMethodDescriptorSupplier("DeleteContact"))
              .build();
        }
      }
    }
    return getDeleteContactMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AccountServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceStub>() {
        @java.lang.Override
        public AccountServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceStub(channel, callOptions);
        }
      };
    return AccountServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static AccountServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingV2Stub>() {
        @java.lang.Override
        public AccountServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return AccountServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AccountServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceBlockingStub>() {
        @java.lang.Override
        public AccountServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceBlockingStub(channel, callOptions);
        }
      };
    return AccountServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AccountServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AccountServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AccountServiceFutureStub>() {
        @java.lang.Override
        public AccountServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AccountServiceFutureStub(channel, callOptions);
        }
      };
    return AccountServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * Creates an account. Errors: INVALID_ARGUMENT for a missing display
     * name, a value too long or not configured, or a reused `request_id`.
     * </pre>
     */
    default void createAccount(dev.leadflow.v1.CreateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns an account. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    default void getAccount(dev.leadflow.v1.GetAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists accounts one page at a time. Errors: INVALID_ARGUMENT for a bad
     * filter, order_by, page_size or page_token.
     * </pre>
     */
    default void listAccounts(dev.leadflow.v1.ListAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListAccountsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAccountsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of an account named in `update_mask`. Errors:
     * NOT_FOUND; ABORTED for a stale etag; INVALID_ARGUMENT as for Create.
     * </pre>
     */
    default void updateAccount(dev.leadflow.v1.UpdateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes an account. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
     * converted leads refer to it — the PreconditionFailure names them.
     * </pre>
     */
    default void deleteAccount(dev.leadflow.v1.DeleteAccountRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteAccountMethod(), responseObserver);
    }

    /**
     * <pre>
     * Creates a contact at an existing account. Errors: INVALID_ARGUMENT as
     * for CreateAccount, or when `contact.account` does not exist.
     * </pre>
     */
    default void createContact(dev.leadflow.v1.CreateContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns a contact. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    default void getContact(dev.leadflow.v1.GetContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists contacts one page at a time; filter by `account` for the contacts
     * of one account.
     * </pre>
     */
    default void listContacts(dev.leadflow.v1.ListContactsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListContactsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListContactsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of a contact named in `update_mask`; moving it to
     * another account is allowed. Errors as for UpdateAccount, or
     * INVALID_ARGUMENT when the new account does not exist, or
     * FAILED_PRECONDITION (CONTACT_IN_USE, naming them) while opportunities
     * name the contact as their contact: they belong to its old account, so
     * change their contact first.
     * </pre>
     */
    default void updateContact(dev.leadflow.v1.UpdateContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateContactMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a contact. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
     * leads refer to it.
     * </pre>
     */
    default void deleteContact(dev.leadflow.v1.DeleteContactRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteContactMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service AccountService.
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public static abstract class AccountServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return AccountServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service AccountService.
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public static final class AccountServiceStub
      extends io.grpc.stub.AbstractAsyncStub<AccountServiceStub> {
    private AccountServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account. Errors: INVALID_ARGUMENT for a missing display
     * name, a value too long or not configured, or a reused `request_id`.
     * </pre>
     */
    public void createAccount(dev.leadflow.v1.CreateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns an account. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public void getAccount(dev.leadflow.v1.GetAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists accounts one page at a time. Errors: INVALID_ARGUMENT for a bad
     * filter, order_by, page_size or page_token.
     * </pre>
     */
    public void listAccounts(dev.leadflow.v1.ListAccountsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListAccountsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAccountsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of an account named in `update_mask`. Errors:
     * NOT_FOUND; ABORTED for a stale etag; INVALID_ARGUMENT as for Create.
     * </pre>
     */
    public void updateAccount(dev.leadflow.v1.UpdateAccountRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Account> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes an account. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
     * converted leads refer to it — the PreconditionFailure names them.
     * </pre>
     */
    public void deleteAccount(dev.leadflow.v1.DeleteAccountRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteAccountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Creates a contact at an existing account. Errors: INVALID_ARGUMENT as
     * for CreateAccount, or when `contact.account` does not exist.
     * </pre>
     */
    public void createContact(dev.leadflow.v1.CreateContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns a contact. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public void getContact(dev.leadflow.v1.GetContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists contacts one page at a time; filter by `account` for the contacts
     * of one account.
     * </pre>
     */
    public void listContacts(dev.leadflow.v1.ListContactsRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.ListContactsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListContactsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields of a contact named in `update_mask`; moving it to
     * another account is allowed. Errors as for UpdateAccount, or
     * INVALID_ARGUMENT when the new account does not exist, or
     * FAILED_PRECONDITION (CONTACT_IN_USE, naming them) while opportunities
     * name the contact as their contact: they belong to its old account, so
     * change their contact first.
     * </pre>
     */
    public void updateContact(dev.leadflow.v1.UpdateContactRequest request,
        io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateContactMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a contact. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
     * leads refer to it.
     * </pre>
     */
    public void deleteContact(dev.leadflow.v1.DeleteContactRequest request,
        io.grpc.stub.StreamObserver<com.google.protobuf.Empty> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteContactMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service AccountService.
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public static final class AccountServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<AccountServiceBlockingV2Stub> {
    private AccountServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account. Errors: INVALID_ARGUMENT for a missing display
     * name, a value too long or not configured, or a reused `request_id`.
     * </pre>
     */
    public dev.leadflow.v1.Account createAccount(dev.leadflow.v1.CreateAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an account. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public dev.leadflow.v1.Account getAccount(dev.leadflow.v1.GetAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists accounts one page at a time. Errors: INVALID_ARGUMENT for a bad
     * filter, order_by, page_size or page_token.
     * </pre>
     */
    public dev.leadflow.v1.ListAccountsResponse listAccounts(dev.leadflow.v1.ListAccountsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of an account named in `update_mask`. Errors:
     * NOT_FOUND; ABORTED for a stale etag; INVALID_ARGUMENT as for Create.
     * </pre>
     */
    public dev.leadflow.v1.Account updateAccount(dev.leadflow.v1.UpdateAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an account. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
     * converted leads refer to it — the PreconditionFailure names them.
     * </pre>
     */
    public com.google.protobuf.Empty deleteAccount(dev.leadflow.v1.DeleteAccountRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a contact at an existing account. Errors: INVALID_ARGUMENT as
     * for CreateAccount, or when `contact.account` does not exist.
     * </pre>
     */
    public dev.leadflow.v1.Contact createContact(dev.leadflow.v1.CreateContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getCreateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a contact. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public dev.leadflow.v1.Contact getContact(dev.leadflow.v1.GetContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getGetContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists contacts one page at a time; filter by `account` for the contacts
     * of one account.
     * </pre>
     */
    public dev.leadflow.v1.ListContactsResponse listContacts(dev.leadflow.v1.ListContactsRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getListContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of a contact named in `update_mask`; moving it to
     * another account is allowed. Errors as for UpdateAccount, or
     * INVALID_ARGUMENT when the new account does not exist, or
     * FAILED_PRECONDITION (CONTACT_IN_USE, naming them) while opportunities
     * name the contact as their contact: they belong to its old account, so
     * change their contact first.
     * </pre>
     */
    public dev.leadflow.v1.Contact updateContact(dev.leadflow.v1.UpdateContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getUpdateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a contact. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
     * leads refer to it.
     * </pre>
     */
    public com.google.protobuf.Empty deleteContact(dev.leadflow.v1.DeleteContactRequest request) throws io.grpc.StatusException {
      return io.grpc.stub.ClientCalls.blockingV2UnaryCall(
          getChannel(), getDeleteContactMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service AccountService.
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public static final class AccountServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<AccountServiceBlockingStub> {
    private AccountServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account. Errors: INVALID_ARGUMENT for a missing display
     * name, a value too long or not configured, or a reused `request_id`.
     * </pre>
     */
    public dev.leadflow.v1.Account createAccount(dev.leadflow.v1.CreateAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an account. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public dev.leadflow.v1.Account getAccount(dev.leadflow.v1.GetAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists accounts one page at a time. Errors: INVALID_ARGUMENT for a bad
     * filter, order_by, page_size or page_token.
     * </pre>
     */
    public dev.leadflow.v1.ListAccountsResponse listAccounts(dev.leadflow.v1.ListAccountsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAccountsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of an account named in `update_mask`. Errors:
     * NOT_FOUND; ABORTED for a stale etag; INVALID_ARGUMENT as for Create.
     * </pre>
     */
    public dev.leadflow.v1.Account updateAccount(dev.leadflow.v1.UpdateAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes an account. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
     * converted leads refer to it — the PreconditionFailure names them.
     * </pre>
     */
    public com.google.protobuf.Empty deleteAccount(dev.leadflow.v1.DeleteAccountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteAccountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Creates a contact at an existing account. Errors: INVALID_ARGUMENT as
     * for CreateAccount, or when `contact.account` does not exist.
     * </pre>
     */
    public dev.leadflow.v1.Contact createContact(dev.leadflow.v1.CreateContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns a contact. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public dev.leadflow.v1.Contact getContact(dev.leadflow.v1.GetContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists contacts one page at a time; filter by `account` for the contacts
     * of one account.
     * </pre>
     */
    public dev.leadflow.v1.ListContactsResponse listContacts(dev.leadflow.v1.ListContactsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListContactsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields of a contact named in `update_mask`; moving it to
     * another account is allowed. Errors as for UpdateAccount, or
     * INVALID_ARGUMENT when the new account does not exist, or
     * FAILED_PRECONDITION (CONTACT_IN_USE, naming them) while opportunities
     * name the contact as their contact: they belong to its old account, so
     * change their contact first.
     * </pre>
     */
    public dev.leadflow.v1.Contact updateContact(dev.leadflow.v1.UpdateContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateContactMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a contact. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
     * leads refer to it.
     * </pre>
     */
    public com.google.protobuf.Empty deleteContact(dev.leadflow.v1.DeleteContactRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteContactMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service AccountService.
   * <pre>
   * Accounts (companies) and their contacts (people). Errors follow the same
   * conventions as LeadService (including the errors every method may answer
   * and the rules for text): ErrorInfo with a leadflow.v1.ErrorReason,
   * BadRequest for INVALID_ARGUMENT, PreconditionFailure for
   * FAILED_PRECONDITION; a refused request changes nothing.
   * </pre>
   */
  public static final class AccountServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<AccountServiceFutureStub> {
    private AccountServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AccountServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AccountServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates an account. Errors: INVALID_ARGUMENT for a missing display
     * name, a value too long or not configured, or a reused `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Account> createAccount(
        dev.leadflow.v1.CreateAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns an account. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Account> getAccount(
        dev.leadflow.v1.GetAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists accounts one page at a time. Errors: INVALID_ARGUMENT for a bad
     * filter, order_by, page_size or page_token.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListAccountsResponse> listAccounts(
        dev.leadflow.v1.ListAccountsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAccountsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields of an account named in `update_mask`. Errors:
     * NOT_FOUND; ABORTED for a stale etag; INVALID_ARGUMENT as for Create.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Account> updateAccount(
        dev.leadflow.v1.UpdateAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes an account. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (ACCOUNT_IN_USE) while contacts, opportunities or
     * converted leads refer to it — the PreconditionFailure names them.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteAccount(
        dev.leadflow.v1.DeleteAccountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteAccountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Creates a contact at an existing account. Errors: INVALID_ARGUMENT as
     * for CreateAccount, or when `contact.account` does not exist.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Contact> createContact(
        dev.leadflow.v1.CreateContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns a contact. Errors: NOT_FOUND; INVALID_ARGUMENT for a malformed
     * name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Contact> getContact(
        dev.leadflow.v1.GetContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists contacts one page at a time; filter by `account` for the contacts
     * of one account.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.ListContactsResponse> listContacts(
        dev.leadflow.v1.ListContactsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListContactsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields of a contact named in `update_mask`; moving it to
     * another account is allowed. Errors as for UpdateAccount, or
     * INVALID_ARGUMENT when the new account does not exist, or
     * FAILED_PRECONDITION (CONTACT_IN_USE, naming them) while opportunities
     * name the contact as their contact: they belong to its old account, so
     * change their contact first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<dev.leadflow.v1.Contact> updateContact(
        dev.leadflow.v1.UpdateContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateContactMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a contact. Errors: NOT_FOUND; ABORTED for a stale etag;
     * FAILED_PRECONDITION (CONTACT_IN_USE) while opportunities or converted
     * leads refer to it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.google.protobuf.Empty> deleteContact(
        dev.leadflow.v1.DeleteContactRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteContactMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_ACCOUNT = 0;
  private static final int METHODID_GET_ACCOUNT = 1;
  private static final int METHODID_LIST_ACCOUNTS = 2;
  private static final int METHODID_UPDATE_ACCOUNT = 3;
  private static final int METHODID_DELETE_ACCOUNT = 4;
  private static final int METHODID_CREATE_CONTACT = 5;
  private static final int METHODID_GET_CONTACT = 6;
  private static final int METHODID_LIST_CONTACTS = 7;
  private static final int METHODID_UPDATE_CONTACT = 8;
  private static final int METHODID_DELETE_CONTACT = 9;

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
        case METHODID_CREATE_ACCOUNT:
          serviceImpl.createAccount((dev.leadflow.v1.CreateAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Account>) responseObserver);
          break;
        case METHODID_GET_ACCOUNT:
          serviceImpl.getAccount((dev.leadflow.v1.GetAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Account>) responseObserver);
          break;
        case METHODID_LIST_ACCOUNTS:
          serviceImpl.listAccounts((dev.leadflow.v1.ListAccountsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListAccountsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_ACCOUNT:
          serviceImpl.updateAccount((dev.leadflow.v1.UpdateAccountRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Account>) responseObserver);
          break;
        case METHODID_DELETE_ACCOUNT:
          serviceImpl.deleteAccount((dev.leadflow.v1.DeleteAccountRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
          break;
        case METHODID_CREATE_CONTACT:
          serviceImpl.createContact((dev.leadflow.v1.CreateContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact>) responseObserver);
          break;
        case METHODID_GET_CONTACT:
          serviceImpl.getContact((dev.leadflow.v1.GetContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact>) responseObserver);
          break;
        case METHODID_LIST_CONTACTS:
          serviceImpl.listContacts((dev.leadflow.v1.ListContactsRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.ListContactsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CONTACT:
          serviceImpl.updateContact((dev.leadflow.v1.UpdateContactRequest) request,
              (io.grpc.stub.StreamObserver<dev.leadflow.v1.Contact>) responseObserver);
          break;
        case METHODID_DELETE_CONTACT:
          serviceImpl.deleteContact((dev.leadflow.v1.DeleteContactRequest) request,
              (io.grpc.stub.StreamObserver<com.google.protobuf.Empty>) responseObserver);
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
          getCreateAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.CreateAccountRequest,
              dev.leadflow.v1.Account>(
                service, METHODID_CREATE_ACCOUNT)))
        .addMethod(
          getGetAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetAccountRequest,
              dev.leadflow.v1.Account>(
                service, METHODID_GET_ACCOUNT)))
        .addMethod(
          getListAccountsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListAccountsRequest,
              dev.leadflow.v1.ListAccountsResponse>(
                service, METHODID_LIST_ACCOUNTS)))
        .addMethod(
          getUpdateAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.UpdateAccountRequest,
              dev.leadflow.v1.Account>(
                service, METHODID_UPDATE_ACCOUNT)))
        .addMethod(
          getDeleteAccountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.DeleteAccountRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_ACCOUNT)))
        .addMethod(
          getCreateContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.CreateContactRequest,
              dev.leadflow.v1.Contact>(
                service, METHODID_CREATE_CONTACT)))
        .addMethod(
          getGetContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.GetContactRequest,
              dev.leadflow.v1.Contact>(
                service, METHODID_GET_CONTACT)))
        .addMethod(
          getListContactsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.ListContactsRequest,
              dev.leadflow.v1.ListContactsResponse>(
                service, METHODID_LIST_CONTACTS)))
        .addMethod(
          getUpdateContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.UpdateContactRequest,
              dev.leadflow.v1.Contact>(
                service, METHODID_UPDATE_CONTACT)))
        .addMethod(
          getDeleteContactMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              dev.leadflow.v1.DeleteContactRequest,
              com.google.protobuf.Empty>(
                service, METHODID_DELETE_CONTACT)))
        .build();
  }

  private static abstract class AccountServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AccountServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return dev.leadflow.v1.AccountServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AccountService");
    }
  }

  private static final class AccountServiceFileDescriptorSupplier
      extends AccountServiceBaseDescriptorSupplier {
    AccountServiceFileDescriptorSupplier() {}
  }

  private static final class AccountServiceMethodDescriptorSupplier
      extends AccountServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    AccountServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (AccountServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AccountServiceFileDescriptorSupplier())
              .addMethod(getCreateAccountMethod())
              .addMethod(getGetAccountMethod())
              .addMethod(getListAccountsMethod())
              .addMethod(getUpdateAccountMethod())
              .addMethod(getDeleteAccountMethod())
              .addMethod(getCreateContactMethod())
              .addMethod(getGetContactMethod())
              .addMethod(getListContactsMethod())
              .addMethod(getUpdateContactMethod())
              .addMethod(getDeleteContactMethod())
              .build();
        }
      }
    }
    return result;
  }
}
