"""Generated code for the ``leadflow.v1`` protos (see sdk/python/generate.sh).

Messages: ``*_pb2`` (with typed ``*_pb2.pyi``); gRPC stubs and servicers:
``*_pb2_grpc``. Import the modules you need, e.g.
``from leadflow.v1 import lead_service_pb2_grpc``.
"""
