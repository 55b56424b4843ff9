"""Generated code for the ``leadflow.v1`` protos (see sdk/python/generate.sh).

Messages: ``*_pb2``; gRPC stubs and servicers: ``*_pb2_grpc``; both typed by
``.pyi`` stubs from mypy-protobuf. Import the modules you need, e.g.
``from leadflow.v1 import lead_service_pb2_grpc``.
"""
