"""leadflow.channel: the token reaches the server on every kind of call.

Run from an environment with the package installed:
    python -m unittest discover -s sdk/python/tests
(tests/e2e/python_example_test.sh does; its TLS run covers the TLS branch.)
"""

import unittest
from concurrent import futures

import grpc

import leadflow

_SERVICE = "test.Echo"


def _authorization(context: grpc.ServicerContext) -> str:
    return dict(context.invocation_metadata()).get("authorization", "")


class ChannelTest(unittest.TestCase):
    def setUp(self) -> None:
        # Echoes back the authorization header the call arrived with.
        handlers = {
            "Unary": grpc.unary_unary_rpc_method_handler(
                lambda request, context: _authorization(context).encode()
            ),
            "Stream": grpc.unary_stream_rpc_method_handler(
                lambda request, context: iter([_authorization(context).encode()] * 2)
            ),
        }
        self.server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
        self.server.add_generic_rpc_handlers(
            (grpc.method_handlers_generic_handler(_SERVICE, handlers),)
        )
        port = self.server.add_insecure_port("127.0.0.1:0")
        self.server.start()
        self.target = f"127.0.0.1:{port}"

    def tearDown(self) -> None:
        self.server.stop(None)

    def call(self, channel: grpc.Channel, **kwargs) -> tuple[bytes, list[bytes]]:
        unary = channel.unary_unary(f"/{_SERVICE}/Unary")(b"", timeout=5, **kwargs)
        stream = list(channel.unary_stream(f"/{_SERVICE}/Stream")(b"", timeout=5, **kwargs))
        return unary, stream

    def test_token_sent_on_every_call(self) -> None:
        with leadflow.channel(self.target, token="s3cret") as channel:
            self.assertEqual(self.call(channel), (b"Bearer s3cret", [b"Bearer s3cret"] * 2))

    def test_no_token_no_header(self) -> None:
        with leadflow.channel(self.target) as channel:
            self.assertEqual(self.call(channel), (b"", [b"", b""]))

    def test_a_calls_own_header_wins(self) -> None:
        with leadflow.channel(self.target, token="s3cret") as channel:
            unary, _ = self.call(channel, metadata=[("authorization", "Bearer other")])
            self.assertEqual(unary, b"Bearer other")

    def test_tls_true_uses_tls(self) -> None:
        # The plaintext server cannot complete a TLS handshake: the call
        # fails, which shows the channel speaks TLS.
        with leadflow.channel(self.target, token="s3cret", tls=True) as channel:
            with self.assertRaises(grpc.RpcError) as raised:
                channel.unary_unary(f"/{_SERVICE}/Unary")(b"", timeout=5)
            self.assertEqual(raised.exception.code(), grpc.StatusCode.UNAVAILABLE)


if __name__ == "__main__":
    unittest.main()
