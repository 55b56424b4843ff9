#ifndef LEADFLOW_BENCH_COMMON_CHANNELS_H_
#define LEADFLOW_BENCH_COMMON_CHANNELS_H_

#include <memory>
#include <string>

#include <grpcpp/grpcpp.h>

namespace leadflow::bench {

// An insecure channel to `address` with a connection of its own: gRPC
// shares one connection (and so its limit on concurrent streams) between
// channels with equal arguments, so each `index` gets a distinct one.
std::shared_ptr<grpc::Channel> NewChannel(const std::string& address, int index);

}  // namespace leadflow::bench

#endif  // LEADFLOW_BENCH_COMMON_CHANNELS_H_
