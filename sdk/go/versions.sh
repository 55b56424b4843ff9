# Pinned code-generation tools of the Go SDK, sourced by ci/install_go.sh,
# generate.sh and check_generated.sh. The generated files name these
# versions in their headers, so changing one means regenerating.
# protoc-gen-go comes from google.golang.org/protobuf: keep it equal to that
# module's version in go.mod, so the stubs match their runtime.
LEADFLOW_PROTOC_VERSION=3.21.12            # Debian 12's /usr/bin/protoc
LEADFLOW_PROTOC_GEN_GO_VERSION=v1.36.12    # google.golang.org/protobuf/cmd/protoc-gen-go
LEADFLOW_PROTOC_GEN_GO_GRPC_VERSION=v1.6.2 # google.golang.org/grpc/cmd/protoc-gen-go-grpc
# Where ci/install_go.sh puts the plugins: outside the repo, kept between runs.
LEADFLOW_GO_BIN=${LEADFLOW_GO_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/leadflow/go-bin}
