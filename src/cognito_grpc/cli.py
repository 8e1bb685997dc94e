"""argv → Settings → server. `cognito-grpc serve`, `cognito-grpc health` and `cognito-grpc load`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from cognito_grpc import settings as config
from cognito_grpc import version

_SERVE_EPILOG = ("Every flag can also be set with an environment variable: --foo-bar is "
                 f"{config.ENV_PREFIX}FOO_BAR. A flag wins over its variable.")


def _add_serve_flags(parser: argparse.ArgumentParser) -> None:
    for option in config.OPTIONS:
        shown_default = "off" if option.is_switch and not option.default else (
            ",".join(option.default) if isinstance(option.default, tuple) else option.default)
        help_text = f"{option.described} [env {option.env}; default: {shown_default or 'none'}]"
        if option.is_switch:
            parser.add_argument(option.flag, dest=option.name, action="store_const", const=True,
                                default=None, help=help_text)
        else:
            parser.add_argument(option.flag, dest=option.name, default=None,
                                metavar=option.name.upper(), help=help_text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cognito-grpc",
        description="The Amazon Cognito user pools API (cognito-idp) as a gRPC service.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve = commands.add_parser("serve", help="run the gRPC server", epilog=_SERVE_EPILOG,
                                description="Run the gRPC server.")
    _add_serve_flags(serve)
    from cognito_grpc import healthcheck

    commands.add_parser("health", add_help=False, help=healthcheck.SUMMARY)
    from cognito_grpc.load import cli as load_cli

    load_cli.add_arguments(commands.add_parser(
        "load", help="load-test an RPC of a server: calls/s, latency percentiles, a report",
        description=load_cli.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter))
    return parser


def load_settings(args: argparse.Namespace, environ=None):
    values = config.from_env(environ)
    for option in config.OPTIONS:
        given = getattr(args, option.name)
        if given is not None:
            values[option.name] = given if option.is_switch else \
                config.parse_value(option, given, option.flag)
    settings = config.Settings(**values)
    config.validate(settings)
    return settings


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["health"]:  # its own parser: bad arguments exit 1, as the probe's do
        from cognito_grpc import healthcheck

        return healthcheck.main(argv[1:])
    args = build_parser().parse_args(argv)
    if args.command == "load":
        from cognito_grpc.load import cli as load_cli

        return load_cli.main(args)
    try:
        settings = load_settings(args)
    except config.ConfigError as error:
        print(f"cognito-grpc: {error}", file=sys.stderr)
        return 2
    from cognito_grpc import server
    from cognito_grpc.interceptors import logging as logging_interceptor

    if settings.workers > 1:
        return _supervise(settings)
    logging_interceptor.configure(settings.log_level, settings.log_format)
    try:
        asyncio.run(server.serve(settings))
    except config.ConfigError as error:
        print(f"cognito-grpc: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    _exit_now()
    return 0


def _exit_now() -> None:
    """Exits 0 without joining the threads still blocked on a hung backend: the drain has
    answered their calls, and Python would wait out botocore's read timeout for them."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    os._exit(0)


def _supervise(settings) -> int:
    from cognito_grpc import supervisor
    from cognito_grpc.interceptors import logging as logging_interceptor

    logging_interceptor.configure(settings.log_level, settings.log_format, worker=0)
    try:
        return asyncio.run(supervisor.supervise(settings))
    except config.ConfigError as error:
        print(f"cognito-grpc: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
