#include "support/raw_call.h"

#include <grpcpp/generic/generic_stub.h>

#include <future>

#include "absl/strings/str_cat.h"
#include "support/test_server.h"

namespace leadflow::testing {

std::vector<const google::protobuf::MethodDescriptor*> AllLeadflowMethods() {
  std::vector<std::string> files;
  google::protobuf::DescriptorPool::internal_generated_database()->FindAllFileNames(&files);
  std::vector<const google::protobuf::MethodDescriptor*> methods;
  for (const std::string& name : files) {
    const google::protobuf::FileDescriptor* file =
        google::protobuf::DescriptorPool::generated_pool()->FindFileByName(name);
    if (file == nullptr || file->package() != "leadflow.v1") continue;
    for (int s = 0; s < file->service_count(); ++s) {
      for (int m = 0; m < file->service(s)->method_count(); ++m) {
        methods.push_back(file->service(s)->method(m));
      }
    }
  }
  return methods;
}

std::string MethodPath(const google::protobuf::MethodDescriptor& method) {
  return absl::StrCat("/", method.service()->full_name(), "/", method.name());
}

grpc::Status CallRaw(const std::string& address, const google::protobuf::MethodDescriptor& method,
                     const std::string& request, std::string* response,
                     const std::vector<std::pair<std::string, std::string>>& metadata) {
  grpc::ChannelArguments arguments;
  arguments.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  grpc::GenericStub stub(
      grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), arguments));
  grpc::Slice slice(request);
  grpc::ByteBuffer request_buffer(&slice, 1);
  grpc::ByteBuffer response_buffer;
  std::unique_ptr<grpc::ClientContext> context = Context();
  for (const auto& [key, value] : metadata) context->AddMetadata(key, value);
  std::promise<grpc::Status> done;
  stub.UnaryCall(context.get(), MethodPath(method), grpc::StubOptions(), &request_buffer,
                 &response_buffer,
                 [&done](grpc::Status status) { done.set_value(std::move(status)); });
  grpc::Status status = done.get_future().get();
  if (response != nullptr) {
    response->clear();
    if (status.ok()) {
      std::vector<grpc::Slice> slices;
      (void)response_buffer.Dump(&slices);
      for (const grpc::Slice& s : slices) {
        response->append(reinterpret_cast<const char*>(s.begin()), s.size());
      }
    }
  }
  return status;
}

}  // namespace leadflow::testing
