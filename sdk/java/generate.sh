#!/usr/bin/env bash
# Regenerates the committed Java stubs of the Leadflow API from the protos.
#
# Usage: sdk/java/generate.sh [PROTOS_DIR [OUT_DIR]]
#   PROTOS_DIR  the protos root (default: $LEADFLOW_PROTOS, else <repo>/protos)
#   OUT_DIR     Java source root to write to (default: sdk/java/src/main/java)
#
# Only protos/leadflow/v1/*.proto are compiled; everything they import from
# google/api, google/type and google/protobuf comes at run time from the
# com.google.api.grpc:proto-google-common-protos and protobuf-java jars.
# protoc and protoc-gen-grpc-java are taken from Maven Central (through the
# local ~/.m2 cache) at the versions pinned in sdk/java/pom.xml.
# The script owns OUT_DIR/dev/leadflow/v1 and replaces it whole, so running it
# twice gives the same files.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
protos=${1:-${LEADFLOW_PROTOS:-$here/../../protos}}
out=${2:-$here/src/main/java}
protos=$(cd "$protos" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

pom_property() {  # pom_property NAME -> the <NAME> property of sdk/java/pom.xml
  local value
  value=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$here/pom.xml" | head -n1)
  [[ -n $value ]] || { echo "generate.sh: no <$1> in $here/pom.xml" >&2; exit 1; }
  printf '%s\n' "$value"
}
protoc_version=$(pom_property protoc.version)
grpc_version=$(pom_property grpc-codegen.version)
protobuf_version=$(pom_property protobuf.version)

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  *) echo "generate.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch_64 ;;
  *) echo "generate.sh: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
classifier=$os-$arch

m2=${M2_REPO:-$HOME/.m2/repository}
dependency_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

artifact() {  # artifact GROUP ARTIFACT VERSION FILE_SUFFIX [PACKAGING:CLASSIFIER]
  local group=$1 name=$2 version=$3 suffix=$4 coords=${5:+:$5}
  local file="$m2/${group//.//}/$name/$version/$name-$version$suffix"
  if [[ ! -s $file ]]; then
    mvn -B -q "$dependency_plugin:get" -Dtransitive=false \
      -Dartifact="$group:$name:$version$coords" >&2 ||
      { echo "generate.sh: could not fetch $group:$name:$version$coords" >&2; exit 1; }
  fi
  [[ -s $file ]] || { echo "generate.sh: $file missing after download" >&2; exit 1; }
  printf '%s\n' "$file"
}

protoc_exe=$(artifact com.google.protobuf protoc "$protoc_version" "-$classifier.exe" "exe:$classifier")
grpc_exe=$(artifact io.grpc protoc-gen-grpc-java "$grpc_version" "-$classifier.exe" "exe:$classifier")
protobuf_jar=$(artifact com.google.protobuf protobuf-java "$protobuf_version" ".jar")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
install -m 0755 "$protoc_exe" "$work/protoc"
install -m 0755 "$grpc_exe" "$work/protoc-gen-grpc-java"
# google/protobuf/*.proto (timestamp, empty, ...) ship inside protobuf-java.
mkdir -p "$work/wkt" "$work/java"
(cd "$work/wkt" && jar xf "$protobuf_jar" google/protobuf)

mapfile -t sources < <(cd "$protos" && find leadflow/v1 -maxdepth 1 -name '*.proto' | LC_ALL=C sort)
[[ ${#sources[@]} -gt 0 ]] || { echo "generate.sh: no leadflow/v1/*.proto under $protos" >&2; exit 1; }

(cd "$protos" && "$work/protoc" \
  -I "$protos" -I "$work/wkt" \
  --plugin=protoc-gen-grpc-java="$work/protoc-gen-grpc-java" \
  --java_out="$work/java" \
  --grpc-java_out="$work/java" \
  "${sources[@]}")

# Every file must land in the package this script owns.
stray=$(cd "$work/java" && find . -type f ! -path './dev/leadflow/v1/*')
[[ -z $stray ]] || { echo "generate.sh: unexpected output outside dev/leadflow/v1:" >&2; echo "$stray" >&2; exit 1; }

rm -rf "$out/dev/leadflow/v1"
mkdir -p "$out/dev/leadflow"
cp -R "$work/java/dev/leadflow/v1" "$out/dev/leadflow/v1"
echo "generate.sh: wrote $(find "$out/dev/leadflow/v1" -type f | wc -l) files to $out/dev/leadflow/v1 (protoc $protoc_version, protoc-gen-grpc-java $grpc_version)" >&2
