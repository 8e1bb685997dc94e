"""`cognito-grpc load`: a load generator for any unary RPC of this API (and any other served
with reflection's descriptors compiled in: health, token verification).

    cli.py        arguments → Plan; runs it and prints the results
    calls.py      the RPC by name, its request from grpcurl-style JSON with {{templates}}
    mix.py        several weighted calls from a YAML/JSON mix file
    histogram.py  latencies in an HdrHistogram, mergeable across processes
    runner.py     one client process: closed loop (concurrency) or open loop (rate)
    fleet.py      the client processes, their live figures merged
    report.py     the progress line, the summary table and --json
    html.py       --html: one self-contained page, charts drawn by the vendored uPlot
"""
